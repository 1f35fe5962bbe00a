import type { Protection } from '@aws-sdk/client-shield';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset } from '../dataset.js';

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
  operations: ['shield:GetSubscriptionState', 'shield:ListProtections'],
  async fetch(ctx) {
    // Shield answers INACTIVE for an account that never subscribed; some endpoints say it with
    // ResourceNotFoundException instead.
    const out = await ctx.call<{ SubscriptionState?: string }>('shield:GetSubscriptionState', {}, { absent: ['ResourceNotFoundException'] });
    const state = out?.SubscriptionState ?? 'INACTIVE';
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

export default [advanced];
