// The OpenSearch dataset against recorded answers: one listing of both engines, DescribeDomains
// five names at a time, domains deleted since the listing dropped, refused batches kept as errors.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import opensearchDemo from '../../scripts/demo/opensearch.mjs';
import { replayLoader } from '../helpers/replay-loader.js';
import { domainStatus } from '../fixtures/opensearch.js';

const REGION = 'eu-west-1';
const answer = (operation: string, input: Record<string, unknown>, output: unknown, region = REGION): RecordedCall => ({ service: 'opensearch', region, operation, input, output });
const refused = (operation: string, input: Record<string, unknown>, code: string, httpStatus = 403): RecordedCall => ({
  service: 'opensearch',
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const listing = (...names: Array<[string, string]>) => answer('ListDomainNames', {}, { DomainNames: names.map(([DomainName, EngineType]) => ({ DomainName, EngineType })) });
const statuses = (...names: string[]) => ({ DomainStatusList: names.map((n) => domainStatus(n)) });

describe('opensearch.domains', () => {
  it('lists both engines once and describes them five names at a time, in name order', async () => {
    const names = ['g', 'f', 'e', 'd', 'c', 'b', 'a'];
    const { loader, sent } = replayLoader(
      [
        listing(...names.map((n): [string, string] => [n, n === 'b' ? 'Elasticsearch' : 'OpenSearch'])),
        answer('DescribeDomains', { DomainNames: ['a', 'b', 'c', 'd', 'e'] }, statuses('a', 'b', 'c', 'd', 'e')),
        answer('DescribeDomains', { DomainNames: ['f', 'g'] }, statuses('f', 'g')),
      ],
      [REGION],
    );
    const domains = await loader.load('opensearch.domains', REGION);
    expect(domains.map((d) => [d.name, d.engineType, d.status.ok])).toEqual([
      ['a', 'OpenSearch', true],
      ['b', 'Elasticsearch', true],
      ['c', 'OpenSearch', true],
      ['d', 'OpenSearch', true],
      ['e', 'OpenSearch', true],
      ['f', 'OpenSearch', true],
      ['g', 'OpenSearch', true],
    ]);
    // ListDomainNames without EngineType lists both engines: one request, then two batches.
    expect(sent.map((r) => [r.region, r.operation, r.input])).toEqual([
      [REGION, 'ListDomainNames', {}],
      [REGION, 'DescribeDomains', { DomainNames: ['a', 'b', 'c', 'd', 'e'] }],
      [REGION, 'DescribeDomains', { DomainNames: ['f', 'g'] }],
    ]);
  });

  it('sends no DescribeDomains when the region has no domain', async () => {
    const { loader, sent } = replayLoader([answer('ListDomainNames', {}, { DomainNames: [] })], [REGION]);
    expect(await loader.load('opensearch.domains', REGION)).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('drops a domain left out of the answer (deleted since the listing) and one being deleted', async () => {
    const { loader } = replayLoader(
      [
        listing(['kept', 'OpenSearch'], ['gone', 'OpenSearch'], ['going', 'OpenSearch']),
        answer('DescribeDomains', { DomainNames: ['going', 'gone', 'kept'] }, { DomainStatusList: [domainStatus('kept'), domainStatus('going', { Deleted: true, Processing: true })] }),
      ],
      [REGION],
    );
    expect((await loader.load('opensearch.domains', REGION)).map((d) => d.name)).toEqual(['kept']);
  });

  it('keeps a refused batch as an error for each of its domains', async () => {
    const { loader } = replayLoader(
      [listing(['a', 'OpenSearch'], ['b', 'Elasticsearch']), refused('DescribeDomains', { DomainNames: ['a', 'b'] }, 'AccessDeniedException')],
      [REGION],
    );
    const domains = await loader.load('opensearch.domains', REGION);
    expect(domains.map((d) => [d.name, d.engineType, d.status.ok ? 'ok' : d.status.error.action])).toEqual([
      ['a', 'OpenSearch', 'es:DescribeDomains'],
      ['b', 'Elasticsearch', 'es:DescribeDomains'],
    ]);
  });

  it('reads each name of a batch that failed as not found on its own, and drops the deleted one', async () => {
    const { loader, sent } = replayLoader(
      [
        listing(['a', 'OpenSearch'], ['b', 'OpenSearch'], ['c', 'OpenSearch']),
        refused('DescribeDomains', { DomainNames: ['a', 'b', 'c'] }, 'ResourceNotFoundException', 409),
        answer('DescribeDomains', { DomainNames: ['a'] }, statuses('a')),
        refused('DescribeDomains', { DomainNames: ['b'] }, 'ResourceNotFoundException', 409),
        refused('DescribeDomains', { DomainNames: ['c'] }, 'AccessDeniedException'),
      ],
      [REGION],
    );
    const domains = await loader.load('opensearch.domains', REGION);
    expect(domains.map((d) => [d.name, d.status.ok])).toEqual([
      ['a', true],
      ['c', false],
    ]);
    expect(sent.filter((r) => r.operation === 'DescribeDomains')).toHaveLength(4);
  });

  it('fails as a whole when the listing is refused', async () => {
    const { loader } = replayLoader([refused('ListDomainNames', {}, 'AccessDeniedException')], [REGION]);
    await expect(loader.load('opensearch.domains', REGION)).rejects.toMatchObject({ info: { code: 'AccessDeniedException', action: 'es:ListDomainNames' } });
  });
});

describe('the demo account replayed through the OpenSearch checks', () => {
  const REGIONS = ['us-east-1', 'eu-west-1'];
  const checks = CHECKS.filter((c) => c.service === 'opensearch');
  let result: Awaited<ReturnType<typeof runChecks>>;
  beforeAll(async () => {
    const { loader } = replayLoader(opensearchDemo as RecordedCall[], REGIONS);
    result = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW });
  });

  it('covers the 10 OpenSearch checks', () => {
    expect(checks).toHaveLength(10);
  });

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(checks.map((c) => c.id))('%s has a PASS and a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });

  it('counts each finding for the control of its engine', () => {
    const of = (id: string, resource: string) => result.findings.find((f) => f.checkId === id && f.resourceId === resource)!;
    expect(of('opensearch-domain-not-public', 'app-logs')).toMatchObject({ status: 'FAIL', controls: ['ES.2'], region: 'us-east-1' });
    expect(of('opensearch-domain-not-public', 'product-catalog')).toMatchObject({ status: 'FAIL', controls: ['Opensearch.2'] });
    expect(of('opensearch-domain-not-public', 'product-catalog').message).toContain("statement 'PublicRead' allows es:ESHttp*");
    expect(of('opensearch-domain-https-latest-tls-policy', 'eu-payments-fips')).toMatchObject({ status: 'PASS', region: 'eu-west-1' });
  });
});
