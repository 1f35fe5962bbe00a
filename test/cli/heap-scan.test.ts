import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const { limitHeapGrowth } = vi.hoisted(() => ({ limitHeapGrowth: vi.fn(() => true) }));
vi.mock('../../src/cli/heap.js', () => ({ limitHeapGrowth }));

const { run } = await import('../../src/cli/main.js');
const demo = join(import.meta.dirname, '../../examples/demo-inventory.json');
const io = () => ({ stdout: { write: () => true }, stderr: { write: () => true }, env: {} });

describe('the scan command caps the heap growth', () => {
  it('before it scans', async () => {
    expect(await run(['scan', '--inventory', demo, '--fail-on', 'none'], io())).toBe(0);
    expect(limitHeapGrowth).toHaveBeenCalledTimes(1);
  });

  it('and no other command does', async () => {
    limitHeapGrowth.mockClear();
    expect(await run(['checks'], io())).toBe(0);
    expect(limitHeapGrowth).not.toHaveBeenCalled();
  });
});
