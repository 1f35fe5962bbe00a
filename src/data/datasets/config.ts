import type { ConfigurationRecorder, ConfigurationRecorderStatus, DeliveryChannel } from '@aws-sdk/client-config-service';
import { defineDataset, fetched, type Fetched } from '../dataset.js';
import { readEveryRegion, type RegionRead } from '../region-reads.js';

/** AWS Config recording in one region. */
export interface ConfigRegion {
  /**
   * Every recorder DescribeConfigurationRecorders returns: the customer managed one (at most one per
   * region) and the service-linked recorders other AWS services create (`servicePrincipal` set).
   */
  recorders: ConfigurationRecorder[];
  /** DescribeConfigurationRecorderStatus, read only when there is a customer managed recorder. */
  statuses?: Fetched<ConfigurationRecorderStatus[]>;
  /** DescribeDeliveryChannels, read only when there is a customer managed recorder. */
  deliveryChannels?: Fetched<DeliveryChannel[]>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    /** An empty `recorders` list means no recorder in the region. */
    'config.recorders': ConfigRegion;
    'config.recordersByRegion': Array<RegionRead<ConfigRegion>>;
  }
}

/** A recorder created by another AWS service for its own limited scope; it does not count as AWS Config being on. */
export function isServiceLinked(recorder: ConfigurationRecorder): boolean {
  return !!recorder.servicePrincipal;
}

/**
 * The recorders of the region; their status and the delivery channels only where a customer
 * managed recorder exists (a region without one fails whatever they say). A refused listing fails
 * the region; a refused status or channel read stays with it, so that the checks that do not need
 * it are still judged.
 */
export const recorders = defineDataset({
  id: 'config.recorders',
  scope: 'regional',
  operations: ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus', 'config:DescribeDeliveryChannels'],
  async fetch(ctx) {
    const all = (await ctx.call<{ ConfigurationRecorders?: ConfigurationRecorder[] }>('config:DescribeConfigurationRecorders'))?.ConfigurationRecorders ?? [];
    if (!all.some((r) => !isServiceLinked(r))) return { recorders: all };
    const [statuses, deliveryChannels] = await Promise.all([
      fetched(async () => (await ctx.call<{ ConfigurationRecordersStatus?: ConfigurationRecorderStatus[] }>('config:DescribeConfigurationRecorderStatus'))?.ConfigurationRecordersStatus ?? []),
      fetched(async () => (await ctx.call<{ DeliveryChannels?: DeliveryChannel[] }>('config:DescribeDeliveryChannels'))?.DeliveryChannels ?? []),
    ]);
    return { recorders: all, statuses, deliveryChannels };
  },
});

export const recordersByRegion = defineDataset({
  id: 'config.recordersByRegion',
  scope: 'global',
  operations: [],
  deps: ['config.recorders'],
  fetch: (ctx) => readEveryRegion(ctx, 'config.recorders'),
});

export default [recorders, recordersByRegion];
