import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/iam/s3-bucket-acls-disabled.js';
import { awsError, evaluate, failed, ok, verdicts } from '../../helpers/check-harness.js';
import type { Fetched } from '../../../src/data/dataset.js';

const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const bucket = (name: string) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'us-east-1' });
const ownerGrant = { Grantee: { Type: 'CanonicalUser', ID: OWNER_ID, DisplayName: 'acme-prod' }, Permission: 'FULL_CONTROL' };
const aclOf = (...grants: object[]) => ok({ Owner: { ID: OWNER_ID, DisplayName: 'acme-prod' }, Grants: [ownerGrant, ...grants] });
const enforced = ok({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
const judge = (name: string, ownership: Fetched<object | null>, acl: Fetched<object>) =>
  evaluate(check, { 's3.bucketOwnershipControls': [{ bucket: bucket(name), result: ownership }], 's3.bucketAcls': [{ bucket: bucket(name), result: acl }] }, { region: 'global' });

describe('s3-bucket-acls-disabled', () => {
  it('passes BucketOwnerEnforced', () => {
    const findings = judge('acme-assets', enforced, aclOf());
    expect(verdicts(findings)).toEqual([['PASS', 'acme-assets']]);
    expect(findings[0]!.message).toBe('Bucket acme-assets has ACLs disabled (Object Ownership BucketOwnerEnforced).');
  });

  it('passes BucketOwnerEnforced even when the ACL cannot be read', () => {
    expect(verdicts(judge('acme-assets', enforced, failed(awsError('AccessDenied', 's3:GetBucketAcl'))))).toEqual([['PASS', 'acme-assets']]);
  });

  it('passes ACLs enabled with only the owner grant', () => {
    const findings = judge('acme-old', ok({ Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] }), aclOf());
    expect(verdicts(findings)).toEqual([['PASS', 'acme-old']]);
    expect(findings[0]!.message).toBe("Bucket acme-old has ACLs enabled (Object Ownership BucketOwnerPreferred) but its ACL holds only the owner's FULL_CONTROL grant.");
  });

  it('fails ACLs enabled with a grant to another account', () => {
    const findings = judge('acme-shared', ok(null), aclOf({ Grants: undefined, Grantee: { Type: 'CanonicalUser', ID: 'b0c1d2', DisplayName: 'partner' }, Permission: 'READ' }));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-shared']]);
    expect(findings[0]!.message).toBe('Bucket acme-shared has ACLs enabled (no Object Ownership setting) and its ACL grants READ to partner.');
  });

  it('near miss: a log-delivery group grant on an old logging bucket fails', () => {
    const logDelivery = { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, Permission: 'WRITE' };
    const findings = judge('acme-logs-legacy', ok({ Rules: [{ ObjectOwnership: 'ObjectWriter' }] }), aclOf(logDelivery));
    expect(verdicts(findings)).toEqual([['FAIL', 'acme-logs-legacy']]);
    expect(findings[0]!.message).toContain('grants WRITE to the LogDelivery group');
  });

  it('near miss: the owner holding a second, narrower grant is an extra grant', () => {
    const findings = judge('acme-odd', ok(null), aclOf({ Grantee: { Type: 'CanonicalUser', ID: OWNER_ID }, Permission: 'READ' }));
    expect(findings[0]!.message).toContain('grants READ to the owner');
  });

  it('reports ERROR when the ownership controls cannot be read', () => {
    expect(verdicts(judge('acme-locked', failed(awsError('AccessDenied', 's3:GetBucketOwnershipControls')), aclOf()))).toEqual([['ERROR', 'acme-locked']]);
  });

  it('reports ERROR when ACLs are enabled and the ACL cannot be read', () => {
    const findings = judge('acme-locked', ok(null), failed(awsError('AccessDenied', 's3:GetBucketAcl')));
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-locked']]);
    expect(findings[0]!.error?.action).toBe('s3:GetBucketAcl');
  });

  it('reads a grant without Type (as some S3-compatible endpoints send it) by its ID or URI', () => {
    const untypedOwner = { Grantee: { ID: OWNER_ID }, Permission: 'full_control' };
    const untypedPublic = { Grantee: { URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' };
    const owned = judge('acme-emulated', ok(null), ok({ Owner: { ID: OWNER_ID }, Grants: [untypedOwner] }));
    expect(verdicts(owned)).toEqual([['PASS', 'acme-emulated']]);
    const shared = judge('acme-emulated', ok(null), ok({ Owner: { ID: OWNER_ID }, Grants: [untypedOwner, untypedPublic] }));
    expect(shared[0]!.message).toBe('Bucket acme-emulated has ACLs enabled (no Object Ownership setting) and its ACL grants READ to the AllUsers group.');
  });

  it('reports ERROR, not FAIL, when the ACL names no Owner and its only grant may be the owner\'s', () => {
    const findings = judge('acme-ownerless', ok(null), ok({ Grants: [ownerGrant] }));
    expect(verdicts(findings)).toEqual([['ERROR', 'acme-ownerless']]);
    expect(findings[0]!.message).toBe(
      `Could not evaluate bucket acme-ownerless: its ACL grants FULL_CONTROL to canonical user ${OWNER_ID}, but S3 did not name the bucket owner (no Owner in GetBucketAcl), so whether that is the owner's own grant is unknown.`,
    );
  });

  it('fails a public grant even when the ACL names no Owner', () => {
    const publicRead = { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' };
    expect(verdicts(judge('acme-ownerless', ok(null), ok({ Grants: [ownerGrant, publicRead] })))).toEqual([['FAIL', 'acme-ownerless']]);
  });

  it('says the ACL holds no grant when it is empty', () => {
    expect(judge('acme-bare', ok(null), ok({ Owner: { ID: OWNER_ID }, Grants: [] }))[0]!.message).toBe('Bucket acme-bare has ACLs enabled (no Object Ownership setting) but its ACL holds no grant.');
  });
});
