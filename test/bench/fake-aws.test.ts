// The benchmark's synthetic account and fake AWS: sizes add up, runs repeat, and a whole scan
// through the real SDK clients gets an answer to every request it sends.
import { describe, expect, it } from 'vitest';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { scan } from '../../src/engine/scan.js';
// @ts-expect-error -- plain ESM script without type declarations
import { generateAccount, REGIONS, resourceCounts, spread } from '../../scripts/bench/account.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { longestChain } from '../../scripts/bench/chain.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { createFakeAws } from '../../scripts/bench/fake-aws.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import { httpHandler } from '../../scripts/bench/fake-handler.mjs';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('synthetic account', () => {
  it('has about the number of resources asked for, over 17 Regions', () => {
    for (const size of [100, 2000, 20_000]) expect(Math.abs(total(resourceCounts(size)) - size)).toBeLessThanOrEqual(size * 0.02 + 5);
    expect(REGIONS).toHaveLength(17);
  });

  it('spreads items over the Regions without losing any, the home Region holding the most', () => {
    const parts = spread(1000) as number[];
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(Math.max(...parts)).toBe(parts[0]);
    expect(spread(3).reduce((a: number, b: number) => a + b, 0)).toBe(3);
  });

  it('is the same account for the same size and seed', () => {
    const a = generateAccount({ resources: 500, seed: 3 });
    const b = generateAccount({ resources: 500, seed: 3 });
    expect(a.global.s3.buckets.map((x: { Name: string }) => x.Name)).toEqual(b.global.s3.buckets.map((x: { Name: string }) => x.Name));
    expect(a.regional['eu-west-1'].ec2.instances.map((i: { InstanceId: string }) => i.InstanceId)).toEqual(
      b.regional['eu-west-1'].ec2.instances.map((i: { InstanceId: string }) => i.InstanceId),
    );
  });
});

describe('fake AWS', () => {
  it('answers a full scan through the SDK: every operation, no duplicate, no throttling, no ERROR', async () => {
    // Two Regions of a 600-resource account: every kind of resource is there, and the test stays quick.
    const account = generateAccount({ resources: 600 });
    const fake = createFakeAws(account, { latencyMs: 0 });
    const transport = new SdkTransport({
      credentials: async () => ({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'example-secret' }),
      maxAttempts: 2,
      requestTimeoutMs: 5000,
      connectionTimeoutMs: 1000,
      requestHandler: httpHandler(fake.answer),
      env: {},
    });
    const regions = ['eu-west-1', 'us-east-1'];
    const { report } = await scan({ transport, checks: CHECKS, datasets: DATASETS, regions, homeRegion: 'us-east-1', concurrency: 16, source: 'aws' });
    transport.destroy();
    expect(fake.stats.unhandled).toEqual({});
    expect(fake.stats.duplicates).toBe(0);
    expect(fake.stats.throttled).toBe(0);
    expect(report.regions).toEqual(regions);
    expect(report.findings.filter((f) => f.status === 'ERROR').map((f) => f.message)).toEqual([]);
    expect(report.findings.some((f) => f.status === 'FAIL')).toBe(true);
    const called = new Set(Object.keys(fake.stats.byOperation));
    // A read that follows a listing, per service: the account holds resources of every kind the checks read.
    const deepReads = [
      ...['ec2:DescribeSnapshotAttribute', 'ec2:DescribeLaunchTemplateVersions', 'kms:GetKeyRotationStatus', 'elbv2:DescribeRules', 'elbv2:DescribeListenerCertificates', 'rds:DescribeDBParameters'],
      ...['s3:GetBucketAcl', 's3control:GetAccessPoint', 'iam:GetPolicyVersion', 'acm:DescribeCertificate', 'apigateway:GetStages', 'apigateway:GetResources', 'apigatewayv2:GetIntegrations'],
      ...['cloudfront:GetDistributionConfig', 'wafv2:GetWebACL', 'wafv2:GetRuleGroup', 'wafv2:GetLoggingConfiguration', 'shield:ListProtections', 'lambda:GetPolicy'],
      ...['lambda:ListFunctionUrlConfigs', 'secretsmanager:GetResourcePolicy', 'ssm:DescribeDocumentPermission', 'ssm:ListResourceComplianceSummaries', 'guardduty:GetDetector'],
      ...['securityhub:GetEnabledStandards', 'config:DescribeConfigurationRecorderStatus', 'accessanalyzer:ListFindings', 'logs:DescribeMetricFilters', 'sns:ListSubscriptionsByTopic'],
      ...['sqs:GetQueueAttributes', 'dynamodb:DescribeContinuousBackups', 'dax:DescribeClusters', 'efs:DescribeMountTargets', 'efs:DescribeAccessPoints', 'elasticache:DescribeReplicationGroups'],
      ...['opensearch:DescribeDomains', 'redshift:DescribeLoggingStatus', 'redshift-serverless:ListWorkgroups', 'ecr:GetRepositoryPolicy', 'backup:GetBackupSelection', 'backup:ListRecoveryPointsByBackupVault'],
    ];
    expect(deepReads.filter((op) => !called.has(op))).toEqual([]);

    const chain = longestChain(DATASETS, fake.stats.listings, { homeRegion: 'us-east-1', regions });
    expect(chain.path.slice(0, 2)).toEqual(['sts:GetCallerIdentity', 'ec2:DescribeRegions']);
    expect(chain.length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
