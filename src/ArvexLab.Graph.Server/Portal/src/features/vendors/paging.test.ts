import { describe, expect, it } from 'vitest';
import { canGoNext, canGoPrevious, firstPage, nextPage, pageVariables, previousPage, type PagingState } from './paging';

const middle = { hasNextPage: true, hasPreviousPage: true, startCursor: 's', endCursor: 'e' };

describe('cursor paging', () => {
  it('asks for the first page forward', () => {
    expect(pageVariables(firstPage, 20)).toEqual({ first: 20, after: null, last: null, before: null });
  });

  it('goes forward after the end cursor', () => {
    const page2 = nextPage(firstPage, { ...middle, hasPreviousPage: false, endCursor: 'c20' });
    expect(page2).toEqual({ cursor: { direction: 'forward', after: 'c20' }, page: 2 });
    expect(pageVariables(page2, 20)).toEqual({ first: 20, after: 'c20', last: null, before: null });
  });

  it('goes backward before the start cursor', () => {
    const page3: PagingState = { cursor: { direction: 'forward', after: 'c40' }, page: 3 };
    const page2 = previousPage(page3, { ...middle, startCursor: 'c41' });
    expect(page2).toEqual({ cursor: { direction: 'backward', before: 'c41' }, page: 2 });
    expect(pageVariables(page2, 20)).toEqual({ first: null, after: null, last: 20, before: 'c41' });
  });

  it('returns to the plain first page instead of paging backward into it', () => {
    const page2: PagingState = { cursor: { direction: 'forward', after: 'c20' }, page: 2 };
    expect(previousPage(page2, middle)).toBe(firstPage);
  });

  it('stays put at the ends of the list', () => {
    const last = { hasNextPage: false, hasPreviousPage: true, startCursor: 's', endCursor: 'e' };
    expect(nextPage(firstPage, last)).toBe(firstPage);
    expect(canGoPrevious(firstPage, { ...last, hasPreviousPage: false })).toBe(false);
    expect(canGoNext(firstPage, { ...middle, endCursor: null })).toBe(false);
  });

  // Relay lets a server answer hasPreviousPage=false while paging forward (and the mirror image).
  it('trusts the direction it came from when the server does not compute the other side', () => {
    const page2: PagingState = { cursor: { direction: 'forward', after: 'c20' }, page: 2 };
    expect(canGoPrevious(page2, { ...middle, hasPreviousPage: false })).toBe(true);
    const backOn2: PagingState = { cursor: { direction: 'backward', before: 'c41' }, page: 2 };
    expect(canGoNext(backOn2, { ...middle, hasNextPage: false })).toBe(true);
  });
});
