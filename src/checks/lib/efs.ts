// How EFS checks name file systems and access points, and how they report per-file-system reads.

import type { AccessPointDescription, FileSystemDescription } from '@aws-sdk/client-efs';
import type { CheckContext, ResourceRef } from '../define.js';
import type { PerFileSystem } from '../../data/datasets/efs.js';
import type { Finding } from '../../model.js';
import { parsePolicy, PolicyParseError, type PolicyDocument } from '../../policy/document.js';
import type { PinningContext } from '../../policy/pinning.js';

type Where = Pick<CheckContext, 'account' | 'region'>;

export function fileSystemRef(fs: FileSystemDescription, where: Where): ResourceRef {
  const id = fs.FileSystemId ?? 'unknown';
  return { id, arn: fs.FileSystemArn ?? `arn:${where.account.partition}:elasticfilesystem:${where.region}:${fs.OwnerId ?? where.account.id}:file-system/${id}` };
}

/** `EFS file system fs-1 (shared-home)`, for the start of a message. */
export function fileSystemLabel(fs: FileSystemDescription): string {
  return `EFS file system ${fs.FileSystemId ?? 'unknown'}${fs.Name ? ` (${fs.Name})` : ''}`;
}

export function accessPointRef(ap: AccessPointDescription, where: Where): ResourceRef {
  const id = ap.AccessPointId ?? 'unknown';
  return { id, arn: ap.AccessPointArn ?? `arn:${where.account.partition}:elasticfilesystem:${where.region}:${ap.OwnerId ?? where.account.id}:access-point/${id}` };
}

/** `EFS access point fsap-1 (app-data) of fs-1`. */
export function accessPointLabel(ap: AccessPointDescription): string {
  return `EFS access point ${ap.AccessPointId ?? 'unknown'}${ap.Name ? ` (${ap.Name})` : ''} of ${ap.FileSystemId ?? 'an unknown file system'}`;
}

/** One finding per file system: ERROR where the read failed, else the verdict. */
export function judgeFileSystems<T>(reads: readonly PerFileSystem<T>[], ctx: CheckContext, verdict: (fs: FileSystemDescription, value: T, resource: ResourceRef) => Finding): Finding[] {
  return reads.map(({ fileSystem, result }) => {
    const resource = fileSystemRef(fileSystem, ctx);
    return result.ok ? verdict(fileSystem, result.value, resource) : ctx.error(resource, result.error, fileSystemLabel(fileSystem));
  });
}

/** The NFS client actions a file system policy governs: mount (read), write, and root access. */
export const NFS_CLIENT_ACTIONS = ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'] as const;

/** The file system policy, parsed; a policy that cannot be read is an ERROR for its file system, never a verdict. */
export function parseFileSystemPolicy(text: string): { ok: true; policy: PolicyDocument } | { ok: false; reason: string } {
  try {
    return { ok: true, policy: parsePolicy(text) };
  } catch (err) {
    if (err instanceof PolicyParseError) return { ok: false, reason: err.message };
    throw err;
  }
}

/**
 * How a file system policy's conditions are read for "public" (CHECKS-2 rule 5): NFS clients that
 * do not use IAM authorization are anonymous, so keys absent from their requests pin nothing; and
 * `elasticfilesystem:AccessedViaMountTarget` true pins the caller to a network path to a mount
 * target (with Bool; BoolIfExists lets requests without the key through).
 */
export const EFS_PINNING: PinningContext = {
  anonymousRequests: true,
  extraPin: (c) => c.key === 'elasticfilesystem:accessedviamounttarget' && c.operator.toLowerCase() === 'bool' && c.values.length > 0 && c.values.every((v) => v.toLowerCase() === 'true'),
};

/**
 * One finding per access point of each file system, and one ERROR per file system whose access
 * points could not be listed (they cannot be judged one by one).
 */
export function judgeAccessPoints(reads: readonly PerFileSystem<AccessPointDescription[]>[], ctx: CheckContext, verdict: (ap: AccessPointDescription, resource: ResourceRef, label: string) => Finding): Finding[] {
  return reads.flatMap(({ fileSystem, result }) => {
    if (!result.ok) return [ctx.error(fileSystemRef(fileSystem, ctx), result.error, `the access points of ${fileSystemLabel(fileSystem)}`)];
    return result.value.map((ap) => verdict(ap, accessPointRef(ap, ctx), accessPointLabel(ap)));
  });
}
