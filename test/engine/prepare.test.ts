import { describe, expect, it } from 'vitest';
import type { AwsService } from '../../src/aws/catalogue.js';
import type { AwsRequest } from '../../src/aws/errors.js';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { scan } from '../../src/engine/scan.js';

describe('scan tells the transport which services it will call', () => {
  it('before the first request (STS), that EC2 comes next, for the Regions', async () => {
    const events: string[] = [];
    let prepared: readonly AwsService[] = [];
    const transport = {
      prepare(services: readonly AwsService[]) {
        events.push('prepare');
        prepared = services;
      },
      async send(req: AwsRequest): Promise<Record<string, unknown>> {
        events.push(`${req.service}:${req.operation}`);
        if (req.operation === 'GetCallerIdentity') return { Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/a' };
        if (req.operation === 'DescribeRegions') return { Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }] };
        return {};
      },
    };
    const checks = CHECKS.filter((check) => check.service === 's3');
    await scan({ transport, checks, datasets: DATASETS, homeRegion: 'us-east-1', concurrency: 4, source: 'aws' });
    expect(events[0]).toBe('prepare');
    expect(events[1]).toBe('sts:GetCallerIdentity');
    expect(prepared).toEqual(['ec2']);
    expect(events[2]).toBe('ec2:DescribeRegions');
  });
});
