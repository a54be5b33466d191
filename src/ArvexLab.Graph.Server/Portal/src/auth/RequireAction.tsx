import type { ReactNode } from 'react';
import { ErrorMessage } from '../components/states';
import { useAuth } from './AuthProvider';
import { rolesAllow, type Action } from './roles';

/** A page the role may not use: said plainly instead of a page of failing requests (the server refuses anyway). */
export function RequireAction({ anyOf, title, children }: { anyOf: Action[]; title: string; children: ReactNode }) {
  const { user } = useAuth();
  if (user && anyOf.some((action) => rolesAllow(user.roles, action))) return <>{children}</>;
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <ErrorMessage title="Your role does not allow this page">
        <p>Ask an administrator of your organization if you need it.</p>
      </ErrorMessage>
    </section>
  );
}
