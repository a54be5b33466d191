import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Field } from '../../components/Field';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { EmptyState, Loading, PayloadErrors, RequestError, type PayloadError } from '../../components/states';
import type { PartnerScope } from '../../gql/graphql';
import { mutationErrors } from '../vendors/mutationErrors';
import {
  CreatePartnerClientMutation,
  PartnerClientsQuery,
  RevokePartnerClientMutation,
  RotatePartnerClientSecretMutation,
} from './organizationOperations';

function CreateClientForm({ onSecret }: { onSecret: (clientId: string, secret: string) => void }) {
  const [name, setName] = useState('');
  const [write, setWrite] = useState(false);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [{ fetching }, create] = useMutation(CreatePartnerClientMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const scopes: PartnerScope[] = write ? ['GRAPH_READ', 'GRAPH_WRITE'] : ['GRAPH_READ'];
    const result = await create({ input: { name: name.trim(), scopes } });
    const found = mutationErrors(result, result.data?.createPartnerClient);
    setErrors(found);
    const payload = result.data?.createPartnerClient;
    if (!found.length && payload?.client && payload.clientSecret) {
      onSecret(payload.client.clientId, payload.clientSecret);
      setName('');
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label="Register a partner client">
      <PayloadErrors errors={errors} />
      <Field label="Client name" hint="The partner system, e.g. the GRC tool that syncs vendors.">
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <div className="field">
        <label>
          <input type="checkbox" className="checkbox" checked={write} onChange={(e) => setWrite(e.target.checked)} /> May also write
          (create vendors, upload evidence, review)
        </label>
      </div>
      <button type="submit" className="button-primary" disabled={fetching}>
        Create client
      </button>
    </form>
  );
}

export function PartnerClientsSection() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: PartnerClientsQuery });
  const [, rotate] = useMutation(RotatePartnerClientSecretMutation);
  const [, revoke] = useMutation(RevokePartnerClientMutation);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [secret, setSecret] = useState<{ clientId: string; value: string } | null>(null);

  let body;
  if (error && !data) body = <RequestError error={error} title="Partner clients could not be loaded" />;
  else if (!data && fetching) body = <Loading label="Loading partner clients…" />;
  else if (!data?.partnerClients.length) body = <EmptyState title="No partner clients">Register one below to let a partner system sync.</EmptyState>;
  else
    body = (
      <table>
        <caption className="visually-hidden">Partner clients</caption>
        <thead>
          <tr>
            <th scope="col">Client</th>
            <th scope="col">Scopes</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {data.partnerClients.map((client) => (
            <tr key={client.clientId}>
              <th scope="row">
                {client.name}
                <span className="muted small">
                  <code>{client.clientId}</code>
                </span>
              </th>
              <td>{client.scopes.join(' ')}</td>
              <td className="actions">
                <button
                  type="button"
                  aria-label={`Rotate the secret of ${client.name}`}
                  onClick={async () => {
                    const result = await rotate({ input: { clientId: client.clientId } });
                    const found = mutationErrors(result, result.data?.rotatePartnerClientSecret);
                    setErrors(found);
                    const value = result.data?.rotatePartnerClientSecret.clientSecret;
                    if (!found.length && value) setSecret({ clientId: client.clientId, value });
                  }}
                >
                  Rotate secret
                </button>{' '}
                <button
                  type="button"
                  className="button-danger"
                  aria-label={`Revoke ${client.name}`}
                  onClick={async () => {
                    if (!window.confirm(`Revoke ${client.name}? Its tokens stop working at once.`)) return;
                    const result = await revoke({ input: { clientId: client.clientId } });
                    setErrors(mutationErrors(result, result.data?.revokePartnerClient));
                    refetch({ requestPolicy: 'network-only' });
                  }}
                >
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <section aria-labelledby="clients-title">
      <h2 id="clients-title">Partner clients</h2>
      <p className="muted">OAuth client credentials for partner systems, bound to this organization.</p>
      <PayloadErrors errors={errors} />
      {secret ? (
        <OneTimeSecret label={`Client secret for ${secret.clientId}`} value={secret.value} onDone={() => setSecret(null)} />
      ) : null}
      {body}
      <CreateClientForm
        onSecret={(clientId, value) => {
          setSecret({ clientId, value });
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </section>
  );
}
