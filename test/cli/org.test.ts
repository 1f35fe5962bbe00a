// Several accounts through the built binary: sts:AssumeRole per account against a loopback endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedEnv, runCli } from '../helpers/cli.js';
import { ACCOUNT_HANDLERS, startFakeAws, xml, type FakeAws, type Reply } from '../helpers/fake-aws-server.js';

const MISSING_ROLE_ACCOUNT = '999999999999';
let fake: FakeAws;

/** Temporary keys name the account they were issued for, so GetCallerIdentity can answer for it. */
const accountOfKey = (authorization: string) => /Credential=ASIATEMP(\d{12})/.exec(authorization)?.[1];

beforeAll(async () => {
  fake = await startFakeAws({
    ...ACCOUNT_HANDLERS,
    'sts:AssumeRole': (_req, params) => {
      const roleArn = (params as URLSearchParams).get('RoleArn') ?? '';
      const account = roleArn.split(':')[4] ?? '';
      if (account === MISSING_ROLE_ACCOUNT) {
        return {
          status: 403,
          body: `<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: sts:AssumeRole on resource: ${roleArn}</Message></Error></ErrorResponse>`,
        };
      }
      return xml(
        `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIATEMP${account}</AccessKeyId><SecretAccessKey>temp-secret-${account}</SecretAccessKey><SessionToken>temp-token-${account}</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:aws-posture</AssumedRoleId><Arn>arn:aws:sts::${account}:assumed-role/Audit/aws-posture</Arn></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`,
      );
    },
    // Security groups belong to the account whose keys asked: groups of other accounts are not judged.
    'ec2:DescribeSecurityGroups': async (req, params) => {
      const reply = (await ACCOUNT_HANDLERS['ec2:DescribeSecurityGroups']!(req, params)) as Reply;
      return { ...reply, body: reply.body.replace('<ownerId>111122223333</ownerId>', `<ownerId>${accountOfKey(req.authorization) ?? '111122223333'}</ownerId>`) };
    },
    'sts:GetCallerIdentity': (req) => {
      const account = accountOfKey(req.authorization) ?? '111122223333';
      return xml(
        `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::${account}:assumed-role/Audit/aws-posture</Arn><UserId>AROA:x</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      );
    },
  });
});
afterAll(() => fake.close());

describe('scan --accounts --role-name', () => {
  // Two worker threads, whatever the machine's CPUs: each resolves the caller's keys and assumes roles itself.
  it('scans each account through its own role, and reports the one whose role cannot be assumed', async () => {
    const result = await runCli(
      ['scan', '--accounts', `222233334444,555566667777,${MISSING_ROLE_ACCOUNT}`, '--role-name', 'Audit', '--workers', '2', '--check', 'ec2-sg-no-admin-ports-from-ipv4-internet', '--region', 'us-east-1', '--format', 'json', '--fail-on', 'none'],
      {
        env: isolatedEnv({
          AWS_ACCESS_KEY_ID: 'AKIAORGORGORGORG0001',
          AWS_SECRET_ACCESS_KEY: 'org-secret-never-printed',
          AWS_REGION: 'us-east-1',
          AWS_ENDPOINT_URL: fake.url,
        }),
      },
    );
    const report = JSON.parse(result.stdout) as {
      accounts: Array<{ id: string; status: string; error: string | null; report: { findings: Array<{ accountId: string; status: string; resourceId: string }> } | null }>;
    };
    const byId = new Map(report.accounts.map((a) => [a.id, a]));
    for (const id of ['222233334444', '555566667777']) {
      expect(byId.get(id)?.status).toBe('scanned');
      expect(byId.get(id)?.report?.findings.map((f) => [f.accountId, f.status, f.resourceId])).toEqual([[id, 'FAIL', 'sg-0openus']]);
    }
    expect(byId.get(MISSING_ROLE_ACCOUNT)?.status).toBe('error');
    expect(byId.get(MISSING_ROLE_ACCOUNT)?.error).toMatch(/AssumeRole|AccessDenied|not authorized/i);
    expect(result.code).toBe(0);
    for (const text of [result.stdout, result.stderr]) {
      expect(text).not.toContain('org-secret-never-printed');
      expect(text).not.toMatch(/temp-secret-|temp-token-/);
    }
  });
});
