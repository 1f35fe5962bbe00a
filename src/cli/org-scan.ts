// `aws-posture scan --org` and `scan --accounts`: choose the accounts (AWS Organizations, or the ids
// given), keep this run's shard of them, assume the scanning role in each, scan them a few at a time,
// and write one report covering them all.

import { availableParallelism } from 'node:os';
import type { AnyCheck } from '../checks/define.js';
import type { Framework } from '../compliance/frameworks.js';
import { DATASETS } from '../data/datasets/index.js';
import type { CheckMeta, Severity } from '../model.js';
import { accountTransport, type RoleAccessPlan } from '../org/account-transport.js';
import { label } from '../org/accounts.js';
import { callerCredentials, isExternalId, isRoleName, sessionName } from '../org/assume-role.js';
import type { OrgAccountSummary } from '../org/model.js';
import { resultsInSpool } from '../org/results.js';
import { scanOrganizationToSpool } from '../org/scan-org.js';
import { MAX_SHARDS, parseShardSpec, type ShardSpec } from '../org/shard.js';
import { ORGANIZATION_FORMATS, type GroupBy, type OrganizationFormat } from '../report/formats.js';
import { counted } from '../report/labels.js';
import { MAX_RUNS_PER_FILE } from '../report/org-sarif.js';
import type { Config } from '../suppress/config.js';
import { UsageError } from './errors.js';
import { assertWritable } from './files.js';
import { gateOrganization } from './gate.js';
import { runLog, type CliIO } from './io.js';
import { chooseAccounts } from './org-accounts.js';
import { assertKnownRegions } from './regions.js';
import { listOf, parseFailOn, parseGroupBy, parseOutputs, parsePositiveInt, parseRegions, type OutputSpec } from './options.js';
import { writeOrgOutputs } from './outputs.js';
import { announceConfig, assertEndpointUrl, checksOf, interruptible, limitsOf, suppressionsOf, type ScanFlags } from './scan-options.js';
import { terminalWidth, useColor } from './terminal.js';
import type { OrgScanFlags } from './org-flags.js';

export { isOrgScan, type OrgScanFlags } from './org-flags.js';

export const DEFAULT_ACCOUNT_CONCURRENCY = 4;
const MAX_ACCOUNT_CONCURRENCY = 64;
const MAX_WORKERS = 64;

interface Plan {
  include: string[] | undefined;
  exclude: string[] | undefined;
  parents: string[] | undefined;
  roleName: string;
  externalId: string | undefined;
  accountConcurrency: number;
  workers: number;
  shard: ShardSpec | undefined;
  checks: AnyCheck[];
  framework: Framework | undefined;
  regions: string[] | undefined;
  outputs: OutputSpec<OrganizationFormat>[];
  failOn: Severity | 'none';
  config: Config | undefined;
  groupBy: GroupBy | undefined;
  concurrency: number;
  timeoutMs: number;
  requestTimeoutMs: number;
}

export async function orgScanCommand(flags: OrgScanFlags, io: CliIO): Promise<number> {
  // Every option is checked before the first AWS call, so bad input costs nothing and writes nothing.
  const plan = planOf(flags);
  if (plan.regions) await assertKnownRegions(plan.regions);
  return interruptible(io, () => {
    if (plan.config) announceConfig(plan.config, io, flags.quiet, new Date());
    return run(flags, io, plan);
  });
}

function planOf(flags: OrgScanFlags): Plan {
  const refused: Array<[unknown, string]> = [
    [flags.inventory, '--inventory'],
    [flags.saveInventory, '--save-inventory'],
    [flags.baseline, '--baseline'],
    [flags.failOnNew, '--fail-on-new'],
  ];
  for (const [value, name] of refused) {
    if (value !== undefined) throw new UsageError(`${name} works on one account and is not available with --org or --accounts`);
  }
  const include = listOf(flags.accounts);
  if (!flags.org && !include) throw new UsageError('Name the accounts to scan: --org for every account of the organization, or --accounts <ids>');
  const parents = listOf(flags.ou);
  if (parents && !flags.org) throw new UsageError('--ou selects accounts of the organization and needs --org');
  if (flags.roleName === undefined || flags.roleName.trim() === '') {
    throw new UsageError('--role-name is required with --org and --accounts: the read-only role aws-posture assumes in each account');
  }
  const roleName = flags.roleName.trim().replace(/^\/+/, '');
  if (!isRoleName(roleName)) throw new UsageError(`--role-name '${flags.roleName}' is not an IAM role name (letters, digits and +=,.@_- , optionally after a path)`);
  if (flags.externalId !== undefined && !isExternalId(flags.externalId)) {
    throw new UsageError('--external-id must be 2 to 1224 characters of letters, digits and +=,.@:/_-');
  }
  let shard: Plan['shard'];
  if (flags.shard !== undefined) {
    shard = parseShardSpec(flags.shard);
    if (!shard) {
      throw new UsageError(`--shard '${flags.shard}' must be <index>/<count> with the index counted from 1 up to the count (1/4 to 4/4), count at most ${MAX_SHARDS}`);
    }
  }
  const { checks, framework } = checksOf(flags);
  const regionList = listOf(flags.region);
  const outputs = parseOutputs(flags.format, flags.output, ORGANIZATION_FORMATS);
  if (flags.sarifCategory !== undefined && !/\S/.test(flags.sarifCategory)) throw new UsageError('--sarif-category needs a name');
  if (flags.endpointUrl !== undefined) assertEndpointUrl(flags.endpointUrl);
  for (const out of outputs) if (out.path) assertWritable(out.path, `the ${out.format} report`);
  return {
    include: include && parseAccountIds('accounts', include),
    exclude: listOf(flags.excludeAccounts) && parseAccountIds('exclude-accounts', listOf(flags.excludeAccounts)!),
    parents: parents && parseParentIds(parents),
    roleName,
    externalId: flags.externalId,
    accountConcurrency:
      flags.accountConcurrency === undefined ? DEFAULT_ACCOUNT_CONCURRENCY : parsePositiveInt('account-concurrency', flags.accountConcurrency, MAX_ACCOUNT_CONCURRENCY),
    workers: flags.workers === undefined ? Math.min(availableParallelism(), MAX_WORKERS) : parsePositiveInt('workers', flags.workers, MAX_WORKERS),
    shard,
    checks,
    framework,
    regions: regionList ? parseRegions(regionList) : undefined,
    outputs,
    failOn: parseFailOn(flags.failOn ?? 'low'),
    config: suppressionsOf(flags),
    groupBy: flags.groupBy === undefined ? undefined : parseGroupBy(flags.groupBy),
    ...limitsOf(flags),
  };
}

const ACCOUNT_ID = /^\d{12}$/;
const OU_OR_ROOT = /^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$/;

function parseAccountIds(option: string, values: readonly string[]): string[] {
  const bad = values.find((id) => !ACCOUNT_ID.test(id));
  if (bad !== undefined) throw new UsageError(`--${option}: '${bad}' is not an AWS account id (12 digits)`);
  return [...new Set(values)];
}

function parseParentIds(values: readonly string[]): string[] {
  const bad = values.find((id) => !OU_OR_ROOT.test(id));
  if (bad !== undefined) throw new UsageError(`--ou: '${bad}' is not an organizational unit id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)`);
  return [...new Set(values)];
}

async function run(flags: OrgScanFlags, io: CliIO, plan: Plan): Promise<number> {
  const log = runLog(io, flags.quiet);
  const choice = await chooseAccounts(
    {
      org: flags.org === true,
      include: plan.include,
      exclude: plan.exclude,
      parents: plan.parents,
      shard: plan.shard,
      profile: flags.profile,
      endpointUrl: flags.endpointUrl,
      requestTimeoutMs: plan.requestTimeoutMs,
      regions: plan.regions,
    },
    io,
    log,
  );
  const { accounts, shard } = choice;
  const sarifToStdout = plan.outputs.some((o) => o.format === 'sarif' && !o.path);
  if (sarifToStdout && accounts.length > MAX_RUNS_PER_FILE) {
    throw new UsageError(
      `SARIF on standard output is one file, and GitHub accepts at most ${MAX_RUNS_PER_FILE} runs (one per account) per file; ${accounts.length} accounts are selected: ` +
        `write it to a file (--format sarif=posture.sarif is split into files of ${MAX_RUNS_PER_FILE} runs) or shard the run (--shard)`,
    );
  }

  const base = await callerCredentials(flags.profile ?? io.env.AWS_PROFILE);
  try {
    await base();
  } catch (err) {
    throw new UsageError(`No usable AWS credentials to assume ${plan.roleName} with: ${(err as Error)?.message?.split('\n', 1)[0] ?? String(err)}`);
  }
  const session = sessionName(new Date());
  const shardText = shard ? ` (shard ${shard.index}/${shard.count} of ${counted(shard.total, 'account')})` : '';
  const workers = Math.min(plan.workers, Math.max(accounts.length, 1));
  const atOnce = workers > 1 ? `${workers} worker threads, ${plan.accountConcurrency} accounts at a time each` : `${Math.min(plan.accountConcurrency, Math.max(accounts.length, 1))} at a time`;
  log(
    `Scanning ${counted(accounts.length, 'account')}${shardText}, ${atOnce}, ` +
      `as role ${plan.roleName} (session ${session}); ${counted(plan.checks.length, 'check')}`,
  );
  for (const note of choice.notes) log(note);

  const access = {
    partition: choice.caller.partition,
    roleName: plan.roleName,
    ...(plan.externalId ? { externalId: plan.externalId } : {}),
    session,
    homeRegion: choice.homeRegion,
    ...(flags.endpointUrl ? { endpointUrl: flags.endpointUrl } : {}),
    ...(choice.configuredEndpoints ? { configuredEndpoints: choice.configuredEndpoints } : {}),
    requestTimeoutMs: plan.requestTimeoutMs,
    callerId: choice.caller.id,
  };
  const profile = flags.profile ?? io.env.AWS_PROFILE;
  const plainAccess: RoleAccessPlan = { ...access, ...(profile ? { profile } : {}) };
  const outcome = await scanOrganizationToSpool({
    accounts,
    transportFor: (account) => accountTransport(account, { ...access, base, env: io.env }),
    // Each worker thread resolves the caller's credentials again from the same profile and environment.
    transports: { options: plainAccess },
    workers,
    env: io.env,
    checks: plan.checks,
    datasets: DATASETS,
    ...(plan.regions ? { regions: plan.regions } : {}),
    homeRegion: choice.homeRegion,
    concurrency: plan.concurrency,
    accountConcurrency: plan.accountConcurrency,
    source: 'aws',
    ...(plan.framework ? { framework: plan.framework } : {}),
    ...(plan.config ? { suppressions: { rules: plan.config.suppressions, now: new Date() } } : {}),
    accountTimeoutMs: plan.timeoutMs,
    ...(choice.organization ? { organization: choice.organization } : {}),
    ...(choice.organizationReading ? { organizationReading: choice.organizationReading } : {}),
    ...(shard ? { shard } : {}),
    notes: choice.notes,
    onAccountDone: (result, done, total) => {
      const line = `[${String(done).padStart(String(total).length)}/${total}] ${label(result)}: ${outcomeText(result)}`;
      // An account that could not be scanned is an error, shown even with --quiet.
      if (result.status === 'error') io.stderr.write(`${line}\n`);
      else log(line);
    },
  });
  // Each account's result waits in the spool: the reports and the gate read them back one at a time.
  const results = resultsInSpool(outcome.report, outcome.spool);
  try {
    const meta = new Map<string, CheckMeta>(plan.checks.map((c) => [c.id, c]));
    const color = useColor(flags.color, io.stdout, io.env);
    await writeOrgOutputs(results, meta, plan.outputs, { ...flags, color, width: terminalWidth(io.stdout, io.env), groupBy: plan.groupBy }, io, log);
    if (flags.debug) {
      const r = outcome.requests;
      io.stderr.write(`Requests: ${r.sent} sent, ${r.reused} answered from the scans' memos; by service ${JSON.stringify(r.byService)}\n`);
    }
    return gateOrganization(results, { failOn: plan.failOn, failOnError: flags.failOnError === true }, log, io);
  } finally {
    outcome.spool.remove();
  }
}

function outcomeText(result: OrgAccountSummary): string {
  if (!result.findings) return `not scanned: ${result.error ?? 'unknown error'}`;
  const { FAIL, ERROR, PASS } = result.findings;
  return `${FAIL} FAIL, ${ERROR} ERROR, ${PASS} PASS in ${Math.round((result.durationMs ?? 0) / 1000)}s`;
}
