import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/s3-bucket-policy-no-public-principal.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const policyOf = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const open = (extra: object = {}) => ({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-site/*', ...extra });
const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

function judge(policy: Fetched<string | null>, block: Fetched<object | null> = ok(null), account: Fetched<object | null> = ok(null)) {
  const b = bucket('acme-site');
  return evaluate(
    check,
    { 's3.bucketPolicies': [{ bucket: b, result: policy }], 's3.bucketPublicAccessBlocks': [{ bucket: b, result: block }], 's3.accountPublicAccessBlockRead': account },
    { region: 'global' },
  );
}

describe('s3-bucket-policy-no-public-principal', () => {
  it('passes a bucket without a policy, and one whose policy names principals only', () => {
    expect(judge(ok(null))[0]!.message).toBe('Bucket acme-site has no bucket policy.');
    const named = judge(ok(policyOf(open({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }))));
    expect(verdicts(named)).toEqual([['PASS', 'acme-site']]);
  });

  it('fails any action to everyone, not only reads and writes', () => {
    const findings = judge(ok(policyOf(open({ Action: 's3:GetBucketLocation', Resource: 'arn:aws:s3:::acme-site' }))));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-site']]);
    expect(findings[0]!.message).toBe("Bucket acme-site's policy allows access to everyone with no condition that pins the caller: statement 'Open' allows s3:GetBucketLocation to everyone.");
  });

  it('fails {"AWS": "*"} and NotPrincipal, the other spellings of everyone', () => {
    expect(judge(ok(policyOf(open({ Principal: { AWS: ['*'] } }))))[0]!.status).toBe('FAIL');
    const not = judge(ok(policyOf({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:*', Resource: '*' })));
    expect(not[0]!.message).toContain('statement #1 allows s3:* to everyone not named in its NotPrincipal');
  });

  it('near miss: Block Public Access does not change the verdict, but the message says RestrictPublicBuckets makes the grant ineffective', () => {
    const [finding] = judge(ok(policyOf(open())), ok(ALL_ON));
    expect(finding!.status).toBe('FAIL');
    expect(finding!.message).toContain('RestrictPublicBuckets (bucket level) makes the grant ineffective');
    const [byAccount] = judge(ok(policyOf(open())), ok(null), ok(ALL_ON));
    expect(byAccount!.message).toContain('RestrictPublicBuckets (account level)');
  });

  it('passes a grant to everyone pinned by an organization, a VPC endpoint or a source account', () => {
    for (const condition of [
      { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f60718' } },
      { StringEquals: { 'aws:SourceAccount': '123456789012' }, ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/E1' } },
      { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    ]) {
      const [finding] = judge(ok(policyOf(open({ Condition: condition }))));
      expect(finding!.status, JSON.stringify(condition)).toBe('PASS');
      expect(finding!.message).toContain('only under conditions that pin the caller');
    }
  });

  it('near miss: wildcard values, /0 ranges and negated operators do not pin', () => {
    for (const condition of [
      { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:*' } },
      { StringLike: { 'aws:PrincipalAccount': '*' } },
      { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
      { StringNotEquals: { 'aws:PrincipalAccount': '444455556666' } },
      { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
    ]) {
      expect(judge(ok(policyOf(open({ Condition: condition }))))[0]!.status, JSON.stringify(condition)).toBe('FAIL');
    }
  });

  it('near miss: Service and Federated principals are not everyone', () => {
    const service = open({ Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject' });
    const federated = open({ Principal: { Federated: 'cognito-identity.amazonaws.com' } });
    expect(verdicts(judge(ok(policyOf(service, federated))))).toEqual([['PASS', 'acme-site']]);
  });

  it('reports ERROR when the policy cannot be read or does not parse, but not for an unreadable Block Public Access', async () => {
    expect(judge(failed(awsError('AccessDenied', 's3:GetBucketPolicy')))[0]!.status).toBe('ERROR');
    expect(judge(ok('{"Statement": ['))[0]!.status).toBe('ERROR');
    expect(judge(ok(policyOf(open())), failed(awsError('AccessDenied', 's3:GetPublicAccessBlock')))[0]!.status).toBe('FAIL');
    const findings = await run(
      check,
      { 's3.bucketPolicies': awsError('AccessDenied', 's3:ListBuckets'), 's3.bucketPublicAccessBlocks': [], 's3.accountPublicAccessBlockRead': ok(null) },
      { region: 'global' },
    );
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
