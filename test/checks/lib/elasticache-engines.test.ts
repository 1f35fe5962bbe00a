import { describe, expect, it } from 'vitest';
import { ENGINE_SUPPORT, engineOf, parseVersion, supports, supportsAll } from '../../../src/checks/lib/elasticache-engines.js';

describe('the ElastiCache engine table', () => {
  it('gives every row an AWS documentation page as its source', () => {
    for (const row of ENGINE_SUPPORT) expect(row.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/AmazonElastiCache\//);
  });

  it('has one row per feature and engine', () => {
    const keys = ENGINE_SUPPORT.map((r) => `${r.feature}/${r.engine}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['3.2.6', 'yes'],
    ['3.2.10', 'no'],
    ['3.2.4', 'no'],
    ['4.0.9', 'no'],
    ['4.0.10', 'yes'],
    ['5.0.6', 'yes'],
    ['6.x', 'yes'],
    ['6.2.6', 'yes'],
    ['7.1', 'yes'],
    ['10.0', 'yes'],
    ['2.8.24', 'no'],
  ] as const)('Redis OSS %s in transit: %s (numbers compared as numbers)', (version, expected) => {
    expect(supports('transit', 'redis', version)).toBe(expected);
  });

  it('near miss: 4.0.10 is later than 4.0.9 although "4.0.10" < "4.0.9" as text', () => {
    expect('4.0.10' < '4.0.9').toBe(true);
    expect(supports('transit', 'redis', '4.0.10')).toBe('yes');
    expect(supports('transit', 'redis', '4.0.9')).toBe('no');
  });

  it.each([
    ['1.6.12', 'yes'],
    ['1.6.6', 'no'],
    ['1.6.22', 'yes'],
    ['1.5.16', 'no'],
    ['1.10.0', 'yes'],
  ] as const)('Memcached %s in transit: %s', (version, expected) => {
    expect(supports('transit', 'memcached', version)).toBe(expected);
  });

  it('says every Valkey version has every feature, and node-based Memcached never encrypts at rest', () => {
    for (const feature of ['transit', 'atRest', 'authToken', 'rbac'] as const) expect(supports(feature, 'valkey', undefined)).toBe('yes');
    expect(supports('atRest', 'memcached', '1.6.22')).toBe('no');
  });

  it('places RBAC at Redis OSS 6.0', () => {
    expect(supports('rbac', 'redis', '5.0.6')).toBe('no');
    expect(supports('rbac', 'redis', '6.0')).toBe('yes');
    expect(supports('rbac', 'redis', '6.x')).toBe('yes');
  });

  it('cannot place versions it cannot read or wildcards that straddle a boundary', () => {
    expect(supports('transit', 'redis', undefined)).toBe('unknown');
    expect(supports('transit', 'redis', 'latest')).toBe('unknown');
    expect(supports('transit', 'redis', '7.1-beta')).toBe('unknown');
    expect(supports('transit', 'redis', '3.x')).toBe('unknown');
    expect(supports('transit', 'redis', '4.x')).toBe('unknown');
    expect(supports('transit', 'redis', '2.x')).toBe('no');
    expect(supports('transit', 'memcached', '1.x')).toBe('unknown');
  });

  it('agrees over candidates only when every combination agrees', () => {
    expect(supportsAll('transit', ['redis', 'valkey'], ['7.1'])).toBe('yes');
    expect(supportsAll('transit', ['redis', 'valkey'], ['3.2.10'])).toBe('unknown');
    expect(supportsAll('transit', ['redis'], ['4.0.10', '3.2.10'])).toBe('unknown');
    expect(supportsAll('transit', ['redis'], [])).toBe('unknown');
    expect(supportsAll('transit', ['valkey'], [])).toBe('yes');
  });

  it('reads engines case-insensitively and versions as numbers', () => {
    expect(engineOf(' Redis ')).toBe('redis');
    expect(engineOf('mongodb')).toBeUndefined();
    expect(parseVersion('6.x')).toEqual([6, 'x']);
    expect(parseVersion('7.0.7')).toEqual([7, 0, 7]);
    expect(parseVersion('')).toBeUndefined();
  });
});
