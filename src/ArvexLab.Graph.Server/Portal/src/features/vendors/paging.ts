import { useState } from 'react';

/** Where the current page starts: after a cursor going forward, or before one going backward. */
export type PageCursor = { direction: 'forward'; after: string | null } | { direction: 'backward'; before: string };

export interface PagingState {
  cursor: PageCursor;
  /** 1-based, for display only: cursors, not offsets, decide what the server returns. */
  page: number;
}

export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

export const firstPage: PagingState = { cursor: { direction: 'forward', after: null }, page: 1 };

export function pageVariables(state: PagingState, size: number) {
  return state.cursor.direction === 'forward'
    ? { first: size, after: state.cursor.after, last: null, before: null }
    : { first: null, after: null, last: size, before: state.cursor.before };
}

// A Relay server may answer hasPreviousPage=false while paging forward (and hasNextPage=false while
// paging backward), so the direction we came from also counts.
export function canGoNext(state: PagingState, info: PageInfoLike): boolean {
  return !!info.endCursor && (info.hasNextPage || state.cursor.direction === 'backward');
}

export function canGoPrevious(state: PagingState, info: PageInfoLike): boolean {
  return !!info.startCursor && (info.hasPreviousPage || state.page > 1);
}

export function nextPage(state: PagingState, info: PageInfoLike): PagingState {
  if (!canGoNext(state, info)) return state;
  return { cursor: { direction: 'forward', after: info.endCursor! }, page: state.page + 1 };
}

export function previousPage(state: PagingState, info: PageInfoLike): PagingState {
  if (!canGoPrevious(state, info)) return state;
  if (state.page <= 2) return firstPage;
  return { cursor: { direction: 'backward', before: info.startCursor! }, page: state.page - 1 };
}

/** Paging that starts again at page 1 whenever `resetKey` (the filter and sort) changes. */
export function usePaging(resetKey: string) {
  const [current, setCurrent] = useState({ key: resetKey, state: firstPage });
  const state = current.key === resetKey ? current.state : firstPage;
  return {
    state,
    next: (info: PageInfoLike) => setCurrent({ key: resetKey, state: nextPage(state, info) }),
    previous: (info: PageInfoLike) => setCurrent({ key: resetKey, state: previousPage(state, info) }),
  };
}
