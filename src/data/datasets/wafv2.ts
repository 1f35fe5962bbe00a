import type { LoggingConfiguration, RuleGroup, RuleGroupSummary, WebACL, WebACLSummary } from '@aws-sdk/client-wafv2';
import { globalEndpointRegion, type OperationId } from '../../aws/catalogue.js';
import { AwsCallError, toAwsError } from '../../aws/errors.js';
import { GLOBAL_REGION, type AwsErrorInfo } from '../../model.js';
import { defineDataset, type DatasetId, type Fetched, type FetchContext } from '../dataset.js';
import { isNotOffered } from '../not-offered.js';

export type WafScope = 'REGIONAL' | 'CLOUDFRONT';

/** Where a web ACL or rule group lives: its scope, the Region it is read in, the Region its findings carry. */
export interface WafPlace {
  scope: WafScope;
  /** Region of the requests: the scanned Region, or us-east-1 of the partition for CLOUDFRONT. */
  region: string;
  /** The Region, or `global` for CLOUDFRONT scope. */
  findingRegion: string;
}

export type NamedSummary<S> = S & { Name: string; Id: string; ARN: string };

export interface WebAclRef extends WafPlace {
  summary: NamedSummary<WebACLSummary>;
}

export interface WebAclEntry extends WebAclRef {
  acl: Fetched<WebACL>;
}

export interface RuleGroupEntry extends WafPlace {
  summary: NamedSummary<RuleGroupSummary>;
  group: Fetched<RuleGroup>;
}

/** One listing (a scope in a Region): its items, or the error that kept them from being listed. */
export interface WafListing<T> extends WafPlace {
  result: Fetched<T[]>;
}

/** What a web ACL is associated with, by resource type, as far as it could be read. */
export interface WebAclAssociations {
  /** Resource type (`APPLICATION_LOAD_BALANCER`, `CLOUDFRONT_DISTRIBUTION`, ...) to resource ARNs. */
  resources: Record<string, string[]>;
  /** Resource types whose associations could not be read. */
  unread: string[];
}

export interface AlbProtection {
  /** ALB ARN to the names of the regional web ACLs associated with it. */
  protectedBy: Record<string, string[]>;
  /** Web ACLs whose ALB associations could not be read. */
  unread: Array<{ webAcl: string; error: AwsErrorInfo }>;
  /** ALBs asked one by one (where ListResourcesForWebACL is not offered) whose web ACL could not be read. */
  unreadAlbs?: Record<string, AwsErrorInfo>;
}

/** null: no logging configuration (GetLoggingConfiguration answered WAFNonexistentItemException). */
export type WebAclLogging = Pick<LoggingConfiguration, 'LogDestinationConfigs' | 'LoggingFilter' | 'ManagedByFirewallManager' | 'LogType' | 'LogScope'> | null;

declare module '../dataset.js' {
  interface DatasetTypes {
    'wafv2.regionalWebAclRefs': WebAclRef[];
    'wafv2.cloudfrontWebAclRefs': WebAclRef[];
    /** Every scanned Region's regional web ACLs and the CLOUDFRONT scope's, each with GetWebACL's answer. */
    'wafv2.webAcls': WafListing<WebAclEntry>[];
    /** By web ACL ARN. */
    'wafv2.webAclAssociations': Record<string, WebAclAssociations>;
    /** By web ACL ARN. */
    'wafv2.webAclLogging': Record<string, Fetched<WebAclLogging>>;
    'wafv2.albProtection': AlbProtection;
    'wafv2.regionalRuleGroups': RuleGroupEntry[];
    'wafv2.cloudfrontRuleGroups': RuleGroupEntry[];
    /** Customer rule groups of every scanned Region and of the CLOUDFRONT scope. */
    'wafv2.ruleGroups': WafListing<RuleGroupEntry>[];
  }
}

/** WAFv2 says "no such web ACL, rule group or logging configuration" with this code. */
const WAF_GONE = ['WAFNonexistentItemException'] as const;
const MAX_PAGES = 1000;
/** WAF's largest page for ListWebACLs and ListRuleGroups. */
const PAGE_LIMIT = 100;

/**
 * Every item of a WAF listing. AWS WAF sends a NextMarker even with the last page (the page after
 * it comes back empty), so a page that adds no item ends the listing as well as a missing marker; a
 * marker that comes back after a page with new items fails the listing, as any repeated token does.
 */
async function wafList<T extends { ARN?: string; Name?: string; Id?: string }>(
  ctx: FetchContext,
  op: OperationId,
  input: Record<string, unknown>,
  key: string,
  region: string,
): Promise<T[]> {
  const items = new Map<string, T>();
  const seen = new Set<string>();
  let marker: string | undefined;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const out = await ctx.call<Record<string, unknown>>(op, marker === undefined ? input : { ...input, NextMarker: marker }, { region });
    const got = Array.isArray(out?.[key]) ? (out[key] as T[]) : [];
    const fresh = got.filter((item) => !items.has(item.ARN ?? `${item.Name}/${item.Id}`));
    for (const item of fresh) items.set(item.ARN ?? `${item.Name}/${item.Id}`, item);
    const next = out?.NextMarker;
    // No marker, or a page that adds nothing (AWS's empty last page; an endpoint that ignores the
    // marker and sends the same page again): the listing is complete.
    if (typeof next !== 'string' || next === '' || fresh.length === 0) return [...items.values()];
    if (seen.has(next)) {
      const [service, operation] = op.split(':') as ['wafv2', string];
      throw toAwsError({ name: 'PaginationTokenRepeated', message: `the same NextMarker came back after page ${page}` }, { service, operation, region, input });
    }
    seen.add(next);
    marker = next;
  }
  const [service, operation] = op.split(':') as ['wafv2', string];
  throw toAwsError({ name: 'PaginationLimitExceeded', message: `more than ${MAX_PAGES} pages` }, { service, operation, region, input });
}

const named = <S extends { Name?: string; Id?: string; ARN?: string }>(s: S): s is NamedSummary<S> =>
  typeof s.Name === 'string' && typeof s.Id === 'string' && typeof s.ARN === 'string' && s.Name !== '' && s.ARN !== '';

const byArn = (a: { summary: { ARN: string } }, b: { summary: { ARN: string } }) => a.summary.ARN.localeCompare(b.summary.ARN);

async function webAclRefs(ctx: FetchContext, place: WafPlace): Promise<WebAclRef[]> {
  const listed = await wafList<WebACLSummary>(ctx, 'wafv2:ListWebACLs', { Scope: place.scope, Limit: PAGE_LIMIT }, 'WebACLs', place.region);
  return listed.filter(named).map((summary) => ({ ...place, summary })).sort(byArn);
}

async function ruleGroups(ctx: FetchContext, place: WafPlace): Promise<RuleGroupEntry[]> {
  const listed = (await wafList<RuleGroupSummary>(ctx, 'wafv2:ListRuleGroups', { Scope: place.scope, Limit: PAGE_LIMIT }, 'RuleGroups', place.region)).filter(named);
  const read = await ctx.perItem(
    listed,
    async (summary) => {
      const out = await ctx.call<{ RuleGroup?: RuleGroup }>('wafv2:GetRuleGroup', { Name: summary.Name, Scope: place.scope, Id: summary.Id }, { region: place.region });
      if (!out?.RuleGroup) throw incomplete('GetRuleGroup', place, summary.Name);
      return out.RuleGroup;
    },
    WAF_GONE,
  );
  return read.map(({ item, result }) => ({ ...place, summary: item, group: result })).sort(byArn);
}

function incomplete(operation: string, place: WafPlace, name: string): AwsCallError {
  return toAwsError({ name: 'IncompleteResponse', message: `${operation} answered without the ${name} it was asked for` }, { service: 'wafv2', operation, region: place.region, input: { Name: name, Scope: place.scope } });
}

const regionalPlace = (region: string): WafPlace => ({ scope: 'REGIONAL', region, findingRegion: region });
const cloudFrontPlace = (ctx: FetchContext): WafPlace => ({ scope: 'CLOUDFRONT', region: globalEndpointRegion(ctx.account.partition), findingRegion: GLOBAL_REGION });

export const regionalWebAclRefs = defineDataset({
  id: 'wafv2.regionalWebAclRefs',
  scope: 'regional',
  operations: ['wafv2:ListWebACLs'],
  fetch: (ctx) => webAclRefs(ctx, regionalPlace(ctx.region)),
});

/** CLOUDFRONT scope: listed once, through us-east-1 of the partition, whatever Regions are scanned. */
export const cloudfrontWebAclRefs = defineDataset({
  id: 'wafv2.cloudfrontWebAclRefs',
  scope: 'global',
  operations: ['wafv2:ListWebACLs'],
  fetch: (ctx) => webAclRefs(ctx, cloudFrontPlace(ctx)),
});

/**
 * One listing per scanned Region and one for the CLOUDFRONT scope. A Region that refuses its
 * listing is kept as that Region's error, so the other Regions are still judged.
 */
async function everyListing<T>(
  ctx: FetchContext,
  regional: DatasetId,
  global: DatasetId,
  then: (items: never[]) => Promise<T[]>,
): Promise<WafListing<T>[]> {
  const settle = async (place: WafPlace, load: () => Promise<unknown>): Promise<WafListing<T>> => {
    try {
      return { ...place, result: { ok: true, value: await then((await load()) as never[]) } };
    } catch (err) {
      if (!(err instanceof AwsCallError)) throw err;
      return { ...place, result: { ok: false, error: err.info } };
    }
  };
  return Promise.all([
    ...ctx.regions.map((region) => settle(regionalPlace(region), () => ctx.get(regional, region))),
    settle(cloudFrontPlace(ctx), () => ctx.get(global)),
  ]);
}

export const webAcls = defineDataset({
  id: 'wafv2.webAcls',
  scope: 'global',
  operations: ['wafv2:GetWebACL'],
  deps: ['wafv2.regionalWebAclRefs', 'wafv2.cloudfrontWebAclRefs'],
  fetch: (ctx) =>
    everyListing(ctx, 'wafv2.regionalWebAclRefs', 'wafv2.cloudfrontWebAclRefs', async (refs: WebAclRef[]) => {
      const read = await ctx.perItem(
        refs,
        async (ref) => {
          const out = await ctx.call<{ WebACL?: WebACL }>('wafv2:GetWebACL', { Name: ref.summary.Name, Scope: ref.scope, Id: ref.summary.Id }, { region: ref.region });
          if (!out?.WebACL) throw incomplete('GetWebACL', ref, ref.summary.Name);
          return out.WebACL;
        },
        WAF_GONE,
      );
      return read.map(({ item, result }): WebAclEntry => ({ ...item, acl: result }));
    }),
});

/** Resource types a regional web ACL can protect, as ListResourcesForWebACL names them. */
export const REGIONAL_RESOURCE_TYPES = [
  'APPLICATION_LOAD_BALANCER',
  'API_GATEWAY',
  'APPSYNC',
  'COGNITO_USER_POOL',
  'APP_RUNNER_SERVICE',
  'VERIFIED_ACCESS_INSTANCE',
  'AGENTCORE_GATEWAY',
] as const;

/** The request that lists a web ACL's ALBs: the same for the associations and the ALB check, so it is sent once. */
const albResourcesInput = (webAclArn: string) => ({ WebACLArn: webAclArn, ResourceType: 'APPLICATION_LOAD_BALANCER' });

async function resourcesOf(ctx: FetchContext, ref: WebAclRef, type: string): Promise<string[]> {
  const input = type === 'APPLICATION_LOAD_BALANCER' ? albResourcesInput(ref.summary.ARN) : { WebACLArn: ref.summary.ARN, ResourceType: type };
  const out = await ctx.call<{ ResourceArns?: string[] }>('wafv2:ListResourcesForWebACL', input, { region: ref.region });
  return out?.ResourceArns ?? [];
}

/**
 * What each web ACL protects, for the messages of the web ACL checks: regional web ACLs through
 * ListResourcesForWebACL per resource type; CLOUDFRONT web ACLs through the distributions'
 * WebACLId (ListResourcesForWebACL does not serve CloudFront).
 */
export const webAclAssociations = defineDataset({
  id: 'wafv2.webAclAssociations',
  scope: 'global',
  operations: ['wafv2:ListResourcesForWebACL'],
  deps: ['wafv2.regionalWebAclRefs', 'wafv2.cloudfrontWebAclRefs', 'cloudfront.distributionsRead'],
  async fetch(ctx) {
    const associations: Record<string, WebAclAssociations> = {};
    const regional = (
      await Promise.all(
        ctx.regions.map(async (region) => {
          try {
            return await ctx.get('wafv2.regionalWebAclRefs', region);
          } catch (err) {
            // That Region's web ACLs are reported by the checks as a failed listing; nothing to name here.
            if (err instanceof AwsCallError) return [];
            throw err;
          }
        }),
      )
    ).flat();
    const pairs = regional.flatMap((ref) => REGIONAL_RESOURCE_TYPES.map((type) => ({ ref, type })));
    const read = await ctx.perItem(pairs, async ({ ref, type }) => {
      try {
        return await resourcesOf(ctx, ref, type);
      } catch (err) {
        // An endpoint that does not know a resource type cannot have associated anything of it.
        if (err instanceof AwsCallError && err.info.code === 'WAFInvalidParameterException') return [];
        throw err;
      }
    });
    for (const { item, result } of read) {
      const entry = (associations[item.ref.summary.ARN] ??= { resources: {}, unread: [] });
      if (!result.ok) entry.unread.push(item.type);
      else if (result.value.length) entry.resources[item.type] = result.value;
    }
    let cloudfrontRefs: WebAclRef[] = [];
    try {
      cloudfrontRefs = await ctx.get('wafv2.cloudfrontWebAclRefs');
    } catch (err) {
      if (!(err instanceof AwsCallError)) throw err;
    }
    const distributions = await ctx.get('cloudfront.distributionsRead');
    for (const ref of cloudfrontRefs) {
      const entry = (associations[ref.summary.ARN] ??= { resources: {}, unread: [] });
      if (!distributions.ok) entry.unread.push('CLOUDFRONT_DISTRIBUTION');
      else {
        const arns = distributions.value.filter((d) => d.WebACLId === ref.summary.ARN).map((d) => d.ARN ?? d.Id!);
        if (arns.length) entry.resources.CLOUDFRONT_DISTRIBUTION = arns;
      }
    }
    return associations;
  },
});

/**
 * The ALBs of the Region that a regional web ACL protects (ELB.16): the union of ListResourcesForWebACL
 * over the Region's web ACLs, one request per web ACL. Where that operation is not offered (some
 * AWS-compatible endpoints), each ALB not found protected is asked GetWebACLForResource instead.
 */
export const albProtection = defineDataset({
  id: 'wafv2.albProtection',
  scope: 'regional',
  operations: ['wafv2:ListResourcesForWebACL', 'wafv2:GetWebACLForResource'],
  deps: ['wafv2.regionalWebAclRefs', 'elbv2.loadBalancers'],
  async fetch(ctx) {
    const refs = await ctx.get('wafv2.regionalWebAclRefs');
    const read = await ctx.perItem(refs, (ref) => resourcesOf(ctx, ref, 'APPLICATION_LOAD_BALANCER'), WAF_GONE);
    const protection: AlbProtection = { protectedBy: {}, unread: [] };
    for (const { item, result } of read) {
      if (!result.ok) protection.unread.push({ webAcl: item.summary.Name, error: result.error });
      else for (const arn of result.value) (protection.protectedBy[arn] ??= []).push(item.summary.Name);
    }
    if (protection.unread.length === 0 || !protection.unread.every((u) => isNotOffered(u.error))) return protection;
    const albs = (await ctx.get('elbv2.loadBalancers')).filter((lb) => lb.Type === 'application' && lb.LoadBalancerArn && !protection.protectedBy[lb.LoadBalancerArn]);
    const asked = await ctx.perItem(albs, async (lb) => {
      const out = await ctx.call<{ WebACL?: { Name?: string; ARN?: string } | null }>('wafv2:GetWebACLForResource', { ResourceArn: lb.LoadBalancerArn }, { region: ctx.region, absent: WAF_GONE });
      return out?.WebACL ?? null;
    });
    const unreadAlbs: Record<string, AwsErrorInfo> = {};
    for (const { item, result } of asked) {
      if (!result.ok) unreadAlbs[item.LoadBalancerArn!] = result.error;
      else if (result.value) (protection.protectedBy[item.LoadBalancerArn!] ??= []).push(result.value.Name ?? result.value.ARN ?? '?');
    }
    // Every ALB was asked directly: the web ACLs that could not be listed leave nothing unknown.
    return { protectedBy: protection.protectedBy, unread: [], ...(Object.keys(unreadAlbs).length ? { unreadAlbs } : {}) };
  },
});

/** GetLoggingConfiguration of every web ACL of both scopes; WAFNonexistentItemException means logging is off. */
export const webAclLogging = defineDataset({
  id: 'wafv2.webAclLogging',
  scope: 'global',
  operations: ['wafv2:GetLoggingConfiguration'],
  deps: ['wafv2.webAcls'],
  async fetch(ctx) {
    const refs = (await ctx.get('wafv2.webAcls')).flatMap((listing) => (listing.result.ok ? listing.result.value : []));
    const read = await ctx.perItem(refs, async (ref): Promise<WebAclLogging> => {
      const out = await ctx.call<{ LoggingConfiguration?: LoggingConfiguration }>(
        'wafv2:GetLoggingConfiguration',
        { ResourceArn: ref.summary.ARN },
        { region: ref.region, absent: WAF_GONE },
      );
      const config = out?.LoggingConfiguration;
      if (!config) return null;
      // RedactedFields are left out: which fields are redacted is not judged.
      const { LogDestinationConfigs, LoggingFilter, ManagedByFirewallManager, LogType, LogScope } = config;
      return { LogDestinationConfigs: LogDestinationConfigs ?? [], ...(LoggingFilter ? { LoggingFilter } : {}), ...(ManagedByFirewallManager !== undefined ? { ManagedByFirewallManager } : {}), ...(LogType ? { LogType } : {}), ...(LogScope ? { LogScope } : {}) };
    });
    return Object.fromEntries(read.map(({ item, result }) => [item.summary.ARN, result]));
  },
});

export const regionalRuleGroups = defineDataset({
  id: 'wafv2.regionalRuleGroups',
  scope: 'regional',
  operations: ['wafv2:ListRuleGroups', 'wafv2:GetRuleGroup'],
  fetch: (ctx) => ruleGroups(ctx, regionalPlace(ctx.region)),
});

export const cloudfrontRuleGroups = defineDataset({
  id: 'wafv2.cloudfrontRuleGroups',
  scope: 'global',
  operations: ['wafv2:ListRuleGroups', 'wafv2:GetRuleGroup'],
  fetch: (ctx) => ruleGroups(ctx, cloudFrontPlace(ctx)),
});

export const allRuleGroups = defineDataset({
  id: 'wafv2.ruleGroups',
  scope: 'global',
  operations: [],
  deps: ['wafv2.regionalRuleGroups', 'wafv2.cloudfrontRuleGroups'],
  fetch: (ctx) => everyListing(ctx, 'wafv2.regionalRuleGroups', 'wafv2.cloudfrontRuleGroups', async (groups: RuleGroupEntry[]) => groups),
});

export default [regionalWebAclRefs, cloudfrontWebAclRefs, webAcls, webAclAssociations, albProtection, webAclLogging, regionalRuleGroups, cloudfrontRuleGroups, allRuleGroups];
