// The Secrets Manager datasets against recorded answers: ListSecrets paged to the end, replicas
// left to their primary region, "no policy" as data, deleted secrets dropped; no operation that
// returns a secret value exists in the catalogue; and the demo account replayed through the checks.
import { beforeAll, describe, expect, it } from 'vitest';
import { allOperationIds } from '../../src/aws/catalogue.js';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import demo from '../../scripts/demo/secretsmanager.mjs';
import { replayLoader } from '../helpers/replay-loader.js';

const REGION = 'eu-west-1';
const REGIONS = ['us-east-1', 'eu-west-1'];
const call = (operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'secretsmanager', region: REGION, operation, input, output });
const refused = (operation: string, input: Record<string, unknown>, code: string, httpStatus = 400): RecordedCall => ({
  service: 'secretsmanager',
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const arn = (name: string) => `arn:aws:secretsmanager:${REGION}:123456789012:secret:${name}-AbCdEf`;
const entry = (name: string, extra: Record<string, unknown> = {}) => ({ ARN: arn(name), Name: name, CreatedDate: { $date: '2026-01-01T00:00:00.000Z' }, ...extra });

describe('secretsmanager datasets', () => {
  it('pages ListSecrets to the end and leaves replicas of other regions\' secrets to their primary region', async () => {
    const { loader, sent } = replayLoader(
      [
        call('ListSecrets', { MaxResults: 100 }, { SecretList: [entry('primary-here', { PrimaryRegion: REGION }), entry('replica', { PrimaryRegion: 'us-east-1' })], NextToken: 't-2' }),
        call('ListSecrets', { MaxResults: 100, NextToken: 't-2' }, { SecretList: [entry('unreplicated')] }),
      ],
      REGIONS,
    );
    const secrets = await loader.load('secretsmanager.secrets', REGION);
    expect(secrets.map((s) => s.Name)).toEqual(['primary-here', 'unreplicated']);
    expect(secrets[1]!.CreatedDate).toEqual(new Date('2026-01-01T00:00:00.000Z'));
    expect(sent.map((r) => r.input)).toEqual([{ MaxResults: 100 }, { MaxResults: 100, NextToken: 't-2' }]);
  });

  it('reads each secret\'s resource policy by ARN: no ResourcePolicy field is no policy, a deleted secret is dropped, a refusal kept', async () => {
    const { loader, sent } = replayLoader(
      [
        call('ListSecrets', { MaxResults: 100 }, { SecretList: [entry('with'), entry('without'), entry('gone'), entry('hidden'), entry('replica', { PrimaryRegion: 'us-east-1' })] }),
        call('GetResourcePolicy', { SecretId: arn('with') }, { ARN: arn('with'), Name: 'with', ResourcePolicy: '{"Version":"2012-10-17","Statement":[]}' }),
        call('GetResourcePolicy', { SecretId: arn('without') }, { ARN: arn('without'), Name: 'without' }),
        refused('GetResourcePolicy', { SecretId: arn('gone') }, 'ResourceNotFoundException'),
        refused('GetResourcePolicy', { SecretId: arn('hidden') }, 'AccessDeniedException', 403),
      ],
      REGIONS,
    );
    const policies = await loader.load('secretsmanager.resourcePolicies', REGION);
    expect(policies.map((p) => [p.secret.Name, p.policy.ok ? p.policy.value : p.policy.error.code])).toEqual([
      ['with', '{"Version":"2012-10-17","Statement":[]}'],
      ['without', undefined],
      ['hidden', 'AccessDeniedException'],
    ]);
    // The replica's policy is its primary's: not asked here.
    expect(sent.filter((r) => r.operation === 'GetResourcePolicy')).toHaveLength(4);
  });

  it('never reaches an operation that returns a secret value', () => {
    const ops = allOperationIds().filter((op) => op.startsWith('secretsmanager:'));
    expect(ops.sort()).toEqual(['secretsmanager:GetResourcePolicy', 'secretsmanager:ListSecrets']);
  });
});

describe('the demo account replayed through the Secrets Manager checks', () => {
  const checks = CHECKS.filter((c) => c.service === 'secretsmanager');
  let result: Awaited<ReturnType<typeof runChecks>>;
  beforeAll(async () => {
    const { loader } = replayLoader(demo as RecordedCall[], REGIONS);
    result = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW });
  });

  it('covers the 5 Secrets Manager checks', () => expect(checks).toHaveLength(5));

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(checks.map((c) => c.id))('%s has a PASS and a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });

  it('judges the EU replica of the orders secret only in its primary region', () => {
    const regions = result.findings.filter((f) => f.resourceId === 'prod/orders/db').map((f) => f.region);
    expect(new Set(regions)).toEqual(new Set(['us-east-1']));
  });
});
