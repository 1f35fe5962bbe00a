import { describe, expect, it } from 'vitest';
import { judgeSslPolicy } from '../../../src/checks/lib/elbv2-ssl-policy.js';

describe('judgeSslPolicy', () => {
  it('reads the protocols from the listing when the policy is there', () => {
    const listed = [{ Name: 'ELBSecurityPolicy-2016-08', SslProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] }];
    expect(judgeSslPolicy('ELBSecurityPolicy-2016-08', listed)).toEqual({ source: 'listing', legacy: ['TLSv1', 'TLSv1.1'] });
  });

  it.for([
    ['ELBSecurityPolicy-2016-08', true],
    ['ELBSecurityPolicy-TLS-1-1-2017-01', true],
    ['ELBSecurityPolicy-FS-2018-06', true],
    ['ELBSecurityPolicy-TLS13-1-0-2021-06', true],
    ['ELBSecurityPolicy-TLS13-1-1-2021-06', true],
    ['ELBSecurityPolicy-TLS13-1-2-2021-06', false],
    ['ELBSecurityPolicy-TLS13-1-2-Res-2021-06', false],
    ['ELBSecurityPolicy-TLS13-1-3-2021-06', false],
    ['ELBSecurityPolicy-TLS-1-2-Ext-2018-06', false],
    ['ELBSecurityPolicy-FS-1-2-Res-2020-10', false],
  ] as const)('falls back to the name table for %s', ([name, offersLegacy]) => {
    expect(judgeSslPolicy(name, [])).toEqual({ source: 'name', offersLegacy });
  });

  it('near miss: FS-1-2 is not FS-2018-06, and an unknown name is unknown', () => {
    expect(judgeSslPolicy('ELBSecurityPolicy-FS-1-2-2019-08', [])).toEqual({ source: 'name', offersLegacy: false });
    expect(judgeSslPolicy('ELBSecurityPolicy-Future-2030-01', [])).toEqual({ source: 'unknown' });
  });
});

describe('judgeSslPolicy on partial answers', () => {
  it('near miss: a listed policy without SslProtocols falls back to its name instead of passing as "no legacy protocol"', () => {
    expect(judgeSslPolicy('ELBSecurityPolicy-TLS-1-1-2017-01', [{ Name: 'ELBSecurityPolicy-TLS-1-1-2017-01' }])).toEqual({ source: 'name', offersLegacy: true });
    expect(judgeSslPolicy('Custom', [{ Name: 'Custom', SslProtocols: [] }])).toEqual({ source: 'unknown' });
  });

  it('reads protocol names without regard to case', () => {
    expect(judgeSslPolicy('P', [{ Name: 'P', SslProtocols: ['tlsv1', 'TLSV1.2'] }])).toEqual({ source: 'listing', legacy: ['tlsv1'] });
  });
});
