import type { AccessPointDescription, FileSystemDescription, MountTargetDescription } from '@aws-sdk/client-efs';
import type { NetworkInterface, SecurityGroup } from '@aws-sdk/client-ec2';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';

/** A per-file-system read: the file system as DescribeFileSystems listed it, and what the read gave. */
export interface PerFileSystem<T> {
  fileSystem: FileSystemDescription;
  result: Fetched<T>;
}

/** What the network of the mount targets looks like: their network interfaces and the region's security groups. */
export interface MountTargetNetwork {
  interfaces: NetworkInterface[];
  securityGroups: SecurityGroup[];
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'efs.fileSystems': FileSystemDescription[];
    /** The file system policy as JSON text; undefined when EFS answers PolicyNotFound (no policy). */
    'efs.fileSystemPolicies': PerFileSystem<string | undefined>[];
    /** The backup policy `Status`; undefined when EFS answers PolicyNotFound (automatic backups off). */
    'efs.backupPolicies': PerFileSystem<string | undefined>[];
    'efs.mountTargets': PerFileSystem<MountTargetDescription[]>[];
    'efs.accessPoints': PerFileSystem<AccessPointDescription[]>[];
    /**
     * The network interfaces and security groups of the region (the EC2 listings other checks
     * share), read only when some file system has a mount target.
     */
    'efs.mountTargetNetwork': MountTargetNetwork;
  }
}

/** Codes by which EFS says a file system was deleted between the listing and the read. */
const FILE_SYSTEM_GONE = ['FileSystemNotFound'] as const;

/** Per file system, one read; file systems deleted meanwhile are dropped. */
async function perFileSystem<T>(ctx: FetchContext, read: (fs: FileSystemDescription) => Promise<T>): Promise<PerFileSystem<T>[]> {
  const fileSystems = (await ctx.get('efs.fileSystems')).filter((fs) => fs.FileSystemId);
  const results = await ctx.perItem(fileSystems, read, FILE_SYSTEM_GONE);
  return results.map(({ item, result }) => ({ fileSystem: item, result }));
}

export const fileSystems = defineDataset({
  id: 'efs.fileSystems',
  scope: 'regional',
  operations: ['efs:DescribeFileSystems'],
  fetch: (ctx) => ctx.list<FileSystemDescription>('efs:DescribeFileSystems', {}, 'FileSystems'),
});

export const fileSystemPolicies = defineDataset({
  id: 'efs.fileSystemPolicies',
  scope: 'regional',
  operations: ['efs:DescribeFileSystemPolicy'],
  deps: ['efs.fileSystems'],
  fetch: (ctx) =>
    perFileSystem(ctx, async (fs) => {
      const out = await ctx.call<{ Policy?: string }>('efs:DescribeFileSystemPolicy', { FileSystemId: fs.FileSystemId }, { absent: ['PolicyNotFound'] });
      // An answer without a policy document says as much as PolicyNotFound.
      return out?.Policy === undefined || out.Policy === '' ? undefined : out.Policy;
    }),
});

export const backupPolicies = defineDataset({
  id: 'efs.backupPolicies',
  scope: 'regional',
  operations: ['efs:DescribeBackupPolicy'],
  deps: ['efs.fileSystems'],
  fetch: (ctx) =>
    perFileSystem(ctx, async (fs) => {
      const out = await ctx.call<{ BackupPolicy?: { Status?: string } }>('efs:DescribeBackupPolicy', { FileSystemId: fs.FileSystemId }, { absent: ['PolicyNotFound'] });
      return out?.BackupPolicy?.Status;
    }),
});

export const mountTargets = defineDataset({
  id: 'efs.mountTargets',
  scope: 'regional',
  operations: ['efs:DescribeMountTargets'],
  deps: ['efs.fileSystems'],
  fetch: (ctx) =>
    perFileSystem(ctx, (fs) => ctx.list<MountTargetDescription>('efs:DescribeMountTargets', { FileSystemId: fs.FileSystemId }, 'MountTargets')),
});

/**
 * Access points per file system: the documented way to list them (the API names no listing of
 * every access point of the account).
 */
export const accessPoints = defineDataset({
  id: 'efs.accessPoints',
  scope: 'regional',
  operations: ['efs:DescribeAccessPoints'],
  deps: ['efs.fileSystems'],
  fetch: (ctx) =>
    perFileSystem(ctx, (fs) => ctx.list<AccessPointDescription>('efs:DescribeAccessPoints', { FileSystemId: fs.FileSystemId }, 'AccessPoints')),
});

export const mountTargetNetwork = defineDataset({
  id: 'efs.mountTargetNetwork',
  scope: 'regional',
  operations: [],
  deps: ['efs.mountTargets', 'ec2.networkInterfaces', 'ec2.securityGroups'],
  async fetch(ctx): Promise<MountTargetNetwork> {
    const targets = await ctx.get('efs.mountTargets');
    if (!targets.some(({ result }) => result.ok && result.value.length > 0)) return { interfaces: [], securityGroups: [] };
    // A listing that fails fails the check that reads this, as any dataset a check reads: no verdict
    // is given on data that was only partly read.
    const [interfaces, securityGroups] = await Promise.all([ctx.get('ec2.networkInterfaces'), ctx.get('ec2.securityGroups')]);
    return { interfaces, securityGroups };
  },
});

export default [fileSystems, fileSystemPolicies, backupPolicies, mountTargets, accessPoints, mountTargetNetwork];
