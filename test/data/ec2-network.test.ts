// The EC2 network datasets against recorded answers, and the demo account replayed through every
// network check: each check meets a PASS, most a FAIL, and nothing is left unrecorded.
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import demo from '../../scripts/demo/ec2-network.mjs';
import { replayLoader } from '../helpers/replay-loader.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const NETWORK_CHECKS = /^ec2-(sg|nacl|vpc|subnet|transit|client|vpn|eni)-/;

const loaderFor = (calls: RecordedCall[], regions = REGIONS) => replayLoader(calls, regions);

const call = (operation: string, output: unknown, region = 'us-east-1'): RecordedCall => ({ service: 'ec2', region, operation, input: {}, output });

describe('ec2 network datasets', () => {
  it('pages security groups to the end', async () => {
    const { loader, sent } = loaderFor([
      call('DescribeSecurityGroups', { SecurityGroups: [{ GroupId: 'sg-1' }], NextToken: 'page-2' }),
      { service: 'ec2', region: 'us-east-1', operation: 'DescribeSecurityGroups', input: { NextToken: 'page-2' }, output: { SecurityGroups: [{ GroupId: 'sg-2' }] } },
    ]);
    expect((await loader.load('ec2.securityGroups', 'us-east-1')).map((g) => g.GroupId)).toEqual(['sg-1', 'sg-2']);
    expect(sent.map((r) => r.input)).toEqual([{}, { NextToken: 'page-2' }]);
  });

  it('reads VPC Block Public Access options, and an empty answer as no options', async () => {
    const { loader } = loaderFor([
      call('DescribeVpcBlockPublicAccessOptions', { VpcBlockPublicAccessOptions: { InternetGatewayBlockMode: 'block-ingress', State: 'update-complete' } }),
      call('DescribeVpcBlockPublicAccessOptions', {}, 'eu-west-1'),
    ]);
    expect(await loader.load('ec2.vpcBlockPublicAccess', 'us-east-1')).toEqual({ InternetGatewayBlockMode: 'block-ingress', State: 'update-complete' });
    expect(await loader.load('ec2.vpcBlockPublicAccess', 'eu-west-1')).toEqual({});
  });

  it('lets a refused listing fail the dataset, for the runner to report', async () => {
    const { loader } = loaderFor([
      { service: 'ec2', region: 'us-east-1', operation: 'DescribeVpnConnections', input: {}, error: { code: 'UnauthorizedOperation', message: 'refused', httpStatus: 403 } },
    ]);
    await expect(loader.load('ec2.vpnConnections', 'us-east-1')).rejects.toMatchObject({ info: { code: 'UnauthorizedOperation', action: 'ec2:DescribeVpnConnections' } });
  });
});

describe('the demo account through the network checks', () => {
  it('gives every network check a PASS, no ERROR, and the expected FAILs', async () => {
    const checks = CHECKS.filter((c) => NETWORK_CHECKS.test(c.id));
    expect(checks).toHaveLength(19);
    const { loader } = loaderFor(demo as RecordedCall[]);
    const { findings } = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW });
    expect(findings.filter((f) => f.status === 'ERROR').map((f) => f.message)).toEqual([]);
    for (const check of checks) expect(findings.some((f) => f.checkId === check.id && f.status === 'PASS'), `${check.id} has a PASS`).toBe(true);
    const failed = (id: string) => findings.filter((f) => f.checkId === id && f.status === 'FAIL').map((f) => `${f.region} ${f.resourceId}`).sort();
    expect(failed('ec2-sg-no-admin-ports-from-ipv4-internet')).toEqual(['us-east-1 sg-0a1b2c3d4e5f60104', 'us-east-1 sg-0a1b2c3d4e5f60105']);
    expect(failed('ec2-sg-no-admin-ports-from-ipv6-internet')).toEqual(['eu-west-1 sg-0e1f2a3b4c5d60202', 'us-east-1 sg-0a1b2c3d4e5f60104']);
    expect(failed('ec2-sg-default-restricts-all-traffic')).toEqual(['eu-west-1 sg-0e1f2a3b4c5d60290', 'us-east-1 sg-0a1b2c3d4e5f60190']);
    expect(failed('ec2-sg-no-ssh-from-internet')).toEqual(['us-east-1 sg-0a1b2c3d4e5f60104']);
    expect(failed('ec2-sg-no-rdp-from-internet')).toEqual(['us-east-1 sg-0a1b2c3d4e5f60105']);
    expect(failed('ec2-sg-no-cifs-from-internet')).toEqual(['us-east-1 sg-0a1b2c3d4e5f60105']);
    expect(failed('ec2-sg-no-high-risk-ports-from-internet')).toEqual([
      'eu-west-1 sg-0e1f2a3b4c5d60202',
      'us-east-1 sg-0a1b2c3d4e5f60104',
      'us-east-1 sg-0a1b2c3d4e5f60105',
      'us-east-1 sg-0a1b2c3d4e5f60107',
    ]);
    expect(failed('ec2-sg-internet-ingress-only-authorized-ports')).toEqual([
      'eu-west-1 sg-0e1f2a3b4c5d60202',
      'us-east-1 sg-0a1b2c3d4e5f60104',
      'us-east-1 sg-0a1b2c3d4e5f60105',
      'us-east-1 sg-0a1b2c3d4e5f60107',
    ]);
    expect(failed('ec2-nacl-no-admin-ports-from-internet')).toEqual([
      'eu-west-1 acl-0e1f2a3b4c5d60202',
      'us-east-1 acl-0a1b2c3d4e5f60100',
      'us-east-1 acl-0a1b2c3d4e5f60102',
      'us-east-1 acl-0a1b2c3d4e5f60190',
    ]);
    expect(failed('ec2-nacl-associated')).toEqual(['us-east-1 acl-0a1b2c3d4e5f60102']);
    expect(failed('ec2-vpc-flow-logs-enabled')).toEqual(['eu-west-1 vpc-0e1f2a3b4c5d60202', 'us-east-1 vpc-0a1b2c3d4e5f60190']);
    expect(failed('ec2-vpc-ec2-endpoint-configured')).toEqual(['eu-west-1 vpc-0e1f2a3b4c5d60201', 'us-east-1 vpc-0a1b2c3d4e5f60190']);
    expect(failed('ec2-vpc-block-public-access-enabled')).toEqual(['eu-west-1 123456789012/eu-west-1']);
    expect(failed('ec2-subnet-no-auto-public-ip')).toEqual(['us-east-1 subnet-0a1b2c3d4e5f60190']);
    expect(failed('ec2-transit-gateway-no-auto-accept')).toEqual(['eu-west-1 tgw-0e1f2a3b4c5d60201']);
    expect(failed('ec2-client-vpn-connection-logging')).toEqual(['eu-west-1 cvpn-endpoint-0e1f2a3b4c5d60201']);
    expect(failed('ec2-vpn-connection-logging')).toEqual(['us-east-1 vpn-0a1b2c3d4e5f60102']);
    expect(failed('ec2-vpn-connection-ikev2-only')).toEqual(['us-east-1 vpn-0a1b2c3d4e5f60102']);
    expect(failed('ec2-eni-source-dest-check-enabled')).toEqual(['us-east-1 eni-0a1b2c3d4e5f60120']);
  });
});
