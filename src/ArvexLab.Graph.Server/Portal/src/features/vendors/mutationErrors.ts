import type { CombinedError } from '@urql/core';
import type { PayloadError } from '../../components/states';

/**
 * One list for the form: the payload's `errors`, or the request's own failure (network, FORBIDDEN…)
 * shown the same way so the user always learns why nothing was saved.
 */
export function mutationErrors(
  result: { error?: CombinedError },
  payload: { errors: readonly PayloadError[] } | null | undefined,
): readonly PayloadError[] {
  if (result.error) {
    const graphQLErrors = result.error.graphQLErrors;
    if (graphQLErrors.length) {
      return graphQLErrors.map((e) => ({ code: String(e.extensions?.code ?? 'ERROR'), message: e.message, field: null }));
    }
    return [{ code: 'NETWORK_ERROR', message: result.error.message, field: null }];
  }
  if (!payload) return [{ code: 'NO_RESULT', message: 'The server returned no result.', field: null }];
  return payload.errors;
}
