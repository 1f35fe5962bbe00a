// The demo account replayed through every EFS, DynamoDB, DAX and AWS Backup check and the two
// backup-plan checks of EC2 volumes and RDS instances: no ERROR, a PASS and a FAIL for each, and
// the verdicts the demo was written to show.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
import { replayLoader } from '../helpers/replay-loader.js';
// @ts-expect-error -- plain ESM script without type declarations
import efsDemo from '../../scripts/demo/efs.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import dynamodbDemo from '../../scripts/demo/dynamodb.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import backupDemo from '../../scripts/demo/backup.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import ec2NetworkDemo from '../../scripts/demo/ec2-network.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import ec2ComputeDemo from '../../scripts/demo/ec2-compute.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import rdsDemo from '../../scripts/demo/rds.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import kmsDemo from '../../scripts/demo/kms.mjs';

const REGIONS = ['us-east-1', 'eu-west-1'];
const IDS = [
  'dynamodb-dax-cluster-transit-encrypted',
  'efs-file-system-requires-tls',
  'efs-file-system-encrypted',
  'efs-automatic-backups-enabled',
  'efs-file-system-in-backup-plan',
  'dynamodb-table-pitr-enabled',
  'dynamodb-table-deletion-protection',
  'dynamodb-table-autoscaling',
  'dynamodb-table-in-backup-plan',
  'dynamodb-table-cmk-encrypted',
  'dynamodb-dax-cluster-encrypted',
  'backup-recovery-point-encrypted',
  'backup-vault-lock-enabled',
  'ec2-ebs-volume-in-backup-plan',
  'rds-instance-in-backup-plan',
  'efs-file-system-policy-not-public',
  'efs-mount-target-no-public-ip-subnet',
  'efs-access-point-root-directory',
  'efs-access-point-user-identity',
];

describe('the demo account through the data store checks', () => {
  const calls = [efsDemo, dynamodbDemo, backupDemo, ec2NetworkDemo, ec2ComputeDemo, rdsDemo, kmsDemo].flat() as RecordedCall[];
  const checks = CHECKS.filter((c) => IDS.includes(c.id));
  let findings: Awaited<ReturnType<typeof runChecks>>['findings'] = [];
  let summaries: Awaited<ReturnType<typeof runChecks>>['checks'] = [];
  let sent: ReturnType<typeof replayLoader>['sent'] = [];
  beforeAll(async () => {
    const replay = replayLoader(calls, REGIONS, 'us-east-1');
    sent = replay.sent;
    ({ findings, checks: summaries } = await runChecks({ checks, datasets: DATASETS, loader: replay.loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW }));
  });

  it('covers the 19 checks', () => {
    expect(checks.map((c) => c.id).sort()).toEqual([...IDS].sort());
  });

  it('has no ERROR, and every request was recorded', () => {
    expect(findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(IDS)('%s has a PASS and a FAIL', (id) => {
    const summary = summaries.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });

  it('gives the verdicts the demo was written to show', () => {
    const verdict = (id: string, resource: string) => findings.find((f) => f.checkId === id && f.resourceId === resource)?.status;
    // Selected by the prod-daily plan through its backup=daily tag.
    expect(verdict('efs-file-system-in-backup-plan', 'fs-0a1b2c3d4e5f60103')).toBe('PASS');
    // Selected through the tag EFS automatic backups set.
    expect(verdict('efs-file-system-in-backup-plan', 'fs-0a1b2c3d4e5f60101')).toBe('PASS');
    // Assigned to a plan, but DynamoDB is not opted in in eu-west-1.
    expect(findings.find((f) => f.checkId === 'dynamodb-table-in-backup-plan' && f.resourceId === 'eu-customers')?.message).toContain('opt-in for DynamoDB is off');
    // Excluded by NotResources.
    expect(findings.find((f) => f.checkId === 'rds-instance-in-backup-plan' && f.resourceId === 'legacy-mysql')?.message).toContain('NotResources excludes it');
    // Aurora members are protected as clusters.
    expect(verdict('rds-instance-in-backup-plan', 'payments-1')).toBeUndefined();
    // An available (unattached) volume is not in scope.
    expect(verdict('ec2-ebs-volume-in-backup-plan', 'vol-0a1b2c3d4e5f60103')).toBeUndefined();
    // A key of another account, described by ARN.
    expect(verdict('dynamodb-table-cmk-encrypted', 'eu-reports')).toBe('PASS');
    expect(verdict('backup-recovery-point-encrypted', 'prod-locked')).toBe('FAIL');
    expect(verdict('backup-vault-lock-enabled', 'eu-archive')).toBe('PASS');
  });

  it('asks for the table keys it does not find in the region\'s key listing only', () => {
    expect(sent.filter((r) => r.operation === 'DescribeKey' && String(r.input.KeyId).startsWith('arn:')).map((r) => r.input.KeyId)).toEqual([
      'arn:aws:kms:eu-west-1:210987654321:key/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
    ]);
    // eu-west-1 has no provisioned table: its scaling targets are not asked for.
    expect(sent.filter((r) => r.operation === 'DescribeScalableTargets').map((r) => r.region)).toEqual(['us-east-1']);
  });
});
