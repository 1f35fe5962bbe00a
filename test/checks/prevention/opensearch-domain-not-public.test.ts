import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/opensearch-domain-not-public.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { domain, domainArn, publicEndpoint, unreadDomain } from '../../fixtures/opensearch.js';

const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const open = (name: string, Condition?: object) => ({
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: 'es:*',
  Resource: `${domainArn(name)}/*`,
  ...(Condition ? { Condition } : {}),
});

describe('opensearch-domain-not-public', () => {
  it('passes a VPC domain, with Opensearch.2 or ES.2 by engine', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('search'), domain('es', { EngineVersion: 'Elasticsearch_7.10' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'search'], ['PASS', 'es']]);
    expect(findings[0]!.message).toBe('OpenSearch domain search (OpenSearch_2.13) is in VPC vpc-0a1b2c3d4e5f60101, not on a public endpoint.');
    expect(findings.map((f) => f.controls)).toEqual([['Opensearch.2'], ['ES.2']]);
  });

  it('passes a VPC domain whose answer leaves out VPCId but gives its subnets or its vpc endpoint', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [
        domain('subnets', { VPCOptions: { SubnetIds: ['subnet-0a1b2c3d4e5f60102'], SecurityGroupIds: ['sg-0a1b2c3d4e5f60108'] } }),
        domain('endpoint', { VPCOptions: undefined, Endpoints: { vpc: 'vpc-endpoint-abc.us-east-1.es.amazonaws.com' } }),
      ],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'subnets'], ['PASS', 'endpoint']]);
    expect(findings[0]!.message).toContain('is in a VPC (subnets subnet-0a1b2c3d4e5f60102)');
  });

  it('fails a public domain whose access policy is open to everyone, naming the statement', () => {
    const findings = evaluate(check, { 'opensearch.domains': [domain('open', { ...publicEndpoint('open'), AccessPolicies: policy({ Sid: 'Anyone', ...open('open') }) })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'open']]);
    expect(findings[0]!.message).toBe(
      "OpenSearch domain open (OpenSearch_2.13) has a public endpoint (search-open-abc123.us-east-1.es.amazonaws.com): it is not in a VPC. Its access policy is open to everyone: statement 'Anyone' allows es:*, with no condition that pins the caller.",
    );
  });

  it('near miss: a public domain restricted by source IP still FAILs, graded as restricted', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('office', { ...publicEndpoint('office'), AccessPolicies: policy(open('office', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } })) })],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'office']]);
    expect(findings[0]!.message).toContain('Its access policy is restricted to aws:SourceIp 203.0.113.0/24.');
  });

  it('near miss: aws:SourceIp 0.0.0.0/0 pins nothing, so the policy is open to everyone', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [domain('wide', { ...publicEndpoint('wide'), AccessPolicies: policy(open('wide', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })) })],
    });
    expect(findings[0]!.message).toContain('Its access policy is open to everyone: statement #1 allows es:*');
  });

  it('grades a public domain restricted to a role, one without a policy, and one whose policy cannot be read', () => {
    const findings = evaluate(check, {
      'opensearch.domains': [
        domain('role', { ...publicEndpoint('role') }),
        domain('none', { ...publicEndpoint('none'), AccessPolicies: '' }),
        domain('garbled', { ...publicEndpoint('garbled'), AccessPolicies: '{"Statement": ' }),
      ],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'role'], ['FAIL', 'none'], ['FAIL', 'garbled']]);
    expect(findings[0]!.message).toContain('Its access policy is restricted to arn:aws:iam::123456789012:role/search-app.');
    expect(findings[1]!.message).toContain('It has no access policy');
    expect(findings[2]!.message).toContain('Its access policy could not be read');
  });

  it('reports ERROR for an unread domain and for a failed listing', async () => {
    expect(verdicts(evaluate(check, { 'opensearch.domains': [unreadDomain('hidden', awsError('AccessDeniedException', 'es:DescribeDomains'))] }))).toEqual([['ERROR', 'hidden']]);
    const findings = await run(check, { 'opensearch.domains': awsError('AccessDeniedException', 'es:ListDomainNames') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
