import { describe, expect, it } from 'vitest';
import type { AwsRequest } from '../../src/aws/errors.js';
import type { Transport } from '../../src/aws/transport.js';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import type { OrgAccount } from '../../src/org/model.js';
import { scanOrganization, type OrgScanOptions } from '../../src/org/scan-org.js';

const checks = CHECKS.filter((c) => c.id === 'rds-instance-storage-encrypted');

/** A synthetic account: one region, one unencrypted database. */
class FakeAccount implements Transport {
  destroyed = false;
  constructor(
    private readonly id: string,
    private readonly behaviour: { identity?: string; delayMs?: number; onSend?: () => void; onDone?: () => void } = {},
  ) {}

  async send(req: AwsRequest): Promise<Record<string, unknown>> {
    this.behaviour.onSend?.();
    try {
      if (this.behaviour.delayMs) await new Promise((r) => setTimeout(r, this.behaviour.delayMs));
      switch (`${req.service}:${req.operation}`) {
        case 'sts:GetCallerIdentity': {
          const account = this.behaviour.identity ?? this.id;
          return { Account: account, Arn: `arn:aws:sts::${account}:assumed-role/posture-audit/aws-posture-20261101T120000Z` };
        }
        case 'ec2:DescribeRegions':
          return { Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }] };
        case 'rds:DescribeDBInstances':
          return {
            DBInstances: [
              { DBInstanceIdentifier: `db-${this.id}`, DBInstanceArn: `arn:aws:rds:us-east-1:${this.id}:db:db-${this.id}`, Engine: 'postgres', StorageEncrypted: false },
            ],
          };
        default:
          return {};
      }
    } finally {
      this.behaviour.onDone?.();
    }
  }

  destroy(): void {
    this.destroyed = true;
  }
}

function options(accounts: OrgAccount[], transportFor: OrgScanOptions['transportFor'], extra: Partial<OrgScanOptions> = {}): OrgScanOptions {
  return { accounts, transportFor, checks, datasets: DATASETS, homeRegion: 'us-east-1', concurrency: 4, accountConcurrency: 2, source: 'aws', ...extra };
}

describe('scanning an organization', () => {
  it('scans each account with its own transport and files every finding under its account, sorted by id', async () => {
    const transports = new Map<string, FakeAccount>();
    const { report } = await scanOrganization(
      options([{ id: '333333333333', name: 'prod-web' }, { id: '222222222222' }], async (a) => {
        const t = new FakeAccount(a.id);
        transports.set(a.id, t);
        return t;
      }),
    );
    expect(report.accounts.map((a) => [a.id, a.status])).toEqual([
      ['222222222222', 'scanned'],
      ['333333333333', 'scanned'],
    ]);
    const prod = report.accounts[1]!;
    expect(prod.name).toBe('prod-web');
    expect(prod.report!.account.id).toBe('333333333333');
    expect(prod.report!.findings).toEqual([
      expect.objectContaining({ status: 'FAIL', accountId: '333333333333', accountName: 'prod-web', resourceId: 'db-333333333333' }),
    ]);
    expect(report.accounts[0]!.report!.findings[0]).not.toHaveProperty('accountName');
    expect([...transports.values()].every((t) => t.destroyed)).toBe(true);
  });

  it('reports an account whose role cannot be assumed as an error and finishes the others', async () => {
    const { report } = await scanOrganization(
      options([{ id: '111111111111' }, { id: '222222222222', name: 'locked' }, { id: '333333333333' }], async (a) => {
        if (a.id === '222222222222') throw new Error('Could not assume role arn:aws:iam::222222222222:role/posture-audit: AccessDenied: not authorized');
        return new FakeAccount(a.id);
      }),
    );
    expect(report.accounts.map((a) => a.status)).toEqual(['scanned', 'error', 'scanned']);
    expect(report.accounts[1]).toEqual({
      id: '222222222222',
      name: 'locked',
      status: 'error',
      error: 'Could not assume role arn:aws:iam::222222222222:role/posture-audit: AccessDenied: not authorized',
    });
  });

  it('reports an account that cannot even be identified (an SCP denying the region listing) as an error', async () => {
    const denied: Transport = {
      async send(req) {
        if (req.operation === 'GetCallerIdentity') return { Account: '444444444444', Arn: 'arn:aws:sts::444444444444:assumed-role/posture-audit/s' };
        throw Object.assign(new Error('with an explicit deny in a service control policy'), { name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } });
      },
    };
    const { report } = await scanOrganization(options([{ id: '444444444444' }], async () => denied));
    expect(report.accounts[0]).toMatchObject({ status: 'error', error: expect.stringMatching(/ec2:DescribeRegions.*service control policy/) });
  });

  it('refuses to file findings under an account the credentials do not belong to', async () => {
    const { report } = await scanOrganization(options([{ id: '555555555555' }], async (a) => new FakeAccount(a.id, { identity: '666666666666' })));
    expect(report.accounts[0]).toMatchObject({ status: 'error', error: 'The credentials for account 555555555555 belong to account 666666666666' });
  });

  it('scans at most --account-concurrency accounts at once', async () => {
    const busy = new Set<string>();
    let most = 0;
    const accounts = Array.from({ length: 7 }, (_, i) => ({ id: String(100000000000 + i) }));
    await scanOrganization(
      options(accounts, async (a) => {
        busy.add(a.id);
        most = Math.max(most, busy.size);
        return new FakeAccount(a.id, { delayMs: 5 });
      }, {
        accountConcurrency: 3,
        onAccountDone: (result) => busy.delete(result.id),
      }),
    );
    expect(most).toBe(3);
  });

  it('gives up one account after the timeout, not the run', async () => {
    const { report } = await scanOrganization(
      options([{ id: '111111111111' }, { id: '222222222222' }], async (a) => new FakeAccount(a.id, { delayMs: a.id === '222222222222' ? 200 : 0 }), { accountTimeoutMs: 100 }),
    );
    expect(report.accounts[0]!.status).toBe('scanned');
    expect(report.accounts[1]).toMatchObject({ status: 'error', error: expect.stringContaining('did not finish within 0.1 seconds') });
  });

  it('adds the framework view to each account and carries the shard, organization and notes', async () => {
    const shard = { index: 1, count: 2, total: 3, selection: `sha256:${'0'.repeat(64)}` };
    const { report, requests } = await scanOrganization(
      options([{ id: '111111111111' }], async (a) => new FakeAccount(a.id), {
        checks: CHECKS.filter((c) => c.id === 'rds-instance-storage-encrypted'),
        framework: 'fsbp',
        shard,
        organization: { id: 'o-a1b2c3d4e5' },
        notes: ['Account 999999999999 is suspended and was not scanned.'],
      }),
    );
    expect(report.accounts[0]!.report!.compliance?.framework).toBe('fsbp');
    expect(report.accounts[0]!.report!.compliance?.controls.find((c) => c.id === 'RDS.3')).toMatchObject({ status: 'fail', fail: 1 });
    expect(report).toMatchObject({ shard, organization: { id: 'o-a1b2c3d4e5' }, notes: ['Account 999999999999 is suspended and was not scanned.'] });
    expect(requests.sent).toBeGreaterThanOrEqual(3);
  });
});

describe('the organization context in each account', () => {
  const ORG_ID = 'o-a1b2c3d4e5';
  const MEMBER = '222222222222';
  const refused = (name: string, status: number) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
  /** A member account with a role that trusts everyone; it cannot read the organization's policies. */
  const member: Transport = {
    async send(req: AwsRequest) {
      switch (`${req.service}:${req.operation}`) {
        case 'sts:GetCallerIdentity':
          return { Account: MEMBER, Arn: `arn:aws:sts::${MEMBER}:assumed-role/posture-audit/s` };
        case 'ec2:DescribeRegions':
          return { Regions: [{ RegionName: 'us-east-1' }] };
        case 'organizations:DescribeOrganization':
          return { Organization: { Id: ORG_ID, MasterAccountId: '111111111111' } };
        case 'organizations:ListDelegatedAdministrators':
          throw refused('AccessDeniedException', 403);
        case 'organizations:DescribeEffectivePolicy':
          throw refused('EffectivePolicyNotFoundException', 400);
        case 'iam:ListRoles':
          return { Roles: [{ RoleName: 'open', Arn: `arn:aws:iam::${MEMBER}:role/open`, AssumeRolePolicyDocument: encodeURIComponent('{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}') }] };
        default:
          return {};
      }
    },
  };
  const trust = CHECKS.filter((c) => c.id === 'iam-role-trust-no-public-principal');
  const rcp = '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"sts:*","Resource":"*","Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}}}]}';
  const context = {
    organization: { id: ORG_ID, managementAccountId: '111111111111' },
    readBy: 'management-account' as const,
    isManagementAccount: false,
    resourceControlPolicies: { known: true as const, value: [{ id: 'p-1', name: 'OrgOnly', awsManaged: false, target: 'r-ab12', content: rcp }] },
    accountIds: { known: true as const, value: ['111111111111', MEMBER] },
    declarativeEc2: { known: true as const, value: null },
    organizationTrails: { known: true as const, value: [] },
  };

  it("uses what the management account read: a trust to everyone that an RCP denies outside the organization passes", async () => {
    const reading = { contexts: new Map([[MEMBER, context]]), notes: [], requests: { sent: 3, reused: 0, byService: { organizations: 3 } } };
    const { report, requests } = await scanOrganization(options([{ id: MEMBER }], async () => member, { checks: trust, organizationReading: reading }));
    const findings = report.accounts[0]!.report!.findings;
    expect(findings.map((f) => f.status)).toEqual(['PASS']);
    expect(findings[0]!.message).toContain('resource control policy OrgOnly (p-1, attached to r-ab12');
    expect(report.accounts[0]!.report!.notes).toEqual([]);
    expect(requests.byService.organizations).toBeGreaterThanOrEqual(3);
  });

  it('without it (the management account could not read the policies), the FAIL stands and the account report says what was not read', async () => {
    const unread = { ...context, resourceControlPolicies: { known: false as const, reason: 'organizations:ListRoots failed: AccessDeniedException' } };
    const reading = { contexts: new Map([[MEMBER, unread]]), notes: ['Organization facts not read for 1 account: resource control policies (organizations:ListRoots failed: AccessDeniedException); verdicts there do not use them.'], requests: { sent: 1, reused: 0, byService: {} } };
    const { report } = await scanOrganization(options([{ id: MEMBER }], async () => member, { checks: trust, organizationReading: reading }));
    const scanned = report.accounts[0]!.report!;
    expect(scanned.findings.map((f) => f.status)).toEqual(['FAIL']);
    expect(scanned.findings[0]!.message).toContain('were not taken into account: organizations:ListRoots failed: AccessDeniedException');
    expect(scanned.notes).toEqual([`Organization ${ORG_ID}: these organization facts could not be read, and no verdict uses them: resource control policies (organizations:ListRoots failed: AccessDeniedException).`]);
    expect(report.notes).toEqual(reading.notes);
  });
});
