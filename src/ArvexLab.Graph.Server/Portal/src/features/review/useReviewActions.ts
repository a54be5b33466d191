import { useMemo } from 'react';
import type { ReviewActions } from './reviewActions';

const unavailable = [{ code: 'NOT_AVAILABLE', message: 'This server has no review mutations yet.', field: null }] as const;

/** The review mutations (review issue) once they are in the schema the portal is generated from. */
export function useReviewActions(_document: { id: string; version: number } | null, _reload: () => void): ReviewActions {
  return useMemo(
    () => ({
      decide: async () => unavailable,
      confirmMany: async () => unavailable,
      approve: async () => unavailable,
      reject: async () => unavailable,
    }),
    [],
  );
}
