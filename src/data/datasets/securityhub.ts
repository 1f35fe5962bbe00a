import type { StandardsSubscription } from '@aws-sdk/client-securityhub';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';
import { isNotOffered } from '../not-offered.js';
import { readEveryRegion, type RegionRead } from '../region-reads.js';

/** Whether one of the two Security Hub services answers as enabled in the region. */
export type HubState = { on: true; arn?: string; subscribedAt?: string } | { on: false; reason: string };

/** Security Hub in one region, each read kept on its own so one refusal does not hide the other answer. */
export interface SecurityHubRegion {
  /** Security Hub CSPM (`DescribeHub`). */
  cspm: Fetched<HubState>;
  /** The newer, unified Security Hub (`DescribeSecurityHubV2`). */
  v2: Fetched<HubState>;
  /** `GetEnabledStandards`, read only where Security Hub CSPM is on; for the message, never the verdict. */
  standards?: Fetched<StandardsSubscription[]>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'securityhub.hub': SecurityHubRegion;
    'securityhub.hubsByRegion': Array<RegionRead<SecurityHubRegion>>;
  }
}

/** One read: its state, `off` with the reason when the error is how AWS says "not enabled", or the error. */
async function attempt(read: () => Promise<HubState>, offReason: (err: AwsCallError) => string | undefined): Promise<Fetched<HubState>> {
  try {
    return { ok: true, value: await read() };
  } catch (err) {
    if (!(err instanceof AwsCallError)) throw err;
    const reason = offReason(err);
    return reason === undefined ? { ok: false, error: err.info } : { ok: true, value: { on: false, reason } };
  }
}

/**
 * DescribeHub answers InvalidAccessException ("Account ... is not subscribed to AWS Security Hub")
 * where Security Hub CSPM is off: that is data. A refusal (HTTP 403, access denied) is not: it
 * stays an error whatever its code.
 */
function cspm(ctx: FetchContext): Promise<Fetched<HubState>> {
  return attempt(
    async (): Promise<HubState> => {
      const hub = (await ctx.call<{ HubArn?: string; SubscribedAt?: string }>('securityhub:DescribeHub')) ?? {};
      return { on: true, ...optional('arn', hub.HubArn), ...optional('subscribedAt', hub.SubscribedAt) };
    },
    (err) => (err.info.code === 'InvalidAccessException' && err.info.kind !== 'access-denied' ? `not subscribed to Security Hub CSPM (${err.info.message})` : undefined),
  );
}

/**
 * DescribeSecurityHubV2 answers ResourceNotFoundException where the newer Security Hub is off. A
 * region or endpoint that does not offer the operation at all cannot have it on either.
 */
function unified(ctx: FetchContext): Promise<Fetched<HubState>> {
  return attempt(
    async (): Promise<HubState> => {
      const hub = (await ctx.call<{ HubV2Arn?: string; SubscribedAt?: string }>('securityhub:DescribeSecurityHubV2')) ?? {};
      return { on: true, ...optional('arn', hub.HubV2Arn), ...optional('subscribedAt', hub.SubscribedAt) };
    },
    (err) =>
      err.info.code === 'ResourceNotFoundException'
        ? 'no Security Hub (DescribeSecurityHubV2: ResourceNotFoundException)'
        : err.info.kind === 'unavailable' || isNotOffered(err.info)
          ? `the newer Security Hub is not offered there (DescribeSecurityHubV2: ${err.info.code})`
          : undefined,
  );
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

export const hub = defineDataset({
  id: 'securityhub.hub',
  scope: 'regional',
  operations: ['securityhub:DescribeHub', 'securityhub:DescribeSecurityHubV2', 'securityhub:GetEnabledStandards'],
  async fetch(ctx) {
    const [classic, v2] = await Promise.all([cspm(ctx), unified(ctx)]);
    if (!(classic.ok && classic.value.on)) return { cspm: classic, v2 };
    let standards: Fetched<StandardsSubscription[]>;
    try {
      standards = { ok: true, value: await ctx.list<StandardsSubscription>('securityhub:GetEnabledStandards', {}, 'StandardsSubscriptions') };
    } catch (err) {
      if (!(err instanceof AwsCallError)) throw err;
      standards = { ok: false, error: err.info };
    }
    return { cspm: classic, v2, standards };
  },
});

export const hubsByRegion = defineDataset({
  id: 'securityhub.hubsByRegion',
  scope: 'global',
  operations: [],
  deps: ['securityhub.hub'],
  fetch: (ctx) => readEveryRegion(ctx, 'securityhub.hub'),
});

export default [hub, hubsByRegion];
