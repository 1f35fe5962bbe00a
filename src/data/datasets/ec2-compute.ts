import type {
  CreateVolumePermission,
  GetAllowedImagesSettingsResult,
  GetImageBlockPublicAccessStateResult,
  GetInstanceMetadataDefaultsResult,
  GetSerialConsoleAccessStatusResult,
  GetSnapshotBlockPublicAccessStateResult,
  Image,
  Instance,
  InstanceMetadataDefaultsResponse,
  LaunchTemplate,
  LaunchTemplateVersion,
  Reservation,
  Snapshot,
  Volume,
} from '@aws-sdk/client-ec2';
import type { AwsErrorInfo } from '../../model.js';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';

/** A snapshot and who may create volumes from it. */
export interface SnapshotSharing {
  snapshot: Snapshot;
  createVolumePermissions: Fetched<CreateVolumePermission[]>;
}

export type SnapshotBlockPublicAccess = Pick<GetSnapshotBlockPublicAccessStateResult, 'ManagedBy'> & { State: string };

/** A launch template and its `$Default` version. */
export interface LaunchTemplateDefault {
  template: LaunchTemplate;
  defaultVersion: Fetched<LaunchTemplateVersion>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'ec2.instances': Instance[];
    'ec2.volumes': Volume[];
    /** An answer without the flag reads as off, the setting's documented default. */
    'ec2.ebsEncryptionByDefault': Fetched<boolean>;
    'ec2.snapshots': Snapshot[];
    'ec2.snapshotSharing': SnapshotSharing[];
    /** State `block-all-sharing`, `block-new-sharing` or `unblocked` (an answer without it: `unblocked`, the default). */
    'ec2.snapshotBlockPublicAccess': Fetched<SnapshotBlockPublicAccess>;
    'ec2.images': Image[];
    'ec2.launchTemplates': LaunchTemplateDefault[];
    /** Account-level IMDS defaults for new launches (and who manages them); empty when none is set. */
    'ec2.instanceMetadataDefaults': Fetched<InstanceMetadataDefaultsResponse>;
    /** `block-new-sharing` or `unblocked`, and ManagedBy. */
    'ec2.imageBlockPublicAccess': Fetched<GetImageBlockPublicAccessStateResult>;
    /** SerialConsoleAccessEnabled and ManagedBy, as returned. */
    'ec2.serialConsoleAccess': Fetched<GetSerialConsoleAccessStatusResult>;
    /** The Allowed AMIs setting: State `enabled`, `audit-mode` or `disabled`, ImageCriteria, ManagedBy. */
    'ec2.allowedImagesSettings': Fetched<GetAllowedImagesSettingsResult>;
  }
}

/**
 * A region setting that only some resources depend on is read as Fetched rather than thrown, so
 * that an unreadable setting turns those resources ERROR and leaves the others judged.
 */
async function regionSetting<T>(ctx: FetchContext, read: () => Promise<T>): Promise<Fetched<T>> {
  const [entry] = await ctx.perItem([ctx.region], read);
  return entry!.result;
}

export const instances = defineDataset({
  id: 'ec2.instances',
  scope: 'regional',
  operations: ['ec2:DescribeInstances'],
  async fetch(ctx) {
    const reservations = await ctx.list<Reservation>('ec2:DescribeInstances', {}, 'Reservations');
    return reservations.flatMap((r) => r.Instances ?? []);
  },
});

export const volumes = defineDataset({
  id: 'ec2.volumes',
  scope: 'regional',
  operations: ['ec2:DescribeVolumes'],
  fetch: (ctx) => ctx.list<Volume>('ec2:DescribeVolumes', {}, 'Volumes'),
});

export const ebsEncryptionByDefault = defineDataset({
  id: 'ec2.ebsEncryptionByDefault',
  scope: 'regional',
  operations: ['ec2:GetEbsEncryptionByDefault'],
  fetch: (ctx) =>
    regionSetting(ctx, async () => {
      const out = await ctx.call<{ EbsEncryptionByDefault?: boolean }>('ec2:GetEbsEncryptionByDefault');
      return out?.EbsEncryptionByDefault === true;
    }),
});

export const snapshots = defineDataset({
  id: 'ec2.snapshots',
  scope: 'regional',
  operations: ['ec2:DescribeSnapshots'],
  // Without the owner filter EC2 lists every public snapshot of the region too.
  fetch: (ctx) => ctx.list<Snapshot>('ec2:DescribeSnapshots', { OwnerIds: ['self'] }, 'Snapshots'),
});

/**
 * One DescribeSnapshotAttribute per snapshot, not one DescribeSnapshots { RestorableByUserIds:
 * ['all'] } per region: the listing names only the public snapshots, while the finding of a
 * private one says how many accounts it is shared with; AWS does not say whether the listing still
 * shows a public grant that block-all-sharing neutralises, which the check must report as such; and
 * an unreadable snapshot is an ERROR of its own rather than of the region.
 */
export const snapshotSharing = defineDataset({
  id: 'ec2.snapshotSharing',
  scope: 'regional',
  operations: ['ec2:DescribeSnapshotAttribute'],
  deps: ['ec2.snapshots'],
  async fetch(ctx) {
    const owned = await ctx.get('ec2.snapshots');
    const read = await ctx.perItem(
      owned,
      async (snapshot) => {
        const out = await ctx.call<{ CreateVolumePermissions?: CreateVolumePermission[] }>('ec2:DescribeSnapshotAttribute', {
          SnapshotId: snapshot.SnapshotId,
          Attribute: 'createVolumePermission',
        });
        return out?.CreateVolumePermissions ?? [];
      },
      ['InvalidSnapshot.NotFound'],
    );
    return read.map(({ item, result }) => ({ snapshot: item, createVolumePermissions: result }));
  },
});

export const snapshotBlockPublicAccess = defineDataset({
  id: 'ec2.snapshotBlockPublicAccess',
  scope: 'regional',
  operations: ['ec2:GetSnapshotBlockPublicAccessState'],
  fetch: (ctx) =>
    regionSetting(ctx, async () => {
      const out = await ctx.call<GetSnapshotBlockPublicAccessStateResult>('ec2:GetSnapshotBlockPublicAccessState');
      return { State: out?.State ?? 'unblocked', ...(out?.ManagedBy ? { ManagedBy: out.ManagedBy } : {}) };
    }),
});

export const images = defineDataset({
  id: 'ec2.images',
  scope: 'regional',
  operations: ['ec2:DescribeImages'],
  // Without the owner filter EC2 lists every public AMI of the region too.
  fetch: (ctx) => ctx.list<Image>('ec2:DescribeImages', { Owners: ['self'] }, 'Images'),
});

export const launchTemplates = defineDataset({
  id: 'ec2.launchTemplates',
  scope: 'regional',
  operations: ['ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions'],
  async fetch(ctx) {
    const templates = await ctx.list<LaunchTemplate>('ec2:DescribeLaunchTemplates', {}, 'LaunchTemplates');
    const read = await ctx.perItem(
      templates,
      async (template) => {
        const out = await ctx.call<{ LaunchTemplateVersions?: LaunchTemplateVersion[] }>('ec2:DescribeLaunchTemplateVersions', {
          LaunchTemplateId: template.LaunchTemplateId,
          Versions: ['$Default'],
        });
        return out?.LaunchTemplateVersions?.[0];
      },
      ['InvalidLaunchTemplateId.NotFound', 'InvalidLaunchTemplateId.VersionNotFound'],
    );
    // A template deleted after the listing answers InvalidLaunchTemplateId.NotFound (dropped above).
    // A successful answer without the version is something else (an endpoint that does not resolve
    // `$Default`): the template cannot be judged, which is an ERROR for it, never a silent drop.
    return read.map(({ item, result }): LaunchTemplateDefault => {
      if (!result.ok) return { template: item, defaultVersion: result };
      if (result.value) return { template: item, defaultVersion: { ok: true, value: result.value } };
      return { template: item, defaultVersion: { ok: false, error: noDefaultVersion(ctx.region, item) } };
    });
  },
});

function noDefaultVersion(region: string, template: LaunchTemplate): AwsErrorInfo {
  return {
    code: 'EmptyResponse',
    message: `the answer for ${template.LaunchTemplateId ?? 'the launch template'} held no $Default version`,
    service: 'ec2',
    operation: 'DescribeLaunchTemplateVersions',
    region,
    action: 'ec2:DescribeLaunchTemplateVersions',
    kind: 'other',
  };
}

export const instanceMetadataDefaults = defineDataset({
  id: 'ec2.instanceMetadataDefaults',
  scope: 'regional',
  operations: ['ec2:GetInstanceMetadataDefaults'],
  fetch: (ctx) =>
    regionSetting(ctx, async () => {
      const out = await ctx.call<GetInstanceMetadataDefaultsResult>('ec2:GetInstanceMetadataDefaults');
      return out?.AccountLevel ?? {};
    }),
});

// The EC2 account settings that declarative policies govern: each answer carries the effective
// value and ManagedBy (`account` or `declarative-policy`), kept as returned.

export const imageBlockPublicAccess = defineDataset({
  id: 'ec2.imageBlockPublicAccess',
  scope: 'regional',
  operations: ['ec2:GetImageBlockPublicAccessState'],
  fetch: (ctx) => regionSetting(ctx, async () => (await ctx.call<GetImageBlockPublicAccessStateResult>('ec2:GetImageBlockPublicAccessState')) ?? {}),
});

export const serialConsoleAccess = defineDataset({
  id: 'ec2.serialConsoleAccess',
  scope: 'regional',
  operations: ['ec2:GetSerialConsoleAccessStatus'],
  fetch: (ctx) => regionSetting(ctx, async () => (await ctx.call<GetSerialConsoleAccessStatusResult>('ec2:GetSerialConsoleAccessStatus')) ?? {}),
});

export const allowedImagesSettings = defineDataset({
  id: 'ec2.allowedImagesSettings',
  scope: 'regional',
  operations: ['ec2:GetAllowedImagesSettings'],
  fetch: (ctx) => regionSetting(ctx, async () => (await ctx.call<GetAllowedImagesSettingsResult>('ec2:GetAllowedImagesSettings')) ?? {}),
});

export default [
  instances,
  volumes,
  ebsEncryptionByDefault,
  snapshots,
  snapshotSharing,
  snapshotBlockPublicAccess,
  images,
  launchTemplates,
  instanceMetadataDefaults,
  imageBlockPublicAccess,
  serialConsoleAccess,
  allowedImagesSettings,
];
