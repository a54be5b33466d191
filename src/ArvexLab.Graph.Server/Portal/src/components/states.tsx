import type { ReactNode } from 'react';
import type { CombinedError } from '@urql/core';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty" role="status">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

export function ErrorMessage({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** A failed GraphQL request: the server's messages with their `extensions.code`, or the network failure. */
export function RequestError({ error, title = 'The request failed' }: { error: CombinedError; title?: string }) {
  const items = error.graphQLErrors.length
    ? error.graphQLErrors.map((e) => ({ code: e.extensions?.code as string | undefined, message: e.message }))
    : [{ code: statusCode(error), message: error.networkError?.message ?? error.message }];
  return (
    <ErrorMessage title={title}>
      <ul>
        {items.map((item, index) => (
          <li key={index}>
            {item.code ? <code>{item.code}</code> : null} {item.message}
          </li>
        ))}
      </ul>
    </ErrorMessage>
  );
}

function statusCode(error: CombinedError): string | undefined {
  const status = (error.response as Response | undefined)?.status;
  return status ? `HTTP ${status}` : undefined;
}

export interface PayloadError {
  code: string;
  message: string;
  field?: string | null;
}

/** The `errors` of a mutation payload: the mutation changed nothing. */
export function PayloadErrors({ errors }: { errors: readonly PayloadError[] }) {
  if (!errors.length) return null;
  return (
    <ErrorMessage title="Nothing was saved">
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <code>{error.code}</code> {error.field ? <strong>{error.field}: </strong> : null}
            {error.message}
          </li>
        ))}
      </ul>
    </ErrorMessage>
  );
}
