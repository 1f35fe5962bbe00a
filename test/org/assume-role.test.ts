import { AssumeRoleCommand, STSClient } from '@aws-sdk/nested-clients/sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { assumedRoleCredentials, assumeRoleFailure, isExternalId, isRoleName, refreshing, roleArn, sessionName } from '../../src/org/assume-role.js';

// fromTemporaryCredentials sends AssumeRole through the SDK's internal STS client.
const sts = mockClient(STSClient);
const base = async () => ({ accessKeyId: 'AKIAEXAMPLEEXAMPLE12', secretAccessKey: 'secret-example' });
const ARN = 'arn:aws:iam::222222222222:role/posture-audit';

function options(extra: Partial<Parameters<typeof assumedRoleCredentials>[0]> = {}) {
  return { base, roleArn: ARN, sessionName: 'aws-posture-20261101T120000Z', region: 'eu-west-1', requestTimeoutMs: 1000, env: {}, ...extra };
}

function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 403 } });
}

afterEach(() => sts.reset());

describe('assuming the scanning role', () => {
  it('assumes the role with a recognisable session name and the external id', async () => {
    const expiration = new Date(Date.now() + 3_600_000);
    sts.on(AssumeRoleCommand).resolves({ Credentials: { AccessKeyId: 'ASIAEXAMPLEEXAMPLE34', SecretAccessKey: 's', SessionToken: 't', Expiration: expiration } });
    const credentials = await assumedRoleCredentials(options({ externalId: 'posture-7f3a' }));
    const identity = await credentials();
    expect(identity).toMatchObject({ accessKeyId: 'ASIAEXAMPLEEXAMPLE34', sessionToken: 't', expiration });
    expect(sts.commandCalls(AssumeRoleCommand)[0]!.args[0].input).toEqual({
      RoleArn: ARN,
      RoleSessionName: 'aws-posture-20261101T120000Z',
      ExternalId: 'posture-7f3a',
    });
  });

  it('assumes the role once for every client of the account, until the session nears its end', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: { AccessKeyId: 'ASIAEXAMPLEEXAMPLE34', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3_600_000) } });
    const credentials = await assumedRoleCredentials(options());
    await Promise.all(Array.from({ length: 20 }, () => credentials()));
    await credentials();
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
  });

  it('explains an AccessDenied: missing role, trust policy, external id or SCP', async () => {
    sts.on(AssumeRoleCommand).rejects(awsError('AccessDenied', `User: arn:aws:sts::111111111111:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: ${ARN}`));
    const credentials = await assumedRoleCredentials(options({ externalId: 'posture-7f3a' }));
    const err = await credentials().catch((e: unknown) => e);
    const reason = assumeRoleFailure(err, ARN, true);
    expect(reason).toMatch(/^Could not assume role arn:aws:iam::222222222222:role\/posture-audit: AccessDenied: User: .* is not authorized to perform: sts:AssumeRole/);
    expect(reason).toContain('trust policy must allow the caller with this external id');
    expect(reason).toContain('SCP');
  });

  it('tries again after a failure instead of remembering it', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejectsOnce(awsError('Throttling', 'Rate exceeded'))
      .resolves({ Credentials: { AccessKeyId: 'ASIAEXAMPLEEXAMPLE34', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3_600_000) } });
    const credentials = await assumedRoleCredentials(options());
    await expect(credentials()).rejects.toThrow('Rate exceeded');
    await expect(credentials()).resolves.toMatchObject({ accessKeyId: 'ASIAEXAMPLEEXAMPLE34' });
  });
});

describe('refreshing credentials', () => {
  it('fetches new credentials five minutes before they expire', async () => {
    let now = 0;
    let fetched = 0;
    const provider = refreshing(async () => ({ accessKeyId: `K${++fetched}`, secretAccessKey: 's', expiration: new Date(60 * 60_000) }), () => now);
    expect((await provider()).accessKeyId).toBe('K1');
    now = 54 * 60_000;
    expect((await provider()).accessKeyId).toBe('K1');
    now = 56 * 60_000;
    expect((await provider()).accessKeyId).toBe('K2');
  });

  it('keeps credentials that do not expire', async () => {
    let fetched = 0;
    const provider = refreshing(async () => ({ accessKeyId: `K${++fetched}`, secretAccessKey: 's' }));
    await provider();
    await provider();
    expect(fetched).toBe(1);
  });
});

describe('names', () => {
  it('builds the role ARN in the caller partition, with a path when given', () => {
    expect(roleArn('aws', '222222222222', 'posture-audit')).toBe(ARN);
    expect(roleArn('aws-us-gov', '222222222222', 'security/posture-audit')).toBe('arn:aws-us-gov:iam::222222222222:role/security/posture-audit');
  });

  it('names the session aws-posture-<UTC time>, within the characters AssumeRole accepts', () => {
    const name = sessionName(new Date('2026-11-01T12:03:04.567Z'));
    expect(name).toBe('aws-posture-20261101T120304Z');
    expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
  });

  it('accepts role names and external ids as IAM does', () => {
    expect(isRoleName('OrganizationAccountAccessRole')).toBe(true);
    expect(isRoleName('security/audit/posture-audit')).toBe(true);
    expect(isRoleName('bad role')).toBe(false);
    expect(isRoleName('x'.repeat(65))).toBe(false);
    expect(isExternalId('a')).toBe(false);
    expect(isExternalId('tenant:42/posture')).toBe(true);
  });
});
