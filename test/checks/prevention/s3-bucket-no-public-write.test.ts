import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/s3-bucket-no-public-write.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'eu-west-1' });
const group = (who: string, Permission: string) => ({ Grantee: { Type: 'Group', URI: `http://acs.amazonaws.com/groups/global/${who}` }, Permission });
const policyOf = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allowAll = (name: string, extra: object = {}) => ({ Sid: 'Open', Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:*', Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`], ...extra });

const judge = (name: string, setup: { grants?: object[]; policy?: Fetched<string | null>; block?: object | null; account?: object | null }) =>
  evaluate(
    check,
    {
      's3.bucketAcls': [{ bucket: bucket(name), result: ok({ Grants: setup.grants ?? [] }) }],
      's3.bucketPolicies': [{ bucket: bucket(name), result: setup.policy ?? ok(null) }],
      's3.bucketPublicAccessBlocks': [{ bucket: bucket(name), result: ok(setup.block ?? null) }],
      's3.accountPublicAccessBlockRead': ok(setup.account ?? null),
    },
    { region: 'global' },
  );

describe('s3-bucket-no-public-write', () => {
  it('passes a bucket without public grants', () => {
    const findings = judge('acme-private', {});
    expect(verdicts(findings)).toEqual([['PASS', 'acme-private']]);
    expect(findings[0]!.region).toBe('eu-west-1');
  });

  it('fails a policy allowing s3:* to {"AWS": "*"}', () => {
    const findings = judge('acme-open', { policy: ok(policyOf(allowAll('acme-open'))) });
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-open']]);
    expect(findings[0]!.message).toBe(
      "Bucket acme-open is publicly writable: policy statement 'Open' allows s3:* to everyone; Block Public Access RestrictPublicBuckets is off at both bucket and account level.",
    );
  });

  it.each(['WRITE', 'WRITE_ACP', 'FULL_CONTROL'])('fails an ACL granting %s to AllUsers', (permission) => {
    expect(verdicts(judge('acme-legacy', { grants: [group('AllUsers', permission)] }))).toEqual([['FAIL', 'acme-legacy']]);
  });

  it('passes a public ACL neutralised by IgnorePublicAcls at bucket level', () => {
    const findings = judge('acme-legacy', { grants: [group('AllUsers', 'WRITE')], block: { IgnorePublicAcls: true } });
    expect(verdicts(findings)).toEqual([['PASS', 'acme-legacy']]);
    expect(findings[0]!.message).toContain('IgnorePublicAcls (bucket level) neutralises it');
  });

  it('near miss: a public read ACL (READ, READ_ACP) is not public write', () => {
    expect(verdicts(judge('acme-site', { grants: [group('AllUsers', 'READ'), group('AllUsers', 'READ_ACP')] }))).toEqual([['PASS', 'acme-site']]);
  });

  it('near miss: NotAction of the read actions still allows every write', () => {
    const notRead = allowAll('acme-odd', { Action: undefined, NotAction: ['s3:Get*', 's3:List*'] });
    const findings = judge('acme-odd', { policy: ok(policyOf(notRead)) });
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-odd']]);
    expect(findings[0]!.message).toContain('every action except s3:Get*, s3:List*');
  });

  it('near miss: a write grant to everyone in the organization is not public', () => {
    const org = allowAll('acme-shared', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } });
    expect(verdicts(judge('acme-shared', { policy: ok(policyOf(org)) }))).toEqual([['PASS', 'acme-shared']]);
  });

  it('reports ERROR when the policy cannot be read', () => {
    const findings = judge('acme-locked', { policy: failed(awsError('AccessDenied', 's3:GetBucketPolicy')) });
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-locked']]);
  });

  it('reports ERROR when the buckets cannot be listed', async () => {
    const listing = awsError('AccessDenied', 's3:ListBuckets');
    const findings = await run(check, { 's3.bucketAcls': listing, 's3.bucketPolicies': listing, 's3.bucketPublicAccessBlocks': listing, 's3.accountPublicAccessBlockRead': ok(null) });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
