import type { Protection } from '@aws-sdk/client-shield';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type FetchContext } from '../dataset.js';
import { isNotOffered } from '../not-offered.js';

/** The Shield Advanced subscription and, when it is active, the account's protections. */
export interface ShieldAdvanced {
  /** `ACTIVE` or `INACTIVE`, as GetSubscriptionState answers. */
  state: string;
  /** Empty unless the subscription is active. */
  protections: Array<Pick<Protection, 'Id' | 'Name' | 'ResourceArn'>>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'shield.advanced': ShieldAdvanced;
  }
}

export const advanced = defineDataset({
  id: 'shield.advanced',
  scope: 'global',
  operations: ['shield:GetSubscriptionState', 'shield:DescribeSubscription', 'shield:ListProtections'],
  async fetch(ctx) {
    const state = await subscriptionState(ctx);
    if (state !== 'ACTIVE') return { state, protections: [] };
    let protections: Protection[] = [];
    try {
      protections = await ctx.list<Protection>('shield:ListProtections', {}, 'Protections');
    } catch (err) {
      // ListProtections answers ResourceNotFoundException when the subscription protects nothing yet.
      if (!(err instanceof AwsCallError) || err.info.code !== 'ResourceNotFoundException') throw err;
    }
    return { state, protections: protections.map((p) => ({ Id: p.Id, Name: p.Name, ResourceArn: p.ResourceArn })) };
  },
});

/**
 * GetSubscriptionState: INACTIVE for an account that never subscribed (some endpoints say it with
 * ResourceNotFoundException). An endpoint that does not offer it is asked DescribeSubscription,
 * whose ResourceNotFoundException means no subscription.
 */
async function subscriptionState(ctx: FetchContext): Promise<string> {
  try {
    const out = await ctx.call<{ SubscriptionState?: string }>('shield:GetSubscriptionState', {}, { absent: ['ResourceNotFoundException'] });
    return out?.SubscriptionState ?? 'INACTIVE';
  } catch (err) {
    if (!(err instanceof AwsCallError) || !isNotOffered(err.info)) throw err;
    const out = await ctx.call<{ Subscription?: unknown }>('shield:DescribeSubscription', {}, { absent: ['ResourceNotFoundException'] });
    return out?.Subscription ? 'ACTIVE' : 'INACTIVE';
  }
}

export default [advanced];
