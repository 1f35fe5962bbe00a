// Account settings that live in each region (GuardDuty, Security Hub, AWS Config, Access
// Analyzer): a check judges one region, and its message says which other scanned regions are set.
// A global dataset gathers the regional one of every scanned region here, each region's answer or
// error on its own, so that one region that cannot be read takes nothing from the others.

import { AwsCallError } from '../aws/errors.js';
import type { DatasetId, DatasetTypes, Fetched, FetchContext } from './dataset.js';

/** One scanned region's value of a regional dataset, or the AWS error that kept it from being read. */
export interface RegionRead<T> {
  region: string;
  result: Fetched<T>;
}

/** The regional dataset `id` in every scanned region, in the scan's region order. */
export function readEveryRegion<K extends DatasetId>(ctx: FetchContext, id: K): Promise<Array<RegionRead<DatasetTypes[K]>>> {
  return Promise.all(
    ctx.regions.map(async (region): Promise<RegionRead<DatasetTypes[K]>> => {
      try {
        return { region, result: { ok: true, value: await ctx.get(id, region) } };
      } catch (err) {
        if (err instanceof AwsCallError) return { region, result: { ok: false, error: err.info } };
        throw err;
      }
    }),
  );
}
