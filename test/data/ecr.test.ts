// The ECR datasets against recorded answers: paging, "not configured" codes as data, repositories
// deleted meanwhile, keys resolved from the KMS listing before DescribeKey; and the demo account
// replayed through every ECR check.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import demo from '../../scripts/demo/ecr.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import kmsDemo from '../../scripts/demo/kms.mjs';
import { replayLoader } from '../helpers/replay-loader.js';

const REGION = 'us-east-1';
const REGIONS = ['us-east-1', 'eu-west-1'];
const call = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, output: unknown, region = REGION): RecordedCall => ({ service, region, operation, input, output });
const refused = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, code: string, httpStatus = 400, region = REGION): RecordedCall => ({
  service,
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const repo = (name: string, extra: Record<string, unknown> = {}) => ({ repositoryName: name, repositoryArn: `arn:aws:ecr:${REGION}:123456789012:repository/${name}`, ...extra });
const KEY = (id: string, account = '123456789012', region = REGION) => `arn:aws:kms:${region}:${account}:key/${id}`;

describe('ecr datasets', () => {
  it('lists repositories 1,000 a page with nextToken to the end', async () => {
    const { loader, sent } = replayLoader(
      [
        call('ecr', 'DescribeRepositories', { maxResults: 1000 }, { repositories: [repo('a')], nextToken: 'n-1' }),
        call('ecr', 'DescribeRepositories', { maxResults: 1000, nextToken: 'n-1' }, { repositories: [repo('b')] }),
      ],
      REGIONS,
    );
    expect((await loader.load('ecr.repositories', REGION)).map((r) => r.repositoryName)).toEqual(['a', 'b']);
    expect(sent).toHaveLength(2);
  });

  it('reads "not found" policies as no policy, drops deleted repositories and keeps refused reads', async () => {
    const { loader } = replayLoader(
      [
        call('ecr', 'DescribeRepositories', { maxResults: 1000 }, { repositories: [repo('with'), repo('without'), repo('gone'), repo('hidden')] }),
        call('ecr', 'GetRepositoryPolicy', { repositoryName: 'with' }, { registryId: '123456789012', repositoryName: 'with', policyText: '{"Statement":[]}' }),
        refused('ecr', 'GetRepositoryPolicy', { repositoryName: 'without' }, 'RepositoryPolicyNotFoundException'),
        refused('ecr', 'GetRepositoryPolicy', { repositoryName: 'gone' }, 'RepositoryNotFoundException'),
        refused('ecr', 'GetRepositoryPolicy', { repositoryName: 'hidden' }, 'AccessDeniedException', 403),
        call('ecr', 'GetLifecyclePolicy', { repositoryName: 'with' }, { lifecyclePolicyText: '{"rules":[]}' }),
        refused('ecr', 'GetLifecyclePolicy', { repositoryName: 'without' }, 'LifecyclePolicyNotFoundException'),
        refused('ecr', 'GetLifecyclePolicy', { repositoryName: 'gone' }, 'RepositoryNotFoundException'),
        refused('ecr', 'GetLifecyclePolicy', { repositoryName: 'hidden' }, 'AccessDeniedException', 403),
      ],
      REGIONS,
    );
    const summary = (rows: Array<{ repository: { repositoryName?: string }; result: { ok: boolean; value?: unknown; error?: { code: string } } }>) =>
      rows.map((r) => [r.repository.repositoryName, r.result.ok ? r.result.value : r.result.error!.code]);
    expect(summary(await loader.load('ecr.repositoryPolicies', REGION))).toEqual([
      ['with', '{"Statement":[]}'],
      ['without', undefined],
      ['hidden', 'AccessDeniedException'],
    ]);
    expect(summary(await loader.load('ecr.lifecyclePolicies', REGION))).toEqual([
      ['with', '{"rules":[]}'],
      ['without', undefined],
      ['hidden', 'AccessDeniedException'],
    ]);
  });

  it('reads the registry scanning configuration once per region; no configuration reads as no rules', async () => {
    const { loader } = replayLoader(
      [
        call('ecr', 'GetRegistryScanningConfiguration', {}, { registryId: '123456789012', scanningConfiguration: { scanType: 'ENHANCED', rules: [] } }),
        call('ecr', 'GetRegistryScanningConfiguration', {}, { registryId: '123456789012' }, 'eu-west-1'),
      ],
      REGIONS,
    );
    expect(await loader.load('ecr.registryScanning', REGION)).toEqual({ scanType: 'ENHANCED', rules: [] });
    expect(await loader.load('ecr.registryScanning', 'eu-west-1')).toEqual({});
  });

  it("resolves the account's keys from the region's KMS listing and describes the others by ARN, once each", async () => {
    const own = KEY('own-key');
    const foreign = KEY('platform-key', '210987654321');
    const { loader, sent } = replayLoader(
      [
        call('ecr', 'DescribeRepositories', { maxResults: 1000 }, {
          repositories: [
            repo('a', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: own } }),
            repo('b', { encryptionConfiguration: { encryptionType: 'KMS_DSSE', kmsKey: foreign } }),
            repo('c', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: foreign } }),
            repo('d', { encryptionConfiguration: { encryptionType: 'KMS' } }),
            repo('e', { encryptionConfiguration: { encryptionType: 'AES256' } }),
          ],
        }),
        call('kms', 'ListKeys', { Limit: 1000 }, { Keys: [{ KeyId: 'own-key', KeyArn: own }], Truncated: false }),
        call('kms', 'DescribeKey', { KeyId: 'own-key' }, { KeyMetadata: { KeyId: 'own-key', Arn: own, KeyManager: 'CUSTOMER' } }),
        call('kms', 'DescribeKey', { KeyId: foreign }, { KeyMetadata: { KeyId: 'platform-key', Arn: foreign, KeyManager: 'customer' } }),
      ],
      REGIONS,
    );
    const keys = await loader.load('ecr.repositoryKeys', REGION);
    expect(keys.map((k) => [k.repository.repositoryName, k.key.ok && k.key.value.KeyManager])).toEqual([
      ['a', 'CUSTOMER'],
      ['b', 'CUSTOMER'],
      ['c', 'CUSTOMER'],
    ]);
    expect(sent.filter((r) => r.operation === 'DescribeKey').map((r) => r.input.KeyId)).toEqual(['own-key', foreign]);
  });

  it('describes every key by name when the KMS listing is refused, keeping a refused DescribeKey as that repository\'s error', async () => {
    const own = KEY('own-key');
    const { loader } = replayLoader(
      [
        call('ecr', 'DescribeRepositories', { maxResults: 1000 }, { repositories: [repo('a', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: own } })] }),
        refused('kms', 'ListKeys', { Limit: 1000 }, 'AccessDeniedException', 403),
        refused('kms', 'DescribeKey', { KeyId: own }, 'AccessDeniedException', 403),
      ],
      REGIONS,
    );
    const [key] = await loader.load('ecr.repositoryKeys', REGION);
    expect(key!.key).toMatchObject({ ok: false, error: { code: 'AccessDeniedException', action: 'kms:DescribeKey' } });
  });

  it('gives the keys of a region where KMS is not offered (or the listing failed but for a refusal) the listing\'s error instead of asking again', async () => {
    const own = KEY('own-key');
    const { loader, sent } = replayLoader(
      [
        call('ecr', 'DescribeRepositories', { maxResults: 1000 }, { repositories: [repo('a', { encryptionConfiguration: { encryptionType: 'KMS', kmsKey: own } })] }),
        refused('kms', 'ListKeys', { Limit: 1000 }, 'OptInRequired', 401),
      ],
      REGIONS,
    );
    const [key] = await loader.load('ecr.repositoryKeys', REGION);
    expect(key!.key).toMatchObject({ ok: false, error: { code: 'OptInRequired', kind: 'unavailable', action: 'kms:ListKeys' } });
    expect(sent.filter((r) => r.operation === 'DescribeKey')).toEqual([]);
  });

  it('asks KMS nothing when no repository names a key', async () => {
    const { loader, sent } = replayLoader([call('ecr', 'DescribeRepositories', { maxResults: 1000 }, { repositories: [repo('a', { encryptionConfiguration: { encryptionType: 'AES256' } })] })], REGIONS);
    expect(await loader.load('ecr.repositoryKeys', REGION)).toEqual([]);
    expect(sent.map((r) => r.service)).toEqual(['ecr']);
  });
});

describe('the demo account replayed through the ECR checks', () => {
  const checks = CHECKS.filter((c) => c.service === 'ecr');
  let result: Awaited<ReturnType<typeof runChecks>>;
  beforeAll(async () => {
    const { loader } = replayLoader([...(demo as RecordedCall[]), ...(kmsDemo as RecordedCall[])], REGIONS);
    result = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW });
  });

  it('covers the 5 ECR checks', () => expect(checks).toHaveLength(5));

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(checks.map((c) => c.id))('%s has a PASS and a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });
});
