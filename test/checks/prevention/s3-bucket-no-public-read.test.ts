import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/s3-bucket-no-public-read.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const OWNER_GRANT = { Grantee: { Type: 'CanonicalUser', ID: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' }, Permission: 'FULL_CONTROL' };
const ALL_USERS_READ = { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' };
const policyOf = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const publicRead = (name: string, extra: object = {}) => ({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: `arn:aws:s3:::${name}/*`, ...extra });

interface Setup {
  grants?: object[];
  policy?: Fetched<string | null>;
  block?: object | null;
  account?: object | null;
  accountRead?: Fetched<object | null>;
  acl?: Fetched<object>;
}

const judge = (name: string, setup: Setup) =>
  evaluate(
    check,
    {
      's3.bucketAcls': [{ bucket: bucket(name), result: setup.acl ?? ok({ Owner: { ID: OWNER_GRANT.Grantee.ID }, Grants: [OWNER_GRANT, ...(setup.grants ?? [])] }) }],
      's3.bucketPolicies': [{ bucket: bucket(name), result: setup.policy ?? ok(null) }],
      's3.bucketPublicAccessBlocks': [{ bucket: bucket(name), result: ok(setup.block ?? null) }],
      's3.accountPublicAccessBlockRead': setup.accountRead ?? ok(setup.account ?? null),
    },
    { region: 'global' },
  );

describe('s3-bucket-no-public-read', () => {
  it('passes a bucket with only the owner grant and no policy', () => {
    const findings = judge('acme-private', {});
    expect(verdicts(findings)).toEqual([['PASS', 'acme-private']]);
    expect(findings[0]!.message).toBe('Bucket acme-private grants no public read or list access through its ACL and it has no bucket policy.');
  });

  it('fails a bucket whose ACL lets AllUsers read', () => {
    const findings = judge('acme-legacy-site', { grants: [ALL_USERS_READ] });
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-legacy-site']]);
    expect(findings[0]!.message).toBe(
      'Bucket acme-legacy-site is publicly readable: the ACL grants READ to AllUsers (everyone); Block Public Access IgnorePublicAcls is off at both bucket and account level.',
    );
  });

  it('fails a bucket whose policy lets everyone get objects', () => {
    const findings = judge('acme-web', { policy: ok(policyOf(publicRead('acme-web'))) });
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-web']]);
    expect(findings[0]!.message).toContain("policy statement 'PublicRead' allows s3:GetObject to everyone");
  });

  it('fails a bucket whose ACL lets any AWS account (AuthenticatedUsers) list it', () => {
    const grant = { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, Permission: 'READ' };
    expect(verdicts(judge('acme-shared', { grants: [grant] }))).toEqual([['FAIL', 'acme-shared']]);
  });

  it('passes a public policy neutralised by RestrictPublicBuckets at account level, and says so', () => {
    const findings = judge('acme-web', { policy: ok(policyOf(publicRead('acme-web'))), account: { RestrictPublicBuckets: true } });
    expect(verdicts(findings)).toEqual([['PASS', 'acme-web']]);
    expect(findings[0]!.message).toContain('but RestrictPublicBuckets (account level) neutralises it');
  });

  it('near miss: BlockPublicAcls and BlockPublicPolicy do not neutralise existing public grants', () => {
    const findings = judge('acme-web', {
      grants: [ALL_USERS_READ],
      policy: ok(policyOf(publicRead('acme-web'))),
      block: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: false, RestrictPublicBuckets: false },
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-web']]);
    expect(findings[0]!.message).toContain('IgnorePublicAcls and RestrictPublicBuckets are off');
  });

  it('near miss: a public Allow pinned to a VPC endpoint is not public', () => {
    const pinned = publicRead('acme-internal', { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f' } } });
    expect(verdicts(judge('acme-internal', { policy: ok(policyOf(pinned)) }))).toEqual([['PASS', 'acme-internal']]);
  });

  it('near miss: aws:SourceIp 0.0.0.0/0 pins nothing', () => {
    const open = publicRead('acme-web', { Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } });
    expect(verdicts(judge('acme-web', { policy: ok(policyOf(open)) }))).toEqual([['FAIL', 'acme-web']]);
  });

  it('near miss: an Allow with NotPrincipal is everyone else', () => {
    const notPrincipal = publicRead('acme-web', { Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' } });
    const findings = judge('acme-web', { policy: ok(policyOf(notPrincipal)) });
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-web']]);
    expect(findings[0]!.message).toContain('everyone not named in its NotPrincipal');
  });

  it('near miss: a public write-only grant is not public read', () => {
    const upload = publicRead('acme-dropbox', { Action: 's3:PutObject' });
    expect(verdicts(judge('acme-dropbox', { policy: ok(policyOf(upload)) }))).toEqual([['PASS', 'acme-dropbox']]);
  });

  it('reports ERROR when the policy cannot be read, even with a clean ACL', () => {
    const findings = judge('acme-locked', { policy: failed(awsError('AccessDenied', 's3:GetBucketPolicy')) });
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-locked']]);
    expect(findings[0]!.error?.action).toBe('s3:GetBucketPolicy');
  });

  it('reports ERROR when the ACL cannot be read', () => {
    const findings = judge('acme-locked', { acl: failed(awsError('AccessDenied', 's3:GetBucketAcl')) });
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-locked']]);
  });

  it('reports ERROR for a public bucket when the account setting cannot be read (it might neutralise the grant)', () => {
    const findings = judge('acme-legacy-site', { grants: [ALL_USERS_READ], accountRead: failed(awsError('AccessDenied', 's3control:GetPublicAccessBlock')) });
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-legacy-site']]);
    expect(findings[0]!.message).toContain('Could not evaluate bucket acme-legacy-site (it has a public grant that only the account-level Block Public Access could neutralise)');
    expect(findings[0]!.error?.action).toBe('s3control:GetPublicAccessBlock');
  });

  it('still passes a bucket with no public grant when the account setting cannot be read, instead of failing the whole check', () => {
    const denied = failed<object | null>(awsError('AccessDenied', 's3control:GetPublicAccessBlock'));
    expect(verdicts(judge('acme-private', { accountRead: denied }))).toEqual([['PASS', 'acme-private']]);
    expect(verdicts(judge('acme-legacy-site', { grants: [ALL_USERS_READ], block: { IgnorePublicAcls: true }, accountRead: denied }))).toEqual([['PASS', 'acme-legacy-site']]);
  });

  it('reports ERROR when the buckets cannot be listed', async () => {
    const listing = awsError('AccessDenied', 's3:ListBuckets');
    const findings = await run(check, { 's3.bucketAcls': listing, 's3.bucketPolicies': listing, 's3.bucketPublicAccessBlocks': listing, 's3.accountPublicAccessBlockRead': ok(null) });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('s3-bucket-no-public-read on hostile policies', () => {
  it('still FAILs a public Allow whose action is a 9 KB run of wildcards (it once overflowed the stack and became ERROR)', () => {
    const action = `s3:Get${'*'.repeat(9000)}Object`;
    const findings = judge('acme-hostile', { policy: ok(policyOf(publicRead('acme-hostile', { Action: action }))) });
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-hostile']]);
  });

  it('near miss: a 9 KB run of wildcards in a write-only action is not read access', () => {
    const action = `s3:Put${'*'.repeat(9000)}Object`;
    const findings = judge('acme-hostile-write', { policy: ok(policyOf(publicRead('acme-hostile-write', { Action: action }))) });
    expect(verdicts(findings)).toEqual([['PASS', 'acme-hostile-write']]);
  });
});
