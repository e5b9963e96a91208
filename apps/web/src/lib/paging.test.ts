import { describe, expect, it } from 'vitest';
import { offsetForPage, pageInfo, parsePage } from './paging';

describe('pageInfo', () => {
  it('describes a middle page', () => {
    expect(pageInfo({ total: 120, limit: 25, offset: 25 })).toEqual({
      page: 2,
      pages: 5,
      first: 26,
      last: 50,
      total: 120,
      hasPrevious: true,
      hasNext: true,
    });
  });

  it('describes the last, partial page and an empty list', () => {
    expect(pageInfo({ total: 120, limit: 25, offset: 100 })).toMatchObject({
      first: 101,
      last: 120,
      hasNext: false,
    });
    expect(pageInfo({ total: 0, limit: 25, offset: 0 })).toMatchObject({
      first: 0,
      last: 0,
      pages: 1,
      hasNext: false,
    });
  });
});

describe('page numbers', () => {
  it('converts a page to an offset and reads odd URL values as page 1', () => {
    expect(offsetForPage(3, 25)).toBe(50);
    expect(offsetForPage(0, 25)).toBe(0);
    expect(parsePage('4')).toBe(4);
    for (const value of [null, '', '0', '-2', '1.5', 'abc']) expect(parsePage(value)).toBe(1);
  });
});
