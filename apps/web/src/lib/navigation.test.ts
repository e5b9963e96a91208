import { describe, expect, it } from 'vitest';
import { withSearch } from './navigation';

describe('withSearch', () => {
  const at = (href: string) => {
    const url = new URL(href, 'http://x.invalid');
    return { pathname: url.pathname, search: url.searchParams };
  };

  it('sets, replaces and drops query parameters', () => {
    expect(withSearch(at('/?team=t1&page=3'), { rank: 'B2', page: null })).toBe('/?team=t1&rank=B2');
    expect(withSearch(at('/fixtures'), { round: 2 })).toBe('/fixtures?round=2');
    expect(withSearch(at('/?team=t1'), { team: '' })).toBe('/');
  });
});
