import { expect, it } from 'vitest';
import { BoundedCache } from '../../src/state/bounded-cache.ts';

it('forgets the least recently used entry beyond its size', () => {
  const cache = new BoundedCache<number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  expect(cache.get('a')).toBe(1); // a is now the most recent
  cache.set('c', 3);
  expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
});
