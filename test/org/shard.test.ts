import { describe, expect, it } from 'vitest';
import { parseShardSpec, selectionDigest, shardAccounts } from '../../src/org/shard.js';
import { accountIds } from './fixture.js';

const accounts = (n: number) => accountIds(n).map((id) => ({ id }));

describe('--shard', () => {
  it('reads index/count with the index counted from 1, as vitest, jest and playwright count shards', () => {
    expect(parseShardSpec('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShardSpec(' 4 / 4 ')).toEqual({ index: 4, count: 4 });
    expect(parseShardSpec('1/1')).toEqual({ index: 1, count: 1 });
  });

  it('refuses index 0, an index past the count, a zero count and other shapes', () => {
    for (const bad of ['0/4', '5/4', '1/0', '-1/4', '1', '1/4/2', 'a/b', '1.5/4', '1/10001', '']) expect(parseShardSpec(bad), bad).toBeUndefined();
  });

  it('splits the accounts so that every account is in exactly one shard', () => {
    const all = accounts(103);
    const shards = [1, 2, 3, 4, 5, 6, 7].map((index) => shardAccounts(all, { index, count: 7 }).accounts.map((a) => a.id));
    const union = shards.flat();
    expect(union).toHaveLength(103);
    expect(new Set(union)).toEqual(new Set(all.map((a) => a.id)));
  });

  it('balances the shards to within one account', () => {
    const sizes = [1, 2, 3, 4, 5, 6, 7].map((index) => shardAccounts(accounts(103), { index, count: 7 }).accounts.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.reduce((a, b) => a + b)).toBe(103);
  });

  it('deals the sorted accounts round-robin from shard 1: shard i of n holds positions i, i + n, ...', () => {
    const sorted = accounts(7).map((a) => a.id).sort();
    expect(shardAccounts(accounts(7), { index: 1, count: 3 }).accounts.map((a) => a.id)).toEqual([sorted[0], sorted[3], sorted[6]]);
    expect(shardAccounts(accounts(7), { index: 3, count: 3 }).accounts.map((a) => a.id)).toEqual([sorted[2], sorted[5]]);
  });

  it('gives the same shard whatever order the accounts were listed in', () => {
    const all = accounts(40);
    const reversed = [...all].reverse();
    expect(shardAccounts(all, { index: 2, count: 3 })).toEqual(shardAccounts(reversed, { index: 2, count: 3 }));
  });

  it('records the selection before sharding, so that shards of one split can be recognised', () => {
    const all = accounts(10);
    const a = shardAccounts(all, { index: 1, count: 2 }).info;
    const b = shardAccounts([...all].reverse(), { index: 2, count: 2 }).info;
    expect(a).toMatchObject({ index: 1, count: 2, total: 10 });
    expect(a.selection).toBe(b.selection);
    expect(a.selection).toBe(selectionDigest(all));
    expect(selectionDigest(all.slice(1))).not.toBe(a.selection);
    expect(a.selection).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('leaves a shard empty when there are more shards than accounts', () => {
    expect(shardAccounts(accounts(2), { index: 4, count: 4 }).accounts).toEqual([]);
  });
});
