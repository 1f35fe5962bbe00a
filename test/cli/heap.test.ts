import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from '../../src/cli/heap.js';

describe('limitHeapGrowth', () => {
  it('caps how far the heap grows between full collections', () => {
    expect(limitHeapGrowth([])).toBe(true);
    expect(limitHeapGrowth(['--max-old-space-size=2048'])).toBe(true);
  });

  it("leaves the growth alone when node was started with a value of its own", () => {
    expect(limitHeapGrowth(['--heap-growing-percent=80'])).toBe(false);
    expect(limitHeapGrowth(['--heap_growing_percent=30'])).toBe(false);
  });
});
