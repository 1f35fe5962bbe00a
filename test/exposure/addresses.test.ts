import { describe, expect, it } from 'vitest';
import {
  cidrSet,
  describeSources,
  everything,
  intersect,
  INTERNET,
  isWholeInternet,
  parseCidr,
  reachesInternet,
  subtract,
  toCidrs,
  union,
  unionAll,
} from '../../src/exposure/network/addresses.js';

const set = (...cidrs: string[]) => unionAll(cidrs.map((c) => cidrSet(parseCidr(c)!)));

describe('address sets', () => {
  it('parses IPv4 and IPv6 CIDRs, bare addresses, and refuses the rest', () => {
    expect(parseCidr('10.1.2.3/16')).toMatchObject({ family: 'ipv4', prefix: 16, first: 0x0a010000n, last: 0x0a01ffffn });
    expect(parseCidr('203.0.113.7')).toMatchObject({ family: 'ipv4', prefix: 32 });
    expect(parseCidr('2001:db8::/32')).toMatchObject({ family: 'ipv6', prefix: 32 });
    expect(parseCidr('::/0')).toMatchObject({ family: 'ipv6', first: 0n });
    expect(parseCidr('::ffff:192.0.2.1/128')?.first).toBe(0xffffc0000201n);
    for (const bad of ['10.0.0.256/8', '10.0.0.0/33', 'fe80::1::2/64', 'pl-123', '', '1.2.3/8']) expect(parseCidr(bad), bad).toBeUndefined();
  });

  it('unions, intersects and subtracts ranges', () => {
    const a = set('10.0.0.0/9', '10.128.0.0/9');
    expect(toCidrs(a, 'ipv4')).toEqual(['10.0.0.0/8']);
    expect(toCidrs(intersect(a, set('10.200.0.0/16', '11.0.0.0/8')), 'ipv4')).toEqual(['10.200.0.0/16']);
    expect(toCidrs(subtract(set('10.0.0.0/8'), set('10.0.0.0/9')), 'ipv4')).toEqual(['10.128.0.0/9']);
    expect(toCidrs(union(set('0.0.0.0/1'), set('128.0.0.0/1')), 'ipv4')).toEqual(['0.0.0.0/0']);
    expect(toCidrs(subtract(set('2001:db8::/32'), set('2001:db8::/33')), 'ipv6')).toEqual(['2001:db8:8000::/33']);
  });

  it('judges the internet as a set: 0.0.0.0/1 plus 128.0.0.0/1 is all of it, private ranges are none of it', () => {
    expect(isWholeInternet(set('0.0.0.0/1', '128.0.0.0/1'), 'ipv4')).toBe(true);
    expect(isWholeInternet(subtract(everything('ipv4'), set('10.0.0.0/8')), 'ipv4')).toBe(true);
    expect(isWholeInternet(set('0.0.0.0/1'), 'ipv4')).toBe(false);
    expect(reachesInternet(set('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'), 'ipv4')).toBe(false);
    expect(reachesInternet(set('203.0.113.0/24'), 'ipv4')).toBe(true);
    expect(reachesInternet(set('fd00::/8'), 'ipv6')).toBe(false);
    expect(isWholeInternet(set('::/1', '8000::/1'), 'ipv6')).toBe(true);
    expect(intersect(INTERNET.ipv4, set('100.64.0.0/10'))).toEqual([]);
  });

  it('describes sources as the whole internet, a part of it, or the internet with exceptions', () => {
    expect(describeSources(set('0.0.0.0/1', '128.0.0.0/1'), 'ipv4')).toBe('0.0.0.0/0');
    expect(describeSources(set('203.0.113.0/24'), 'ipv4')).toBe('203.0.113.0/24');
    expect(describeSources(subtract(everything('ipv4'), set('198.51.100.0/24')), 'ipv4')).toBe('0.0.0.0/0 except 198.51.100.0/24');
    expect(describeSources(set('2001:db8::/32'), 'ipv6')).toBe('2001:db8::/32');
    expect(describeSources(everything('ipv6'), 'ipv6')).toBe('::/0');
  });
});
