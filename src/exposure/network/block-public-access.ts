// VPC Block Public Access: in mode block-bidirectional or block-ingress, inbound traffic through
// internet gateways is dropped for every VPC and subnet of the region, except those with an
// exclusion in mode allow-bidirectional (allow-egress lets nothing in). Exclusions apply only when
// the account may use them (ExclusionsAllowed is not `not-allowed`, as a declarative policy can set).

import type { BlockPublicAccessExclusion, BlockPublicAccessOptions } from './types.js';

export type BpaVerdict = { blocked: false; exclusion?: BlockPublicAccessExclusion; mode: string } | { blocked: true; mode: string };

const BLOCKING = new Set(['block-bidirectional', 'block-ingress']);
const GONE = new Set(['delete-complete', 'create-failed', 'disable-complete']);

export function bpaMode(options: BlockPublicAccessOptions): string {
  return options.InternetGatewayBlockMode ?? 'off';
}

export function bpaBlocks(options: BlockPublicAccessOptions): boolean {
  return BLOCKING.has(bpaMode(options)) && options.State !== 'default-state';
}

const resourceIdOf = (arn: string | undefined) => (arn ?? '').split('/').pop() ?? '';

/** Whether inbound internet traffic reaches `subnetId` in `vpcId`, and through which exclusion. */
export function bpaVerdict(options: BlockPublicAccessOptions, exclusions: readonly BlockPublicAccessExclusion[], vpcId: string | undefined, subnetId: string | undefined): BpaVerdict {
  const mode = bpaMode(options);
  if (!bpaBlocks(options)) return { blocked: false, mode };
  if (options.ExclusionsAllowed === 'not-allowed') return { blocked: true, mode };
  const exclusion = exclusions.find((e) => {
    if (e.InternetGatewayExclusionMode !== 'allow-bidirectional' || GONE.has(e.State ?? '')) return false;
    const id = resourceIdOf(e.ResourceArn);
    return (!!subnetId && id === subnetId) || (!!vpcId && id === vpcId);
  });
  return exclusion ? { blocked: false, exclusion, mode } : { blocked: true, mode };
}
