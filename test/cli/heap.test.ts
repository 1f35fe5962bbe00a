import { beforeEach, describe, expect, it, vi } from 'vitest';

const { setFlagsFromString } = vi.hoisted(() => ({ setFlagsFromString: vi.fn() }));
vi.mock('node:v8', () => ({ setFlagsFromString }));

const { limitHeapGrowth } = await import('../../src/cli/heap.js');

describe('limitHeapGrowth', () => {
  beforeEach(() => setFlagsFromString.mockClear());

  it("caps how far V8 lets the heap grow between full collections, whatever else node was given", () => {
    expect(limitHeapGrowth([])).toBe(true);
    expect(limitHeapGrowth(['--max-old-space-size=2048'])).toBe(true);
    expect(setFlagsFromString.mock.calls).toEqual([['--heap-growing-percent=50'], ['--heap-growing-percent=50']]);
  });

  it('leaves the growth alone when node was started with a value of its own', () => {
    expect(limitHeapGrowth(['--heap-growing-percent=80'])).toBe(false);
    expect(limitHeapGrowth(['--heap_growing_percent=30'])).toBe(false);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
