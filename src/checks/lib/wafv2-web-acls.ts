// How WAFv2 checks name web ACLs and rule groups, say what a web ACL protects, and report the
// listings and descriptions that could not be read.

import type { ManagedRuleGroupStatement, OverrideAction, RuleGroup, VisibilityConfig, WebACL } from '@aws-sdk/client-wafv2';
import type { CheckContext, ResourceRef } from '../define.js';
import type { RuleGroupEntry, WafListing, WafPlace, WebAclAssociations, WebAclEntry } from '../../data/datasets/wafv2.js';
import type { Finding } from '../../model.js';

/** Findings about web ACLs carry their Region, or `global` for the CLOUDFRONT scope. */
export function webAclRef(entry: Pick<WebAclEntry, 'summary' | 'findingRegion'>): ResourceRef {
  return { id: entry.summary.Name, arn: entry.summary.ARN, region: entry.findingRegion };
}

const where = (place: Pick<WafPlace, 'scope' | 'region'>) => (place.scope === 'CLOUDFRONT' ? 'CloudFront scope' : `regional, ${place.region}`);

/** e.g. "Web ACL shop-edge (CloudFront scope)" or "Web ACL api-alb (regional, eu-west-1)". */
export function webAclLabel(entry: Pick<WebAclEntry, 'summary' | 'scope' | 'region'>): string {
  return `Web ACL ${entry.summary.Name} (${where(entry)})`;
}

export function ruleGroupRef(entry: RuleGroupEntry): ResourceRef {
  return { id: entry.summary.Name, arn: entry.summary.ARN, region: entry.findingRegion };
}

export function ruleGroupLabel(entry: RuleGroupEntry): string {
  return `Rule group ${entry.summary.Name} (${where(entry)})`;
}

const TYPE_NAMES: Readonly<Record<string, [string, string]>> = {
  APPLICATION_LOAD_BALANCER: ['Application Load Balancer', 'Application Load Balancers'],
  API_GATEWAY: ['API Gateway stage', 'API Gateway stages'],
  APPSYNC: ['AppSync API', 'AppSync APIs'],
  COGNITO_USER_POOL: ['Cognito user pool', 'Cognito user pools'],
  APP_RUNNER_SERVICE: ['App Runner service', 'App Runner services'],
  VERIFIED_ACCESS_INSTANCE: ['Verified Access instance', 'Verified Access instances'],
  AGENTCORE_GATEWAY: ['AgentCore gateway', 'AgentCore gateways'],
  CLOUDFRONT_DISTRIBUTION: ['CloudFront distribution', 'CloudFront distributions'],
};

const typeName = (type: string, count: number) => (TYPE_NAMES[type] ?? [type, type])[count === 1 ? 0 : 1];

/**
 * What the web ACL protects, for the message: "protects 2 Application Load Balancers", "is not
 * associated with any resource", or what could not be read. Never part of a verdict.
 */
export function associationText(associations: WebAclAssociations | undefined): string {
  if (!associations) return 'what it is associated with was not read';
  const protectedText = Object.entries(associations.resources)
    .filter(([, arns]) => arns.length)
    .map(([type, arns]) => `${arns.length} ${typeName(type, arns.length)}`);
  const unread = associations.unread.map((type) => typeName(type, 2));
  if (protectedText.length) return `protects ${protectedText.join(', ')}${unread.length ? ` (${unread.join(', ')} could not be listed)` : ''}`;
  if (unread.length) return `is associated with no resource that could be listed (${unread.join(', ')} could not be listed)`;
  return 'is not associated with any resource';
}

/**
 * One ERROR per listing that failed (a Region, or the CLOUDFRONT scope), one per web ACL that
 * GetWebACL could not read, and the verdict on each other web ACL.
 */
export function eachWebAcl(
  listings: readonly WafListing<WebAclEntry>[],
  associations: Readonly<Record<string, WebAclAssociations>>,
  ctx: CheckContext,
  judge: (entry: WebAclEntry, acl: WebACL, about: string) => Finding,
): Finding[] {
  return listings.flatMap((listing) => {
    if (!listing.result.ok) return [listingError(listing, ctx, 'web ACLs')];
    return listing.result.value.map((entry) => {
      if (!entry.acl.ok) return ctx.error(webAclRef(entry), entry.acl.error, webAclLabel(entry));
      return judge(entry, entry.acl.value, associationText(associations[entry.summary.ARN]));
    });
  });
}

/** ERROR for a listing that failed: the Region's regional web ACLs (or rule groups), or the CloudFront scope's. */
export function listingError(listing: WafListing<unknown>, ctx: CheckContext, what: 'web ACLs' | 'rule groups'): Finding {
  const cloudFront = listing.scope === 'CLOUDFRONT';
  const resource = {
    id: `${ctx.account.id}/${cloudFront ? 'cloudfront' : listing.region}`,
    arn: `arn:${ctx.account.partition}:wafv2:${listing.region}:${ctx.account.id}:${cloudFront ? 'global' : 'regional'}/*`,
    region: listing.findingRegion,
  };
  if (listing.result.ok) throw new Error('listingError called for a listing that succeeded');
  return ctx.error(resource, listing.result.error, cloudFront ? `the CloudFront-scope ${what}` : `the regional ${what} of ${listing.region}`);
}

/** A managed rule group used by the web ACL: as a rule, or as a Firewall Manager rule group. */
export interface ManagedGroupUse {
  /** "rule CRS" or "Firewall Manager rule group FMManagedWebACL-pre". */
  where: string;
  statement: ManagedRuleGroupStatement;
  overrideAction: OverrideAction | undefined;
}

export function managedGroupsOf(acl: WebACL): ManagedGroupUse[] {
  return [
    ...(acl.PreProcessFirewallManagerRuleGroups ?? []).map((g) => ({ where: `Firewall Manager rule group ${g.Name}`, statement: g.FirewallManagerStatement?.ManagedRuleGroupStatement, overrideAction: g.OverrideAction })),
    ...(acl.Rules ?? []).map((r) => ({ where: `rule ${r.Name}`, statement: r.Statement?.ManagedRuleGroupStatement, overrideAction: r.OverrideAction })),
    ...(acl.PostProcessFirewallManagerRuleGroups ?? []).map((g) => ({ where: `Firewall Manager rule group ${g.Name}`, statement: g.FirewallManagerStatement?.ManagedRuleGroupStatement, overrideAction: g.OverrideAction })),
  ].filter((u): u is ManagedGroupUse => !!u.statement);
}

/** Names of the rules (of a web ACL or rule group) whose CloudWatch metrics are off. */
export function rulesWithoutMetrics(owner: Pick<WebACL | RuleGroup, 'Rules'>): string[] {
  return (owner.Rules ?? []).filter((r) => !metricsOn(r.VisibilityConfig)).map((r) => r.Name ?? '(unnamed)');
}

const metricsOn = (v: VisibilityConfig | undefined) => v?.CloudWatchMetricsEnabled === true;

export { listing } from './cloudfront-distributions.js';
