import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Field } from '../../components/Field';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { EmptyState, Loading, PayloadErrors, RequestError, type PayloadError } from '../../components/states';
import type { OrganizationRole } from '../../gql/graphql';
import { mutationErrors } from '../vendors/mutationErrors';
import {
  ChangeUserRoleMutation,
  CreateUserMutation,
  DeactivateUserMutation,
  OrganizationUsersQuery,
  ReactivateUserMutation,
} from './organizationOperations';

const roles: OrganizationRole[] = ['ADMIN', 'REVIEWER', 'VIEWER'];

function AddUserForm({ onCreated }: { onCreated: (email: string, password: string | null) => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<OrganizationRole>('VIEWER');
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [{ fetching }, createUser] = useMutation(CreateUserMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createUser({ input: { email: email.trim(), displayName: displayName.trim() || null, role } });
    const found = mutationErrors(result, result.data?.createUser);
    setErrors(found);
    if (!found.length) {
      onCreated(email.trim(), result.data?.createUser.temporaryPassword ?? null);
      setEmail('');
      setDisplayName('');
    }
  }

  const fieldError = (field: string) => errors.find((e) => e.field?.toLowerCase() === field)?.message;
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Add a member">
      <PayloadErrors errors={errors} />
      <Field label="E-mail" error={fieldError('email')}>
        <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field label="Display name">
        <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
      </Field>
      <Field label="Role">
        <select value={role} onChange={(e) => setRole(e.target.value as OrganizationRole)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r.toLowerCase()}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="button-primary" disabled={fetching}>
        Add member
      </button>
    </form>
  );
}

export function UsersSection() {
  const [{ data, fetching, error }] = useQuery({ query: OrganizationUsersQuery });
  const [, changeRole] = useMutation(ChangeUserRoleMutation);
  const [, deactivate] = useMutation(DeactivateUserMutation);
  const [, reactivate] = useMutation(ReactivateUserMutation);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [created, setCreated] = useState<{ email: string; password: string | null } | null>(null);

  let body;
  if (error && !data) body = <RequestError error={error} title="Members could not be loaded" />;
  else if (!data && fetching) body = <Loading label="Loading members…" />;
  else if (!data?.organizationUsers.length) body = <EmptyState title="No members yet" />;
  else
    body = (
      <table>
        <caption className="visually-hidden">Members</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {data.organizationUsers.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.displayName ?? user.email}
                <span className="muted small">{user.email}</span>
              </th>
              <td>
                <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                  Role of {user.email}
                </label>
                <select
                  id={`role-${user.id}`}
                  value={user.role}
                  onChange={async (e) => {
                    const result = await changeRole({ input: { id: user.id, role: e.target.value as OrganizationRole } });
                    setErrors(mutationErrors(result, result.data?.changeUserRole));
                  }}
                >
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {r.toLowerCase()}
                    </option>
                  ))}
                </select>
              </td>
              <td>{user.isActive ? 'active' : 'deactivated'}</td>
              <td>
                {user.isActive ? (
                  <button
                    type="button"
                    aria-label={`Deactivate ${user.email}`}
                    onClick={async () => {
                      const result = await deactivate({ input: { id: user.id } });
                      setErrors(mutationErrors(result, result.data?.deactivateUser));
                    }}
                  >
                    Deactivate
                  </button>
                ) : (
                  <button
                    type="button"
                    aria-label={`Reactivate ${user.email}`}
                    onClick={async () => {
                      const result = await reactivate({ input: { id: user.id } });
                      setErrors(mutationErrors(result, result.data?.reactivateUser));
                    }}
                  >
                    Reactivate
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Members and roles</h2>
      <p className="muted">A role change applies from the member's next token refresh; deactivation stops their tokens at once.</p>
      <PayloadErrors errors={errors} />
      {created?.password ? (
        <OneTimeSecret label={`Temporary password for ${created.email}`} value={created.password} onDone={() => setCreated(null)} />
      ) : null}
      {body}
      <AddUserForm onCreated={(email, password) => setCreated({ email, password })} />
    </section>
  );
}
