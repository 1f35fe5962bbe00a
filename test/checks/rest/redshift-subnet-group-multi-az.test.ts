import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/rest/redshift-subnet-group-multi-az.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const subnetGroup = (name: string, zones: Array<string | undefined>) => ({
  ClusterSubnetGroupName: name,
  Description: name,
  VpcId: 'vpc-0a1b2c3d4e5f60101',
  SubnetGroupStatus: 'Complete',
  Subnets: zones.map((zone, i) => ({ SubnetIdentifier: `subnet-${name}-${i}`, ...(zone ? { SubnetAvailabilityZone: { Name: zone, SupportedPlatforms: [] } } : {}), SubnetStatus: 'Active' })),
});

describe('redshift-subnet-group-multi-az', () => {
  it('passes a subnet group over two zones', () => {
    const findings = evaluate(check, { 'redshift.subnetGroups': [subnetGroup('warehouse', ['us-east-1a', 'us-east-1b'])] });
    expect(verdicts(findings)).toEqual([['PASS', 'warehouse']]);
    expect(findings[0]!.message).toBe('Redshift cluster subnet group warehouse spans 2 Availability Zones (2 subnets in us-east-1a, us-east-1b).');
    expect(findings[0]!.resourceArn).toBe('arn:aws:redshift:us-east-1:123456789012:subnetgroup:warehouse');
  });

  it('fails a subnet group in one zone', () => {
    const findings = evaluate(check, { 'redshift.subnetGroups': [subnetGroup('single', ['us-east-1a'])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'single']]);
    expect(findings[0]!.message).toBe('Redshift cluster subnet group single does not span 2 Availability Zones: it has 1 subnet in us-east-1a.');
  });

  it('near miss: three subnets all in the same zone FAIL', () => {
    const findings = evaluate(check, { 'redshift.subnetGroups': [subnetGroup('crowded', ['us-east-1a', 'us-east-1a', 'us-east-1a'])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'crowded']]);
  });

  it('reports ERROR when zones are not reported or the groups cannot be listed', async () => {
    expect(verdicts(evaluate(check, { 'redshift.subnetGroups': [subnetGroup('bare', ['us-east-1a', undefined])] }))).toEqual([['ERROR', 'bare']]);
    const findings = await run(check, { 'redshift.subnetGroups': awsError('AccessDenied', 'redshift:DescribeClusterSubnetGroups') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
