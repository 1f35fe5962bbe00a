import type { TargetGroup, TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import { defineDataset, type Fetched } from '../dataset.js';

export interface TargetGroupTargets {
  targetGroup: TargetGroup;
  targets: Fetched<TargetHealthDescription[]>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'elbv2.targetGroups': TargetGroup[];
    /** The registered targets of each target group an internet-facing load balancer routes to. */
    'elbv2.internetFacingTargets': TargetGroupTargets[];
  }
}

/** DescribeTargetGroups pages at most 400 groups; without PageSize ELB pages 100 at a time. */
const PAGE = 400;

export const targetGroups = defineDataset({
  id: 'elbv2.targetGroups',
  scope: 'regional',
  operations: ['elbv2:DescribeTargetGroups'],
  fetch: (ctx) => ctx.list<TargetGroup>('elbv2:DescribeTargetGroups', { PageSize: PAGE }, 'TargetGroups'),
});

/**
 * DescribeTargetHealth for the target groups of internet-facing load balancers only: targets of
 * internal load balancers are not reachable from the internet through them.
 */
export const internetFacingTargets = defineDataset({
  id: 'elbv2.internetFacingTargets',
  scope: 'regional',
  operations: ['elbv2:DescribeTargetHealth'],
  deps: ['elbv2.targetGroups', 'elbv2.loadBalancers'],
  async fetch(ctx) {
    const [groups, lbs] = await Promise.all([ctx.get('elbv2.targetGroups'), ctx.get('elbv2.loadBalancers')]);
    const facing = new Set(lbs.filter((lb) => lb.Scheme === 'internet-facing' && lb.LoadBalancerArn).map((lb) => lb.LoadBalancerArn!));
    const used = groups.filter((g) => g.TargetGroupArn && (g.LoadBalancerArns ?? []).some((arn) => facing.has(arn)));
    const read = await ctx.perItem(
      used,
      async (g) => {
        const out = await ctx.call<{ TargetHealthDescriptions?: TargetHealthDescription[] }>('elbv2:DescribeTargetHealth', { TargetGroupArn: g.TargetGroupArn });
        return out?.TargetHealthDescriptions ?? [];
      },
      ['TargetGroupNotFound', 'TargetGroupNotFoundException'],
    );
    return read.map(({ item, result }) => ({ targetGroup: item, targets: result }));
  },
});

export default [targetGroups, internetFacingTargets];
