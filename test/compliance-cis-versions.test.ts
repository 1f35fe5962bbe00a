import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/registry.js';
import { cisV6Of, cisV7Of, cisV7OfV6 } from '../src/compliance/cis-numbering.js';
import { controlIdsOf, controlsOf } from '../src/compliance/frameworks.js';

describe('CIS v6 and v7 numbering', () => {
  it('v6 moves every v5 section up by one', () => {
    expect(['1.4', '1.19', '2.1.4', '3.3', '4.16', '5.1.1', '5.7'].map(cisV6Of)).toEqual(['2.4', '2.19', '3.1.4', '4.3', '5.16', '6.1.1', '6.7']);
  });

  it('v7 shifts v6 section 2 around the Organizations block and drops 2.10 and 2.12', () => {
    expect(['2.1', '2.9', '2.10', '2.11', '2.12', '2.13', '2.21', '3.1.4', '6.7'].map(cisV7OfV6)).toEqual(['2.2', '2.10', undefined, '2.11', undefined, '2.12', '2.20', '3.1.4', '6.7']);
  });

  it('maps the checks as CHECKS-3 section 4 tabulates them (spot checks per section)', () => {
    const byId = new Map(CHECKS.map((c) => [c.id, c]));
    const ids = (id: string, framework: 'cis-v6' | 'cis-v7') => controlIdsOf(byId.get(id)!, framework);
    expect(ids('iam-root-mfa-enabled', 'cis-v6')).toEqual(['2.4']);
    expect(ids('iam-root-mfa-enabled', 'cis-v7')).toEqual(['2.5']);
    expect(ids('iam-user-access-keys-rotated-90-days', 'cis-v7')).toEqual(['2.12']);
    expect(ids('iam-cloudshell-full-access-not-attached', 'cis-v7')).toEqual(['2.20']);
    expect(ids('s3-bucket-public-access-block-enabled', 'cis-v7')).toEqual(['3.1.4']);
    expect(ids('ec2-instance-imdsv2-required', 'cis-v6')).toEqual(['6.7']);
    expect(ids('kms-key-policy-not-public', 'cis-v7')).toEqual(['2.21']);
    expect(ids('elbv2-alb-access-logging-enabled', 'cis-v7')).toEqual(['4.10']);
  });

  it('near miss: the two recommendations v7 dropped give their checks no v7 number', () => {
    const byId = new Map(CHECKS.map((c) => [c.id, c]));
    expect(controlIdsOf(byId.get('iam-user-no-unused-initial-access-key')!, 'cis-v7')).toEqual([]);
    expect(controlIdsOf(byId.get('iam-user-one-active-access-key')!, 'cis-v7')).toEqual([]);
    expect(cisV7Of('1.10')).toBeUndefined();
    expect(cisV7Of('1.12')).toBeUndefined();
  });

  it('lists 63 v6 and 70 v7 recommendations, manual ones included', () => {
    expect(controlsOf('cis-v6', CHECKS)).toHaveLength(63);
    const v7 = controlsOf('cis-v7', CHECKS);
    expect(v7).toHaveLength(70);
    expect(v7.find((c) => c.id === '2.1.4')).toMatchObject({ mode: 'manual' });
    expect(v7.find((c) => c.id === '6.8')).toMatchObject({ mode: 'manual' });
  });
});
