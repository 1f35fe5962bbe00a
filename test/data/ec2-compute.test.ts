// The EC2 compute datasets against recorded answers: what they ask AWS for, what they drop, what
// they keep as a per-resource error; and the demo account replayed through every check of the area.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import demo from '../../scripts/demo/ec2-compute.mjs';
import { replayLoader } from '../helpers/replay-loader.js';

const REGION = 'us-east-1';

const loaderFor = (calls: RecordedCall[], regions = [REGION]) => replayLoader(calls, regions, REGION);

const call = (operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'ec2', region: REGION, operation, input, output });
const refused = (operation: string, input: Record<string, unknown>, code: string): RecordedCall => ({
  service: 'ec2',
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus: code === 'UnauthorizedOperation' ? 403 : 400 },
});

describe('ec2 compute datasets', () => {
  it('asks only for the account\'s own snapshots and AMIs', async () => {
    const { loader, sent } = loaderFor([
      call('DescribeSnapshots', { OwnerIds: ['self'] }, { Snapshots: [{ SnapshotId: 'snap-1' }] }),
      call('DescribeImages', { Owners: ['self'] }, { Images: [{ ImageId: 'ami-1', Public: false }] }),
    ]);
    expect(await loader.load('ec2.snapshots', REGION)).toEqual([{ SnapshotId: 'snap-1' }]);
    expect(await loader.load('ec2.images', REGION)).toEqual([{ ImageId: 'ami-1', Public: false }]);
    expect(sent.map((r) => [r.operation, r.input])).toEqual([
      ['DescribeSnapshots', { OwnerIds: ['self'] }],
      ['DescribeImages', { Owners: ['self'] }],
    ]);
  });

  it('reads createVolumePermission per snapshot, drops deleted snapshots and keeps refusals as errors', async () => {
    const { loader } = loaderFor([
      call('DescribeSnapshots', { OwnerIds: ['self'] }, { Snapshots: [{ SnapshotId: 'snap-pub' }, { SnapshotId: 'snap-gone' }, { SnapshotId: 'snap-denied' }] }),
      call('DescribeSnapshotAttribute', { SnapshotId: 'snap-pub', Attribute: 'createVolumePermission' }, { CreateVolumePermissions: [{ Group: 'all' }] }),
      refused('DescribeSnapshotAttribute', { SnapshotId: 'snap-gone', Attribute: 'createVolumePermission' }, 'InvalidSnapshot.NotFound'),
      refused('DescribeSnapshotAttribute', { SnapshotId: 'snap-denied', Attribute: 'createVolumePermission' }, 'UnauthorizedOperation'),
    ]);
    const sharing = await loader.load('ec2.snapshotSharing', REGION);
    expect(sharing.map((s) => [s.snapshot.SnapshotId, s.createVolumePermissions.ok])).toEqual([
      ['snap-pub', true],
      ['snap-denied', false],
    ]);
    expect(sharing[0]!.createVolumePermissions).toEqual({ ok: true, value: [{ Group: 'all' }] });
    const denied = sharing[1]!.createVolumePermissions;
    expect(denied.ok ? undefined : denied.error.action).toBe('ec2:DescribeSnapshotAttribute');
  });

  it('reads the $Default version of each launch template, drops templates deleted meanwhile and keeps an empty answer as an error', async () => {
    const templates = [{ LaunchTemplateId: 'lt-live' }, { LaunchTemplateId: 'lt-gone' }, { LaunchTemplateId: 'lt-empty' }, { LaunchTemplateId: 'lt-denied' }];
    const version = { LaunchTemplateId: 'lt-live', VersionNumber: 2, DefaultVersion: true, LaunchTemplateData: {} };
    const { loader, sent } = loaderFor([
      call('DescribeLaunchTemplates', {}, { LaunchTemplates: templates }),
      call('DescribeLaunchTemplateVersions', { LaunchTemplateId: 'lt-live', Versions: ['$Default'] }, { LaunchTemplateVersions: [version] }),
      refused('DescribeLaunchTemplateVersions', { LaunchTemplateId: 'lt-gone', Versions: ['$Default'] }, 'InvalidLaunchTemplateId.NotFound'),
      call('DescribeLaunchTemplateVersions', { LaunchTemplateId: 'lt-empty', Versions: ['$Default'] }, { LaunchTemplateVersions: [] }),
      refused('DescribeLaunchTemplateVersions', { LaunchTemplateId: 'lt-denied', Versions: ['$Default'] }, 'UnauthorizedOperation'),
    ]);
    const loaded = await loader.load('ec2.launchTemplates', REGION);
    expect(loaded.map((t) => [t.template.LaunchTemplateId, t.defaultVersion.ok])).toEqual([
      ['lt-live', true],
      ['lt-empty', false],
      ['lt-denied', false],
    ]);
    expect(loaded[0]!.defaultVersion).toEqual({ ok: true, value: version });
    // AWS answers InvalidLaunchTemplateId.NotFound for a deleted template; a successful answer without
    // the version (an endpoint that does not resolve $Default) leaves the template unjudged, not dropped.
    const empty = loaded[1]!.defaultVersion;
    expect(empty.ok ? undefined : [empty.error.code, empty.error.action]).toEqual(['EmptyResponse', 'ec2:DescribeLaunchTemplateVersions']);
    expect(sent.filter((r) => r.operation === 'DescribeLaunchTemplateVersions').every((r) => JSON.stringify(r.input.Versions) === '["$Default"]')).toBe(true);
  });

  it('keeps an unreadable region setting as an error value instead of failing the dataset', async () => {
    const { loader } = loaderFor([
      refused('GetSnapshotBlockPublicAccessState', {}, 'UnauthorizedOperation'),
      call('GetInstanceMetadataDefaults', {}, {}),
      call('GetEbsEncryptionByDefault', {}, { EbsEncryptionByDefault: false }),
    ]);
    const block = await loader.load('ec2.snapshotBlockPublicAccess', REGION);
    expect(block.ok ? undefined : block.error.code).toBe('UnauthorizedOperation');
    expect(await loader.load('ec2.instanceMetadataDefaults', REGION)).toEqual({ ok: true, value: {} });
    expect(await loader.load('ec2.ebsEncryptionByDefault', REGION)).toEqual({ ok: true, value: false });
  });

  it('keeps the EC2 account settings as returned, ManagedBy included', async () => {
    const { loader, sent } = loaderFor([
      call('GetSnapshotBlockPublicAccessState', {}, { State: 'block-all-sharing', ManagedBy: 'declarative-policy' }),
      call('GetImageBlockPublicAccessState', {}, { ImageBlockPublicAccessState: 'block-new-sharing', ManagedBy: 'declarative-policy' }),
      call('GetSerialConsoleAccessStatus', {}, { SerialConsoleAccessEnabled: false, ManagedBy: 'account' }),
      call('GetAllowedImagesSettings', {}, { State: 'audit-mode', ImageCriteria: [{ ImageProviders: ['amazon'] }], ManagedBy: 'account' }),
      call('GetInstanceMetadataDefaults', {}, { AccountLevel: { HttpTokens: 'required', HttpTokensEnforced: 'enabled', ManagedBy: 'declarative-policy', ManagedExceptionMessage: 'Set by the organization' } }),
    ]);
    expect(await loader.load('ec2.snapshotBlockPublicAccess', REGION)).toEqual({ ok: true, value: { State: 'block-all-sharing', ManagedBy: 'declarative-policy' } });
    expect(await loader.load('ec2.imageBlockPublicAccess', REGION)).toEqual({ ok: true, value: { ImageBlockPublicAccessState: 'block-new-sharing', ManagedBy: 'declarative-policy' } });
    expect(await loader.load('ec2.serialConsoleAccess', REGION)).toEqual({ ok: true, value: { SerialConsoleAccessEnabled: false, ManagedBy: 'account' } });
    expect(await loader.load('ec2.allowedImagesSettings', REGION)).toEqual({ ok: true, value: { State: 'audit-mode', ImageCriteria: [{ ImageProviders: ['amazon'] }], ManagedBy: 'account' } });
    const imds = await loader.load('ec2.instanceMetadataDefaults', REGION);
    expect(imds.ok && [imds.value.HttpTokensEnforced, imds.value.ManagedBy]).toEqual(['enabled', 'declarative-policy']);
    expect(sent.every((r) => JSON.stringify(r.input) === '{}')).toBe(true);
  });

  it('reads a snapshot block state without State as unblocked, the default, and keeps refusals of the new settings as errors', async () => {
    const { loader } = loaderFor([
      call('GetSnapshotBlockPublicAccessState', {}, {}),
      refused('GetSerialConsoleAccessStatus', {}, 'UnauthorizedOperation'),
      refused('GetAllowedImagesSettings', {}, 'UnauthorizedOperation'),
    ]);
    expect(await loader.load('ec2.snapshotBlockPublicAccess', REGION)).toEqual({ ok: true, value: { State: 'unblocked' } });
    const serial = await loader.load('ec2.serialConsoleAccess', REGION);
    expect(serial.ok ? undefined : serial.error.action).toBe('ec2:GetSerialConsoleAccessStatus');
    const allowed = await loader.load('ec2.allowedImagesSettings', REGION);
    expect(allowed.ok ? undefined : allowed.error.action).toBe('ec2:GetAllowedImagesSettings');
  });

  it('flattens reservations into instances', async () => {
    const { loader } = loaderFor([
      call('DescribeInstances', {}, { Reservations: [{ Instances: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }] }, { Instances: [{ InstanceId: 'i-3' }] }] }),
    ]);
    expect((await loader.load('ec2.instances', REGION)).map((i) => i.InstanceId)).toEqual(['i-1', 'i-2', 'i-3']);
  });
});

describe('the demo account replayed through the EC2 compute checks', () => {
  const ids = [
    'ec2-ebs-encryption-by-default',
    'ec2-ebs-volume-encrypted',
    'ec2-instance-imdsv2-required',
    'ec2-ebs-snapshot-encrypted',
    'ec2-ebs-snapshot-not-public',
    'ec2-ami-not-public',
    'ec2-instance-no-public-ip',
    'ec2-instance-profile-attached',
    'ec2-launch-template-ebs-encrypted',
    'ec2-launch-template-imdsv2-required',
    'ec2-launch-template-no-public-ip',
    'ec2-instance-stopped-not-stale',
    'ec2-instance-single-eni',
    'ec2-instance-not-paravirtual',
    'ec2-ebs-snapshot-block-public-access-enabled',
    'ec2-ami-block-public-access-enabled',
    'ec2-serial-console-access-disabled',
    'ec2-allowed-amis-enforced',
    'ec2-imdsv2-enforced-at-launch',
  ];
  const regions = ['us-east-1', 'eu-west-1'];
  const checks = CHECKS.filter((c) => ids.includes(c.id));
  let findings: Awaited<ReturnType<typeof runChecks>>['findings'] = [];
  let summaries: Awaited<ReturnType<typeof runChecks>>['checks'] = [];
  beforeAll(async () => {
    const { loader } = loaderFor(demo as RecordedCall[], regions);
    ({ findings, checks: summaries } = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions, homeRegion: REGION, account: ACCOUNT }, now: NOW }));
  });

  it('covers every check of the area', () => {
    expect(checks.map((c) => c.id).sort()).toEqual([...ids].sort());
  });

  it('has no ERROR', () => {
    expect(findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(ids)('%s has a PASS and a FAIL', (id) => {
    const summary = summaries.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });

  it('gives the findings the notes call for', () => {
    const verdict = (id: string, resource: string) => findings.find((f) => f.checkId === id && f.resourceId === resource)?.status;
    expect(verdict('ec2-ebs-snapshot-not-public', 'snap-0a1b2c3d4e5f60102')).toBe('FAIL');
    expect(verdict('ec2-ebs-snapshot-not-public', 'snap-0e1f2a3b4c5d60202')).toBe('PASS');
    expect(verdict('ec2-launch-template-ebs-encrypted', 'lt-0a1b2c3d4e5f60102')).toBe('PASS');
    expect(verdict('ec2-launch-template-ebs-encrypted', 'lt-0e1f2a3b4c5d60201')).toBe('FAIL');
    expect(verdict('ec2-launch-template-imdsv2-required', 'lt-0a1b2c3d4e5f60102')).toBe('FAIL');
    expect(verdict('ec2-launch-template-imdsv2-required', 'lt-0e1f2a3b4c5d60201')).toBe('PASS');
    expect(verdict('ec2-instance-imdsv2-required', 'i-0e1f2a3b4c5d60201')).toBe('PASS');
    expect(findings.some((f) => f.resourceId === 'i-0a1b2c3d4e5f60106')).toBe(false);
  });
});
