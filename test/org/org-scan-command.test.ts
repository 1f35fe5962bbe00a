// The whole `scan --org` path through the SDK, with every AWS answer mocked: Organizations, STS
// (GetCallerIdentity for the caller and each assumed role, AssumeRole through the SDK's own client),
// and the one check's reads.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeTrailsCommand, CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import {
  DescribeEffectivePolicyCommand,
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsCommand,
  ListParentsCommand,
  ListPoliciesForTargetCommand,
  ListRootsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AssumeRoleCommand, STSClient as InternalSTSClient } from '@aws-sdk/nested-clients/sts';
import { mockClient } from 'aws-sdk-client-mock';
import type { Log } from 'sarif';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import type { CliIO } from '../../src/cli/main.js';
import { isOrgScan, orgScanCommand, type OrgScanFlags } from '../../src/cli/org-scan.js';
import { partPath } from '../../src/cli/outputs.js';
import type { JsonOrgReport } from '../../src/report/org-json.js';

const orgs = mockClient(OrganizationsClient);
const sts = mockClient(STSClient);
const assume = mockClient(InternalSTSClient);
const ec2 = mockClient(EC2Client);
const rds = mockClient(RDSClient);
const cloudtrail = mockClient(CloudTrailClient);
const ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEEXAMPLE12',
  AWS_SECRET_ACCESS_KEY: 'secret-example',
  AWS_REGION: 'us-east-1',
  AWS_CONFIG_FILE: '/nonexistent/config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  AWS_EC2_METADATA_DISABLED: 'true',
};
const MANAGEMENT = '111111111111';
/** Accounts whose role trusts nobody. */
let locked = new Set<string>();
let dir: string;

function io(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: { ...ENV } };
}

function flags(extra: Partial<OrgScanFlags>): OrgScanFlags {
  return {
    roleName: 'posture-audit',
    check: ['rds-instance-storage-encrypted'],
    // The SDK mocks live in this thread; worker threads are covered by scan-org-workers.test.ts.
    workers: '1',
    concurrency: '4',
    timeout: '60',
    requestTimeout: '5',
    color: false,
    config: false,
    format: [`json=${join(dir, 'org.json')}`],
    ...extra,
  };
}

const readJson = <T>(name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

beforeAll(() => {
  for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);
});
afterAll(() => vi.unstubAllEnvs());

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'posture-org-'));
  locked = new Set();
  orgs.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-a1b2c3d4e5', MasterAccountId: MANAGEMENT } });
  orgs
    .on(ListAccountsCommand, {}, true)
    .resolves({
      Accounts: [
        { Id: MANAGEMENT, Name: 'management', State: 'ACTIVE' },
        { Id: '222222222222', Name: 'prod-web', State: 'ACTIVE' },
      ],
      NextToken: 'p2',
    })
    .on(ListAccountsCommand, { NextToken: 'p2' }, true)
    .resolves({
      Accounts: [
        { Id: '333333333333', Name: 'sandbox-old', State: 'SUSPENDED' },
        { Id: '444444444444', Name: 'data-lake', State: 'ACTIVE' },
      ],
    });
  assume.on(AssumeRoleCommand).callsFake((input: { RoleArn: string }) => {
    const account = input.RoleArn.split(':')[4]!;
    if (locked.has(account)) {
      throw Object.assign(new Error(`User: arn:aws:iam::${MANAGEMENT}:user/ci is not authorized to perform: sts:AssumeRole on resource: ${input.RoleArn}`), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
      });
    }
    return { Credentials: { AccessKeyId: `ASIAFAKE${account}`, SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3_600_000) } };
  });
  // Who is calling depends on the credentials the client signs with: the caller's own, or a role's.
  sts.on(GetCallerIdentityCommand).callsFake(async (_input: unknown, getClient: () => { config: { credentials: () => Promise<{ accessKeyId: string }> } }) => {
    const { accessKeyId } = await getClient().config.credentials();
    const assumed = /^ASIAFAKE(\d{12})$/.exec(accessKeyId);
    if (!assumed) return { Account: MANAGEMENT, Arn: `arn:aws:iam::${MANAGEMENT}:user/ci`, UserId: 'AIDAEXAMPLE' };
    return { Account: assumed[1], Arn: `arn:aws:sts::${assumed[1]}:assumed-role/posture-audit/aws-posture-x`, UserId: 'AROAEXAMPLE:aws-posture-x' };
  });
  // The organization's policies, read once with the caller's credentials: one RCP at the root.
  orgs.on(ListRootsCommand).resolves({ Roots: [{ Id: 'r-ab12', PolicyTypes: [{ Type: 'RESOURCE_CONTROL_POLICY', Status: 'ENABLED' }] }] });
  orgs.on(ListParentsCommand).resolves({ Parents: [{ Id: 'r-ab12', Type: 'ROOT' }] });
  orgs.on(ListPoliciesForTargetCommand).resolves({ Policies: [] });
  orgs.on(ListPoliciesForTargetCommand, { TargetId: 'r-ab12', Filter: 'RESOURCE_CONTROL_POLICY' }).resolves({ Policies: [{ Id: 'p-rcp0001', Name: 'OrgOnly', AwsManaged: false }] });
  orgs.on(DescribePolicyCommand).resolves({ Policy: { Content: '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}' } });
  orgs.on(DescribeEffectivePolicyCommand).rejects(Object.assign(new Error('No effective policy'), { name: 'EffectivePolicyNotFoundException', $metadata: { httpStatusCode: 400 } }));
  cloudtrail.on(DescribeTrailsCommand).resolves({ trailList: [] });
  ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }] });
  rds.on(DescribeDBInstancesCommand).resolves({ DBInstances: [{ DBInstanceIdentifier: 'orders-db', DBInstanceArn: 'arn:aws:rds:us-east-1:000000000000:db:orders-db', Engine: 'postgres', StorageEncrypted: false }] });
});

afterEach(() => {
  for (const mock of [orgs, sts, assume, ec2, rds, cloudtrail]) mock.reset();
  rmSync(dir, { recursive: true, force: true });
});

describe('aws-posture scan --org', () => {
  it('scans every active account through its assumed role and writes one report', async () => {
    const cli = io();
    const code = await orgScanCommand(flags({ org: true, format: [`json=${join(dir, 'org.json')}`, `sarif=${join(dir, 'org.sarif')}`], failOn: 'high' }), cli);
    expect(code).toBe(0);
    const doc = readJson<JsonOrgReport>('org.json');
    expect(doc.organization).toEqual({ id: 'o-a1b2c3d4e5', managementAccountId: MANAGEMENT });
    expect(doc.accounts.map((a) => [a.id, a.name, a.status])).toEqual([
      [MANAGEMENT, 'management', 'scanned'],
      ['222222222222', 'prod-web', 'scanned'],
      ['444444444444', 'data-lake', 'scanned'],
    ]);
    expect(doc.accounts[1]!.report!.findings).toEqual([expect.objectContaining({ accountId: '222222222222', status: 'FAIL', resourceId: 'orders-db' })]);
    expect(doc.notes).toEqual(['Account 333333333333 (sandbox-old) is suspended and was not scanned.']);
    // The management account is scanned with the caller's own credentials (it has no role to assume): see below.
    // The organization was read once, by the caller, before the accounts were scanned.
    expect(orgs.commandCalls(ListRootsCommand)).toHaveLength(1);
    expect(orgs.commandCalls(DescribePolicyCommand).map((c) => c.args[0].input)).toEqual([{ PolicyId: 'p-rcp0001' }]);
    expect(readJson<Log>('org.sarif').runs.map((r) => r.automationDetails!.id!.split('/').slice(0, 2).join('/'))).toEqual([
      `aws-posture/${MANAGEMENT}`,
      'aws-posture/222222222222',
      'aws-posture/444444444444',
    ]);

    const roles = assume.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input);
    expect(roles.map((r) => r.RoleArn).sort()).toEqual(['222222222222', '444444444444'].map((id) => `arn:aws:iam::${id}:role/posture-audit`));
    expect(new Set(roles.map((r) => r.RoleSessionName)).size).toBe(1);
    expect(roles[0]!.RoleSessionName).toMatch(/^aws-posture-\d{8}T\d{6}Z$/);
    expect(roles[0]).not.toHaveProperty('ExternalId');
    const text = cli.err.join('');
    expect(text).toContain('Scanning 3 accounts, 3 at a time, as role posture-audit');
    expect(text).toMatch(/\[3\/3\] \d{12} \([a-z-]+\): 1 FAIL, 0 ERROR, 0 PASS/);
  });

  it('reports an account whose role cannot be assumed, finishes the others, and fails only with --fail-on-error', async () => {
    locked = new Set(['222222222222']);
    const cli = io();
    expect(await orgScanCommand(flags({ org: true, failOn: 'none' }), cli)).toBe(0);
    const doc = readJson<JsonOrgReport>('org.json');
    expect(doc.accounts.map((a) => a.status)).toEqual(['scanned', 'error', 'scanned']);
    expect(doc.accounts[1]!.error).toMatch(/^Could not assume role arn:aws:iam::222222222222:role\/posture-audit: AccessDenied: User: .* is not authorized .*trust policy/);
    expect(cli.err.join('')).toContain('1 account could not be scanned; it does not affect the exit code without --fail-on-error');
    expect(await orgScanCommand(flags({ org: true, failOn: 'none', failOnError: true }), io())).toBe(1);
  });

  it('exits 2 when no account at all could be scanned, after writing the report that says why', async () => {
    locked = new Set(['222222222222', '444444444444']);
    const cli = io();
    expect(await orgScanCommand(flags({ org: true, externalId: 'posture-7f3a', excludeAccounts: [MANAGEMENT] }), cli)).toBe(2);
    expect(readJson<JsonOrgReport>('org.json').summary.accounts).toEqual({ total: 2, scanned: 0, error: 2 });
    expect(cli.err.join('')).toContain('none of the 2 accounts could be scanned');
    expect(assume.commandCalls(AssumeRoleCommand)[0]!.args[0].input).toMatchObject({ ExternalId: 'posture-7f3a' });
  });

  it('gates on FAIL results of every account, like a single scan', async () => {
    expect(await orgScanCommand(flags({ org: true, failOn: 'medium' }), io())).toBe(1);
  });

  it('scans only its shard, and records the split', async () => {
    // Counted from 1: shard 2 of 2 holds the second account in id order (and every second one after it).
    await orgScanCommand(flags({ org: true, shard: '2/2' }), io());
    const doc = readJson<JsonOrgReport>('org.json');
    expect(doc.accounts.map((a) => a.id)).toEqual(['222222222222']);
    expect(doc.shard).toMatchObject({ index: 2, count: 2, total: 3 });
  });

  it('scans the accounts named with --accounts without asking Organizations', async () => {
    await orgScanCommand(flags({ accounts: ['444444444444,222222222222'], excludeAccounts: ['222222222222'] }), io());
    expect(orgs.calls()).toHaveLength(0);
    const doc = readJson<JsonOrgReport>('org.json');
    expect(doc.organization).toBeNull();
    expect(doc.accounts.map((a) => [a.id, a.name])).toEqual([['444444444444', null]]);
  });

  it('refuses an --accounts id that is not in the organization, before scanning anything', async () => {
    await expect(orgScanCommand(flags({ org: true, accounts: ['999999999999'] }), io())).rejects.toThrow('--accounts: 999999999999 is not an account of the organization');
    expect(assume.calls()).toHaveLength(0);
  });

  it('writes the table to standard output', async () => {
    const cli = io();
    await orgScanCommand(flags({ org: true, format: ['table'] }), cli);
    const table = cli.out.join('');
    expect(table).toContain('ACCOUNT 222222222222 prod-web - 1 FAIL, 0 ERROR, 0 PASS');
    expect(table).toContain('Accounts      3 selected: 3 scanned, 0 could not be scanned');
  });
});

describe('scan --org options', () => {
  const refused = async (extra: Partial<OrgScanFlags>, message: string | RegExp) => {
    const attempt = orgScanCommand(flags(extra), io());
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(message);
    expect(sts.calls()).toHaveLength(0);
  };

  it('needs a role name', () => refused({ org: true, roleName: undefined }, '--role-name is required with --org and --accounts'));
  it('needs --org for --ou', () => refused({ accounts: ['222222222222'], ou: ['ou-ab12-workload'] }, '--ou selects accounts of the organization and needs --org'));
  it('checks account ids', () => refused({ accounts: ['12345'] }, "--accounts: '12345' is not an AWS account id (12 digits)"));
  it('checks OU ids', () => refused({ org: true, ou: ['engineering'] }, "--ou: 'engineering' is not an organizational unit id"));
  it('checks --shard', () => refused({ org: true, shard: '0/4' }, /--shard '0\/4' must be <index>\/<count> with the index counted from 1 up to the count \(1\/4 to 4\/4\)/));
  it('refuses single-account options', () => refused({ org: true, inventory: 'examples/demo-inventory.json' }, '--inventory works on one account and is not available with --org or --accounts'));
  it('checks --account-concurrency', () => refused({ org: true, accountConcurrency: '0' }, '--account-concurrency must be a whole number from 1 to 64'));
  it('checks --workers', async () => {
    await refused({ org: true, workers: '0' }, '--workers must be a whole number from 1 to 64');
    await refused({ org: true, workers: '2.5' }, '--workers must be a whole number from 1 to 64');
  });

  it('refuses SARIF on standard output for more accounts than a file may hold runs, before assuming any role', async () => {
    orgs.on(ListAccountsCommand).resolves({ Accounts: Array.from({ length: 21 }, (_, i) => ({ Id: String(500000000000 + i), State: 'ACTIVE' })) });
    await expect(orgScanCommand(flags({ org: true, format: ['sarif'] }), io())).rejects.toThrow(/GitHub accepts at most 20 runs .* 21 accounts are selected/);
    expect(assume.calls()).toHaveLength(0);
  });

  it('knows an organization scan by any of its options', () => {
    expect(isOrgScan({})).toBe(false);
    expect(isOrgScan({ org: true })).toBe(true);
    expect(isOrgScan({ roleName: 'x' })).toBe(true);
    expect(isOrgScan({ accounts: [] })).toBe(false);
  });

  it('numbers the parts of a split SARIF report before the extension', () => {
    expect(partPath('out/posture.sarif', 2)).toBe('out/posture.2.sarif');
    expect(partPath('out.d/posture', 1)).toBe('out.d/posture.1');
    expect(partPath('.sarif', 1)).toBe('.sarif.1');
  });
});
