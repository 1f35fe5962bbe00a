import type { DomainInfo, DomainStatus } from '@aws-sdk/client-opensearch';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';

export interface OpenSearchDomain {
  name: string;
  /** `OpenSearch` or `Elasticsearch`, as ListDomainNames gives it (when it does). */
  engineType?: string;
  /** DescribeDomains's answer for the domain, or the error that kept it from being read. */
  status: Fetched<DomainStatus>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    /** Every domain of the region, both engines; OpenSearch Serverless collections are another service. */
    'opensearch.domains': OpenSearchDomain[];
  }
}

/** DescribeDomains takes at most five names per call. */
export const DESCRIBE_BATCH = 5;
const DOMAIN_GONE = ['ResourceNotFoundException'] as const;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function describe(ctx: FetchContext, names: readonly string[]): Promise<DomainStatus[]> {
  const out = await ctx.call<{ DomainStatusList?: DomainStatus[] }>('opensearch:DescribeDomains', { DomainNames: names });
  return out?.DomainStatusList ?? [];
}

/**
 * Each batch of five is one request. A name deleted since the listing is left out of the answer
 * (or, from some endpoints, fails the batch with ResourceNotFoundException: then each name of the
 * batch is read on its own and the deleted one dropped). A domain being deleted (`Deleted` true) is
 * dropped too. Any other failure is an error for every domain of the batch.
 */
export const domains = defineDataset({
  id: 'opensearch.domains',
  scope: 'regional',
  operations: ['opensearch:ListDomainNames', 'opensearch:DescribeDomains'],
  async fetch(ctx) {
    const listed = (await ctx.list<DomainInfo>('opensearch:ListDomainNames', {}, 'DomainNames')).filter((d) => d.DomainName);
    const engineOf = new Map(listed.map((d) => [d.DomainName!, d.EngineType as string | undefined]));
    const names = [...engineOf.keys()].sort();
    const batches = await ctx.perItem(chunks(names, DESCRIBE_BATCH), (batch) => describe(ctx, batch));
    const result: OpenSearchDomain[] = [];
    for (const { item: batch, result: read } of batches) {
      let answered: Array<{ name: string; status: Fetched<DomainStatus> }>;
      if (read.ok) {
        answered = batch.flatMap((name) => {
          const status = read.value.find((d) => d.DomainName === name);
          return status ? [{ name, status: { ok: true as const, value: status } }] : [];
        });
      } else if ((DOMAIN_GONE as readonly string[]).includes(read.error.code) && batch.length > 1) {
        const single = await ctx.perItem(batch, async (name) => (await describe(ctx, [name])).find((d) => d.DomainName === name), DOMAIN_GONE);
        answered = single.flatMap(({ item, result: status }) => (status.ok && !status.value ? [] : [{ name: item, status: status as Fetched<DomainStatus> }]));
      } else if ((DOMAIN_GONE as readonly string[]).includes(read.error.code)) {
        answered = [];
      } else {
        answered = batch.map((name) => ({ name, status: read }));
      }
      for (const { name, status } of answered) {
        if (status.ok && status.value.Deleted === true) continue;
        const engineType = engineOf.get(name);
        result.push({ name, ...(engineType ? { engineType } : {}), status });
      }
    }
    return result;
  },
});

export default [domains];
