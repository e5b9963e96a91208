import { describe, expect, it } from 'vitest';
import { ReadCache } from './cache.js';

describe('ReadCache', () => {
  it('computes once and serves the stored body with a stable weak ETag', async () => {
    const cache = new ReadCache();
    let calls = 0;
    const compute = async () => `{"n":${++calls}}`;
    const first = await cache.get('k', compute);
    const second = await cache.get('k', compute);
    expect(calls).toBe(1);
    expect(second).toBe(first);
    expect(first.etag).toMatch(/^W\/".+"$/);
  });

  it('shares one computation between concurrent misses', async () => {
    const cache = new ReadCache();
    let calls = 0;
    const compute = () => new Promise<string>((resolve) => setTimeout(() => resolve(String(++calls)), 5));
    const bodies = await Promise.all([
      cache.get('k', compute),
      cache.get('k', compute),
      cache.get('k', compute),
    ]);
    expect(calls).toBe(1);
    expect(new Set(bodies.map((b) => b.body))).toEqual(new Set(['1']));
  });

  it('recomputes after invalidation', async () => {
    const cache = new ReadCache();
    let calls = 0;
    await cache.get('k', async () => String(++calls));
    cache.invalidate();
    const after = await cache.get('k', async () => String(++calls));
    expect(after.body).toBe('2');
  });

  it('never stores a body computed across an invalidation', async () => {
    const cache = new ReadCache();
    let release!: () => void;
    const slow = cache.get('k', () => new Promise<string>((resolve) => (release = () => resolve('stale'))));
    await Promise.resolve();
    cache.invalidate();
    release();
    expect((await slow).body).toBe('stale');
    const fresh = await cache.get('k', async () => 'fresh');
    expect(fresh.body).toBe('fresh');
  });
});
