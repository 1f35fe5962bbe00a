// The credential report from CSV to rows, the IAM datasets against recorded answers, and the demo
// account replayed through every IAM check.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AwsRequest } from '../../src/aws/errors.js';
import { CHECKS } from '../../src/checks/registry.js';
import { AwsData } from '../../src/data/aws-data.js';
import { DatasetLoader } from '../../src/data/dataset.js';
import { parseCredentialReport, parseCsv } from '../../src/data/credential-report.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import type { AttachedPolicy } from '../../src/data/datasets/iam.js';
import { decodeValue, type RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
// @ts-expect-error -- plain ESM script without type declarations
import demo from '../../scripts/demo/iam.mjs';
import { replayLoader } from '../helpers/replay-loader.js';

const REGION = 'us-east-1';
const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';
const ROOT =
  '<root_account>,arn:aws:iam::123456789012:root,2019-04-02T09:12:44+00:00,not_supported,2026-07-14T16:03:11+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
const ALICE =
  'alice,arn:aws:iam::123456789012:user/alice,2024-01-10T09:00:00+00:00,true,no_information,2026-06-02T10:00:00+00:00,N/A,true,true,2026-09-15T10:22:31+00:00,2026-10-31T17:05:00+00:00,us-east-1,ec2,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';

describe('parseCredentialReport', () => {
  it('keys every row by the header and keeps the root row apart', () => {
    const report = parseCredentialReport(new TextEncoder().encode([HEADER, ROOT, ALICE].join('\n')), new Date('2026-11-01T08:30:00Z'));
    expect(report.generatedTime).toBe('2026-11-01T08:30:00.000Z');
    expect(report.root?.user).toBe('<root_account>');
    expect(report.root?.password_enabled).toBe('not_supported');
    expect(report.users.map((u) => u.user)).toEqual(['alice']);
    expect(report.users[0]).toMatchObject({ password_last_used: 'no_information', mfa_active: 'true', access_key_1_last_used_service: 'ec2', cert_2_last_rotated: 'N/A' });
  });

  it('reads CRLF line ends, a trailing newline and quoted fields', () => {
    expect(parseCsv('a,b\r\n"x,1","say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['x,1', 'say "hi"'],
    ]);
  });

  it('refuses content without a header row', () => {
    expect(() => parseCredentialReport('')).toThrow(/no header row/);
  });

  it('reads a header with a byte order mark and base64 text content, as some endpoints send them', () => {
    const text = `\uFEFF${[HEADER, ROOT, ALICE].join('\n')}`;
    const report = parseCredentialReport(Buffer.from(text).toString('base64'), '2026-11-01T08:30:00Z');
    expect(report.users.map((u) => u.user)).toEqual(['alice']);
    expect(report.root?.arn).toBe('arn:aws:iam::123456789012:root');
    expect(report.generatedTime).toBe('2026-11-01T08:30:00.000Z');
  });

  it('leaves out the fields of a row shorter than the header rather than reading them as empty', () => {
    const report = parseCredentialReport([HEADER, 'bob,arn:aws:iam::123456789012:user/bob,2024-01-10T09:00:00+00:00,true'].join('\n'));
    expect(report.users[0]).toEqual({ user: 'bob', arn: 'arn:aws:iam::123456789012:user/bob', user_creation_time: '2024-01-10T09:00:00+00:00', password_enabled: 'true' });
  });
});

const loaderFor = (calls: RecordedCall[], regions = [REGION]) => replayLoader(calls, regions, REGION);

const call = (operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'iam', region: REGION, operation, input, output });
const refused = (operation: string, input: Record<string, unknown>, code: string, httpStatus = 400): RecordedCall => ({
  service: 'iam',
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
/** GetAccountAuthorizationDetails as the datasets ask for it, with customer managed policies only. */
const details = (policies: object[]) =>
  call('GetAccountAuthorizationDetails', { Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy'], MaxItems: 1000 }, { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: policies, IsTruncated: false });
const content = (...rows: string[]) => ({ $base64: Buffer.from([HEADER, ...rows].join('\n')).toString('base64') });

describe('iam.credentialReport', () => {
  it('reads a ready report with one call', async () => {
    const { loader, sent } = loaderFor([
      call('GetCredentialReport', {}, { Content: content(ROOT, ALICE), ReportFormat: 'text/csv', GeneratedTime: { $date: '2026-11-01T08:30:00Z' } }),
    ]);
    const report = await loader.load('iam.credentialReport', REGION);
    expect(report.users.map((u) => u.arn)).toEqual(['arn:aws:iam::123456789012:user/alice']);
    expect(sent.map((r) => r.operation)).toEqual(['GetCredentialReport']);
  });

  it('asks IAM to generate a missing report, then reads it', async () => {
    let generated = false;
    const ready = { Content: decodeValue(content(ROOT)), GeneratedTime: new Date('2026-11-01T08:30:00Z') };
    const sent: string[] = [];
    const transport = {
      send: async (req: AwsRequest) => {
        sent.push(req.operation);
        if (req.operation === 'GenerateCredentialReport') {
          generated = true;
          return { State: 'COMPLETE' };
        }
        if (!generated) throw Object.assign(new Error('Credential report not present'), { name: 'ReportNotPresent', $metadata: { httpStatusCode: 410 } });
        return ready as Record<string, unknown>;
      },
    };
    const loader = new DatasetLoader(DATASETS, new AwsData(transport, { concurrency: 4 }), { regions: [REGION], homeRegion: REGION, account: ACCOUNT });
    const report = await loader.load('iam.credentialReport', REGION);
    expect(report.root?.arn).toBe('arn:aws:iam::123456789012:root');
    expect(sent).toEqual(['GetCredentialReport', 'GenerateCredentialReport', 'GetCredentialReport']);
  });

  it('gives up at the deadline when the endpoint says COMPLETE but never hands over the report', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    try {
      const sent: string[] = [];
      const transport = {
        send: async (req: AwsRequest) => {
          sent.push(req.operation);
          return (req.operation === 'GenerateCredentialReport' ? { State: 'COMPLETE' } : {}) as Record<string, unknown>;
        },
      };
      const loader = new DatasetLoader(DATASETS, new AwsData(transport, { concurrency: 4 }), { regions: [REGION], homeRegion: REGION, account: ACCOUNT });
      const loading = loader.load('iam.credentialReport', REGION);
      const outcome = expect(loading).rejects.toThrow(/did not finish the credential report/);
      await vi.advanceTimersByTimeAsync(65_000);
      await outcome;
      // Polled every two seconds, not in a tight loop.
      expect(sent.filter((op) => op === 'GetCredentialReport').length).toBeLessThan(40);
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns a report that does not parse into a read error, so the root MFA checks can do without it', async () => {
    const { loader } = loaderFor([call('GetCredentialReport', {}, { Content: { $base64: Buffer.from('not,a,report').toString('base64') } })]);
    const read = await loader.load('iam.credentialReportRead', REGION);
    expect(read.ok ? undefined : [read.error.code, read.error.action]).toEqual(['InvalidCredentialReport', 'iam:GetCredentialReport']);
  });

  it('keeps a refused report as an error value for the root MFA checks', async () => {
    const { loader } = loaderFor([refused('GetCredentialReport', {}, 'AccessDenied', 403)]);
    const read = await loader.load('iam.credentialReportRead', REGION);
    expect(read.ok ? undefined : read.error.action).toBe('iam:GetCredentialReport');
    await expect(loader.load('iam.credentialReport', REGION)).rejects.toThrow(/AccessDenied/);
  });
});

describe('iam datasets', () => {
  it('reads authorization details for users, groups, roles and customer policies only, across pages of 1,000', async () => {
    const filter = ['User', 'Role', 'Group', 'LocalManagedPolicy'];
    const { loader, sent } = loaderFor([
      call('GetAccountAuthorizationDetails', { Filter: filter, MaxItems: 1000 }, { UserDetailList: [{ UserName: 'alice' }], RoleDetailList: [], IsTruncated: true, Marker: 'm1' }),
      call('GetAccountAuthorizationDetails', { Filter: filter, MaxItems: 1000, Marker: 'm1' }, { GroupDetailList: [{ GroupName: 'ops' }], Policies: [{ PolicyName: 'p' }], IsTruncated: false }),
    ]);
    const details = await loader.load('iam.authorizationDetails', REGION);
    expect(details).toEqual({ users: [{ UserName: 'alice' }], groups: [{ GroupName: 'ops' }], roles: [], policies: [{ PolicyName: 'p' }] });
    expect(sent.map((r) => r.input)).toEqual([
      { Filter: filter, MaxItems: 1000 },
      { Filter: filter, MaxItems: 1000, Marker: 'm1' },
    ]);
  });

  it('asks every IAM listing for pages of 1,000, the most IAM gives', async () => {
    const { loader, sent } = loaderFor([
      call('ListRoles', { MaxItems: 1000 }, { Roles: [], IsTruncated: false }),
      call('ListServerCertificates', { MaxItems: 1000 }, { ServerCertificateMetadataList: [], IsTruncated: false }),
      call('ListEntitiesForPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess', MaxItems: 1000 }, { PolicyRoles: [], PolicyUsers: [], PolicyGroups: [], IsTruncated: false }),
    ]);
    await loader.load('iam.roles', REGION);
    await loader.load('iam.serverCertificates', REGION);
    await loader.load('iam.cloudShellFullAccessEntities', REGION);
    expect(sent.map((r) => [r.operation, r.input.MaxItems])).toEqual([
      ['ListRoles', 1000],
      ['ListServerCertificates', 1000],
      ['ListEntitiesForPolicy', 1000],
    ]);
  });

  it('lists the entities of an AWS managed policy by its partition ARN', async () => {
    const { loader } = loaderFor([
      call('ListEntitiesForPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess', MaxItems: 1000 }, { PolicyRoles: [{ RoleName: 'aws-support' }], PolicyUsers: [], PolicyGroups: [] }),
    ]);
    expect(await loader.load('iam.supportAccessEntities', REGION)).toEqual({
      policyArn: 'arn:aws:iam::aws:policy/AWSSupportAccess',
      users: [],
      groups: [],
      roles: [{ RoleName: 'aws-support' }],
    });
  });

  it('keeps an attached policy listed without DefaultVersionId (as an unreadable document) and skips unattached ones an endpoint lists anyway', async () => {
    const { loader, sent } = loaderFor([
      call('ListPolicies', { OnlyAttached: true, Scope: 'All', MaxItems: 1000 }, {
        Policies: [
          { PolicyName: 'AdministratorAccess', Arn: 'arn:aws:iam::aws:policy/AdministratorAccess', DefaultVersionId: 'v1', AttachmentCount: 2 },
          { PolicyName: 'AmazonS3FullAccess', Arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess', DefaultVersionId: 'v2', AttachmentCount: 0 },
          { PolicyName: 'acme-odd', Arn: 'arn:aws:iam::123456789012:policy/acme-odd', AttachmentCount: 1 },
        ],
        IsTruncated: false,
      }),
      call('GetPolicyVersion', { PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess', VersionId: 'v1' }, { PolicyVersion: { Document: '%7B%7D', VersionId: 'v1' } }),
      details([{ PolicyName: 'acme-odd', Arn: 'arn:aws:iam::123456789012:policy/acme-odd', AttachmentCount: 1 }]),
    ]);
    const policies = await loader.load('iam.attachedPolicies', REGION);
    expect(policies.map((p) => [p.policy.PolicyName, p.document])).toEqual([
      ['acme-odd', { ok: true, value: undefined }],
      ['AdministratorAccess', { ok: true, value: '%7B%7D' }],
    ]);
    expect(sent.filter((r) => r.operation === 'GetPolicyVersion')).toHaveLength(1);
  });

  it('asks only for assigned virtual MFA devices', async () => {
    const { loader, sent } = loaderFor([call('ListVirtualMFADevices', { AssignmentStatus: 'Assigned', MaxItems: 1000 }, { VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/root-account-mfa-device' }] })]);
    expect(await loader.load('iam.virtualMfaDevices', REGION)).toHaveLength(1);
    expect(sent[0]!.input).toEqual({ AssignmentStatus: 'Assigned', MaxItems: 1000 });
  });
});

describe('iam.attachedPolicies', () => {
  const AWS_ADMIN = { PolicyName: 'AdministratorAccess', PolicyId: 'ANPAADMIN', Arn: 'arn:aws:iam::aws:policy/AdministratorAccess', DefaultVersionId: 'v1', AttachmentCount: 1 };
  const DEPLOY = { PolicyName: 'acme-deploy', PolicyId: 'ANPADEPLOY', Arn: 'arn:aws:iam::123456789012:policy/acme-deploy', DefaultVersionId: 'v3', AttachmentCount: 2 };
  const READER = { PolicyName: 'acme-reader', PolicyId: 'ANPAREADER', Arn: 'arn:aws:iam::123456789012:policy/ci/acme-reader', DefaultVersionId: 'v1', AttachmentCount: 1 };
  const listed = (...policies: object[]) => call('ListPolicies', { OnlyAttached: true, Scope: 'All', MaxItems: 1000 }, { Policies: policies, IsTruncated: false });
  const version = (arn: string, id: string, document: string) => call('GetPolicyVersion', { PolicyArn: arn, VersionId: id }, { PolicyVersion: { Document: document, VersionId: id, IsDefaultVersion: true } });
  const documents = (policies: AttachedPolicy[]) => policies.map((p) => [p.policy.PolicyName, p.document.ok ? p.document.value : p.document.error.code]);

  it('takes customer managed documents from the authorization details and reads only AWS managed ones', async () => {
    const { loader, sent } = loaderFor([
      listed(AWS_ADMIN, DEPLOY, READER),
      version(AWS_ADMIN.Arn, 'v1', 'admin-v1'),
      details([
        { ...DEPLOY, PolicyVersionList: [{ VersionId: 'v3', IsDefaultVersion: true, Document: 'deploy-v3' }, { VersionId: 'v2', IsDefaultVersion: false, Document: 'deploy-v2' }] },
        { ...READER, PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: 'reader-v1' }] },
      ]),
    ]);
    expect(documents(await loader.load('iam.attachedPolicies', REGION))).toEqual([
      ['acme-deploy', 'deploy-v3'],
      ['acme-reader', 'reader-v1'],
      ['AdministratorAccess', 'admin-v1'],
    ]);
    expect(sent.filter((r) => r.operation === 'GetPolicyVersion').map((r) => r.input.PolicyArn)).toEqual([AWS_ADMIN.Arn]);
  });

  it('reads a customer policy with GetPolicyVersion when the details hold another version or another policy of the same name', async () => {
    const RECREATED = { ...READER, PolicyId: 'ANPAREADER2' };
    const { loader, sent } = loaderFor([
      listed(DEPLOY, RECREATED),
      // The default changed to v3 between the two reads; the reader was deleted and created again.
      details([
        { ...DEPLOY, DefaultVersionId: 'v2', PolicyVersionList: [{ VersionId: 'v2', IsDefaultVersion: true, Document: 'deploy-v2' }] },
        { ...READER, PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: 'old-reader-v1' }] },
      ]),
      version(DEPLOY.Arn, 'v3', 'deploy-v3'),
      version(READER.Arn, 'v1', 'new-reader-v1'),
    ]);
    expect(documents(await loader.load('iam.attachedPolicies', REGION))).toEqual([
      ['acme-deploy', 'deploy-v3'],
      ['acme-reader', 'new-reader-v1'],
    ]);
    expect(sent.filter((r) => r.operation === 'GetPolicyVersion')).toHaveLength(2);
  });

  it('keeps each customer policy as an error of its own when the authorization details are refused, and still reads AWS managed ones', async () => {
    const { loader, sent } = loaderFor([
      listed(AWS_ADMIN, DEPLOY),
      refused('GetAccountAuthorizationDetails', { Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy'], MaxItems: 1000 }, 'AccessDenied', 403),
      version(AWS_ADMIN.Arn, 'v1', 'admin-v1'),
    ]);
    const policies = await loader.load('iam.attachedPolicies', REGION);
    expect(documents(policies)).toEqual([
      ['acme-deploy', 'AccessDenied'],
      ['AdministratorAccess', 'admin-v1'],
    ]);
    expect(policies[0]!.document.ok ? undefined : policies[0]!.document.error.action).toBe('iam:GetAccountAuthorizationDetails');
    expect(sent.filter((r) => r.operation === 'GetPolicyVersion').map((r) => r.input.PolicyArn)).toEqual([AWS_ADMIN.Arn]);
  });

  it('keeps a refused GetPolicyVersion as an error for that policy and drops a policy deleted since the listing', async () => {
    const GONE = { ...AWS_ADMIN, PolicyName: 'AmazonS3FullAccess', Arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' };
    const { loader } = loaderFor([
      listed(AWS_ADMIN, GONE, DEPLOY),
      refused('GetPolicyVersion', { PolicyArn: AWS_ADMIN.Arn, VersionId: 'v1' }, 'AccessDenied', 403),
      refused('GetPolicyVersion', { PolicyArn: GONE.Arn, VersionId: 'v1' }, 'NoSuchEntity', 404),
      // The details lack the listed policy: read one by one, and refused.
      details([]),
      refused('GetPolicyVersion', { PolicyArn: DEPLOY.Arn, VersionId: 'v3' }, 'AccessDenied', 403),
    ]);
    expect(documents(await loader.load('iam.attachedPolicies', REGION))).toEqual([
      ['acme-deploy', 'AccessDenied'],
      ['AdministratorAccess', 'AccessDenied'],
    ]);
  });
});

describe('the demo account replayed through the IAM checks', () => {
  const checks = CHECKS.filter((c) => c.id.startsWith('iam-'));
  const regions = ['us-east-1', 'eu-west-1'];
  let findings: Awaited<ReturnType<typeof runChecks>>['findings'] = [];
  let summaries: Awaited<ReturnType<typeof runChecks>>['checks'] = [];
  beforeAll(async () => {
    const { loader } = loaderFor(demo as RecordedCall[], regions);
    ({ findings, checks: summaries } = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions, homeRegion: REGION, account: ACCOUNT }, now: NOW }));
  });
  const verdict = (id: string, resource: string) => findings.find((f) => f.checkId === id && f.resourceId === resource)?.status;

  it('covers all 26 IAM checks', () => {
    expect(checks).toHaveLength(26);
  });

  it('has no ERROR', () => {
    expect(findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it('judges every per-resource check with at least one PASS and one FAIL', () => {
    const accountLevel = new Set(checks.filter((c) => c.resourceType === 'AWS::::Account').map((c) => c.id));
    for (const summary of summaries.filter((s) => !accountLevel.has(s.checkId))) {
      expect([summary.checkId, summary.pass > 0, summary.fail > 0]).toEqual([summary.checkId, true, true]);
    }
    for (const summary of summaries.filter((s) => accountLevel.has(s.checkId))) expect([summary.checkId, summary.pass + summary.fail]).toEqual([summary.checkId, 1]);
  });

  it('gives the findings the notes call for', () => {
    const account = ACCOUNT.id;
    expect(verdict('iam-root-mfa-enabled', account)).toBe('PASS');
    expect(verdict('iam-root-hardware-mfa-enabled', account)).toBe('FAIL');
    expect(verdict('iam-root-not-used-recently', account)).toBe('PASS');
    expect(verdict('iam-password-policy-min-length-14', account)).toBe('PASS');
    expect(verdict('iam-password-policy-prevents-reuse', account)).toBe('FAIL');
    expect(verdict('iam-user-console-mfa-enabled', 'bob')).toBe('FAIL');
    // Escalation paths and their negative twins; admin-equivalent principals are left to the admin checks.
    expect(verdict('iam-principal-no-privilege-escalation', 'build-bot')).toBe('FAIL');
    expect(verdict('iam-principal-no-privilege-escalation', 'build-bot-scoped')).toBe('PASS');
    expect(verdict('iam-principal-no-privilege-escalation', 'support-engineer')).toBe('FAIL');
    expect(verdict('iam-principal-no-privilege-escalation', 'auditor')).toBe('PASS');
    expect(verdict('iam-principal-no-privilege-escalation', 'vendor-sync')).toBe('FAIL');
    expect(verdict('iam-principal-no-privilege-escalation', 'ci-deployer')).toBe('PASS');
    expect(verdict('iam-principal-no-privilege-escalation', 'bob')).toBeUndefined();
    expect(verdict('iam-user-credentials-unused-45-days', 'data-analyst')).toBe('FAIL');
    expect(verdict('iam-user-credentials-unused-90-days', 'data-analyst')).toBe('PASS');
    expect(verdict('iam-user-one-active-access-key', 'legacy-backup')).toBe('FAIL');
    expect(verdict('iam-policy-no-full-admin-attached', 'AdministratorAccess')).toBe('FAIL');
    expect(verdict('iam-policy-no-full-admin-attached', 'acme-legacy-admin')).toBeUndefined();
    expect(verdict('iam-customer-policy-no-full-admin', 'acme-legacy-admin')).toBe('FAIL');
    expect(verdict('iam-customer-policy-no-full-admin', 'acme-dev-boundary')).toBeUndefined();
    expect(verdict('iam-customer-policy-no-service-wildcard', 'acme-ops-tools')).toBe('FAIL');
    expect(verdict('iam-customer-policy-no-kms-decrypt-all-keys', 'acme-data-reader')).toBe('FAIL');
    expect(verdict('iam-inline-policy-no-kms-decrypt-all-keys', 'role/batch-etl/etl-kms')).toBe('FAIL');
    expect(verdict('iam-inline-policy-no-full-admin', 'role/ops-breakglass/breakglass-admin')).toBe('FAIL');
    expect(verdict('iam-role-trust-no-public-principal', 'ops-breakglass')).toBe('FAIL');
    expect(verdict('iam-role-trust-no-public-principal', 'partner-readonly')).toBe('PASS');
    expect(verdict('iam-support-role-exists', account)).toBe('PASS');
    expect(verdict('iam-cloudshell-full-access-not-attached', account)).toBe('FAIL');
    expect(verdict('iam-server-certificate-not-expired', 'www-acme-2025')).toBe('FAIL');
    expect(findings.every((f) => f.region === 'global')).toBe(true);
  });
});
