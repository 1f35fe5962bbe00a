// Identity of EC2 network resources in findings: ARNs that EC2 does not return itself, labels, and
// which resources this account's scan judges.

import type { Vpc } from '@aws-sdk/client-ec2';
import type { CheckContext, ResourceRef } from '../define.js';

type Where = Pick<CheckContext, 'account' | 'region'>;

/** `arn:<partition>:ec2:<region>:<owner>:<type>/<id>`, the form of every regional EC2 resource. */
export function ec2Arn(where: Where, type: string, id: string, ownerId?: string): string {
  return `arn:${where.account.partition}:ec2:${where.region}:${ownerId ?? where.account.id}:${type}/${id}`;
}

/**
 * Resources owned by the scanned account. VPCs, subnets, groups and gateways shared into it through
 * RAM are configured by their owner, and only the owner can list what hangs off them (flow logs,
 * endpoints), so they are judged in the owner's scan.
 */
export function ownedByAccount<T extends { OwnerId?: string | undefined }>(resources: readonly T[], accountId: string): T[] {
  return resources.filter((r) => !r.OwnerId || r.OwnerId === accountId);
}

export function vpcRef(vpc: Vpc, where: Where): ResourceRef {
  const id = vpc.VpcId ?? 'unknown';
  return { id, arn: ec2Arn(where, 'vpc', id, vpc.OwnerId) };
}

/** "VPC vpc-1 (default)", for the start of a message. */
export function vpcLabel(vpc: Vpc): string {
  return `VPC ${vpc.VpcId ?? 'unknown'}${vpc.IsDefault ? ' (default)' : ''}`;
}
