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

  it('maps the new resource-policy and access-logging rows to v7 2.21 and 4.10 only', () => {
    const byId = new Map(CHECKS.map((c) => [c.id, c]));
    for (const [id, v7] of [
      ['s3-bucket-policy-no-public-principal', '2.21'],
      ['elbv2-nlb-access-logging-enabled', '4.10'],
    ] as const) {
      const check = byId.get(id)!;
      expect(controlIdsOf(check, 'cis-v7'), id).toEqual([v7]);
      expect(controlIdsOf(check, 'cis-v6'), id).toEqual([]);
      expect(controlIdsOf(check, 'cis'), id).toEqual([]);
    }
    const v7 = controlsOf('cis-v7', CHECKS);
    expect(v7.find((c) => c.id === '2.21')).toMatchObject({ mode: 'automated', reason: expect.stringContaining('Partial') });
    expect(v7.find((c) => c.id === '2.21')!.checks).toEqual(expect.arrayContaining(['s3-bucket-policy-no-public-principal', 'kms-key-policy-not-public', 'iam-role-trust-no-public-principal']));
    expect(v7.find((c) => c.id === '4.10')!.checks).toEqual(expect.arrayContaining(['elbv2-alb-access-logging-enabled', 'elbv2-nlb-access-logging-enabled']));
  });

  it('near miss: the Security Hub rows and the EC2 account settings carry no CIS number, only their FSBP ids', () => {
    const byId = new Map(CHECKS.map((c) => [c.id, c]));
    const fsbp: Record<string, string[]> = {
      'ec2-vpn-connection-ikev2-only': ['EC2.183'],
      'elbv2-target-group-health-check-https': ['ELB.21'],
      'elbv2-target-group-encrypted-protocol': ['ELB.22'],
      'rds-cluster-backups-enabled': ['RDS.50'],
      'ec2-ebs-snapshot-block-public-access-enabled': ['EC2.182'],
      'ec2-ami-block-public-access-enabled': [],
      'ec2-serial-console-access-disabled': [],
      'ec2-allowed-amis-enforced': [],
      'ec2-imdsv2-enforced-at-launch': [],
    };
    for (const [id, ids] of Object.entries(fsbp)) {
      const check = byId.get(id)!;
      expect(check, id).toBeDefined();
      expect(controlIdsOf(check, 'fsbp'), id).toEqual(ids);
      for (const framework of ['cis', 'cis-v6', 'cis-v7'] as const) expect(controlIdsOf(check, framework), `${id} ${framework}`).toEqual([]);
    }
  });
});

describe('Security Hub markers corrected by CHECKS-3 section 1.4', () => {
  it('RDS.38 and RDS.39 are outside FSBP (†): --framework fsbp leaves them out', () => {
    const byId = new Map(CHECKS.map((c) => [c.id, c]));
    for (const [id, control] of [
      ['rds-instance-postgres-requires-tls', 'RDS.38'],
      ['rds-instance-mysql-requires-tls', 'RDS.39'],
    ] as const) {
      const check = byId.get(id)!;
      expect(check.references.securityHub).toEqual({ ids: [control], standard: 'other' });
      expect(controlIdsOf(check, 'fsbp')).toEqual([]);
    }
  });
});
