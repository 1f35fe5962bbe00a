import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from '../../src/cli/heap.js';

describe('limitHeapGrowth', () => {
  it('caps how far the heap grows between full collections', () => {
    expect(limitHeapGrowth({}, [])).toBe(true);
  });

  it('leaves the heap alone when the user tunes it through NODE_OPTIONS or node flags', () => {
    expect(limitHeapGrowth({ NODE_OPTIONS: '--heap-growing-percent=80' }, [])).toBe(false);
    expect(limitHeapGrowth({}, ['--heap_growing_percent=30'])).toBe(false);
  });
});
