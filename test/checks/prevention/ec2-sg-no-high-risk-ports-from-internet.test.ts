import type { IpPermission } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-sg-no-high-risk-ports-from-internet.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const rule = (IpProtocol: string, ports: [number, number] | undefined, cidrs: string[], cidrs6: string[] = []): IpPermission => ({
  IpProtocol,
  ...(ports ? { FromPort: ports[0], ToPort: ports[1] } : {}),
  IpRanges: cidrs.map((CidrIp) => ({ CidrIp })),
  Ipv6Ranges: cidrs6.map((CidrIpv6) => ({ CidrIpv6 })),
  PrefixListIds: [],
  UserIdGroupPairs: [],
});
const sg = (id: string, name: string, ingress: IpPermission[]) => ({
  GroupId: id,
  GroupName: name,
  Description: name,
  OwnerId: '123456789012',
  VpcId: 'vpc-0a1b2c3d',
  SecurityGroupArn: `arn:aws:ec2:us-east-1:123456789012:security-group/${id}`,
  IpPermissions: ingress,
  IpPermissionsEgress: [],
});
const groups = (...list: ReturnType<typeof sg>[]) => ({ 'ec2.securityGroups': list, 'ec2.networkInterfaces': [] });
const listingDenied = () => run(check, { 'ec2.securityGroups': awsError('UnauthorizedOperation', 'ec2:DescribeSecurityGroups'), 'ec2.networkInterfaces': [] });

describe('ec2-sg-no-high-risk-ports-from-internet', () => {
  it('passes web ports open to the internet', () => {
    const findings = evaluate(check, groups(sg('sg-0a', 'prod-alb-sg', [rule('tcp', [80, 80], ['0.0.0.0/0']), rule('tcp', [443, 443], ['0.0.0.0/0'], ['::/0'])])));
    expect(verdicts(findings)).toEqual([['PASS', 'sg-0a']]);
  });

  it('fails PostgreSQL and Elasticsearch open to the internet, listing both rules', () => {
    const findings = evaluate(check, groups(sg('sg-0b', 'analytics-sg', [rule('tcp', [5432, 5432], ['0.0.0.0/0']), rule('tcp', [9200, 9300], ['0.0.0.0/0'])])));
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0b']]);
    expect(findings[0]!.message).toContain('TCP 5432 from 0.0.0.0/0; TCP 9200-9300 from 0.0.0.0/0 (opens 9200, 9300)');
  });

  it('near miss: TCP 8000-8100 covers 8080 and 8088', () => {
    const findings = evaluate(check, groups(sg('sg-0c', 'app-range', [rule('tcp', [8000, 8100], ['0.0.0.0/0'])])));
    expect(verdicts(findings)).toEqual([['FAIL', 'sg-0c']]);
    expect(findings[0]!.message).toContain('(opens 8080, 8088)');
  });

  it('near miss: TCP 8081-8087 falls between listed ports', () => {
    expect(verdicts(evaluate(check, groups(sg('sg-0d', 'between', [rule('tcp', [8081, 8087], ['0.0.0.0/0'])]))))).toEqual([['PASS', 'sg-0d']]);
  });

  it('reports ERROR when the groups cannot be listed', async () => {
    expect((await listingDenied()).map((f) => f.status)).toEqual(['ERROR']);
  });
});
