// `aws-posture scan --org` and `scan --accounts`: choose the accounts (AWS Organizations, or the ids
// given), keep this run's shard of them, assume the scanning role in each, scan them a few at a time,
// and write one report covering them all.

import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { AwsCallError, describeAwsError } from '../aws/errors.js';
import type { Transport } from '../aws/transport.js';
import type { AnyCheck } from '../checks/define.js';
import type { Framework } from '../compliance/frameworks.js';
import { AwsData } from '../data/aws-data.js';
import { DATASETS } from '../data/datasets/index.js';
import { ScanSetupError } from '../engine/scan.js';
import type { CheckMeta, ScanAccount, ScanReport, Severity } from '../model.js';
import { label, listOrganizationAccounts, selectFromListing, selectGiven, type Selection } from '../org/accounts.js';
import { assumedRoleCredentials, assumeRoleFailure, callerCredentials, isExternalId, isRoleName, roleArn, sessionName } from '../org/assume-role.js';
import type { OrgAccount, OrgAccountResult, OrgReport, ShardInfo } from '../org/model.js';
import { readOrganization, type OrganizationReading } from '../org/organization-context.js';
import { scanOrganization } from '../org/scan-org.js';
import { MAX_SHARDS, parseShardSpec, shardAccounts } from '../org/shard.js';
import type { JsonReport } from '../report/json.js';
import { formatOrgJson } from '../report/org-json.js';
import { formatOrgSarif, MAX_RUNS_PER_FILE } from '../report/org-sarif.js';
import { formatOrgTable } from '../report/org-table.js';
import { applySuppressions, withoutSuppressed } from '../suppress/apply.js';
import type { Config } from '../suppress/config.js';
import { EXIT, UsageError } from './errors.js';
import { assertWritable, writeFilesAtomically } from './files.js';
import type { CliIO } from './main.js';
import { listOf, parseFailOn, parseOutputs, parsePositiveInt, parseRegions, type OutputSpec } from './options.js';
import { gate, type ScanFlags } from './scan-command.js';
import { assertEndpointUrl, checksOf, interruptible, limitsOf, suppressionsOf } from './scan-options.js';

/**
 * The options of `scan` plus those that pick the accounts. --inventory, --save-inventory, --baseline
 * and --fail-on-new belong to single-account scans and are refused here.
 */
export interface OrgScanFlags extends ScanFlags {
  org?: boolean;
  ou?: string[];
  accounts?: string[];
  excludeAccounts?: string[];
  roleName?: string;
  externalId?: string;
  accountConcurrency?: string;
  shard?: string;
}

export const DEFAULT_ACCOUNT_CONCURRENCY = 4;
const MAX_ACCOUNT_CONCURRENCY = 64;

/** Whether the flags ask for a multi-account scan: any option of this command decides it. */
export function isOrgScan(flags: Partial<OrgScanFlags>): boolean {
  return (
    flags.org === true ||
    [flags.ou, flags.accounts, flags.excludeAccounts].some((v) => v !== undefined && v.length > 0) ||
    [flags.roleName, flags.externalId, flags.accountConcurrency, flags.shard].some((v) => v !== undefined)
  );
}

interface Plan {
  include: string[] | undefined;
  exclude: string[] | undefined;
  parents: string[] | undefined;
  roleName: string;
  externalId: string | undefined;
  accountConcurrency: number;
  shard: { index: number; count: number } | undefined;
  checks: AnyCheck[];
  framework: Framework | undefined;
  regions: string[] | undefined;
  outputs: OutputSpec<OrgFormat>[];
  failOn: Severity | 'none';
  config: Config | undefined;
  concurrency: number;
  timeoutMs: number;
  requestTimeoutMs: number;
}

const ORG_FORMATS = ['table', 'json', 'sarif'] as const;
export type OrgFormat = (typeof ORG_FORMATS)[number];

export async function orgScanCommand(flags: OrgScanFlags, io: CliIO): Promise<number> {
  // Every option is checked before the first AWS call, so bad input costs nothing and writes nothing.
  const plan = planOf(flags);
  return interruptible(io, () => run(flags, io, plan));
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
      throw new UsageError(`--shard '${flags.shard}' must be <index>/<count> with the index counted from 0 and below the count (e.g. 0/4 to 3/4), count at most ${MAX_SHARDS}`);
    }
  }
  const { checks, framework } = checksOf(flags);
  const regionList = listOf(flags.region);
  const outputs = parseOutputs(flags.format, flags.output, ORG_FORMATS);
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
    shard,
    checks,
    framework,
    regions: regionList ? parseRegions(regionList) : undefined,
    outputs,
    failOn: parseFailOn(flags.failOn ?? 'low'),
    config: suppressionsOf(flags),
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
  const log = (line: string) => {
    if (!flags.quiet) io.stderr.write(`${line}\n`);
  };
  const { liveSetup } = await import('./aws-setup.js');
  const live = await liveSetup({
    env: io.env,
    requestTimeoutMs: plan.requestTimeoutMs,
    maxAttempts: 6,
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.endpointUrl ? { endpointUrl: flags.endpointUrl } : {}),
  });
  const homeRegion = live.homeRegion;
  let caller: ScanAccount;
  let selection: Selection;
  let organization: OrgReport['organization'];
  let organizationReading: OrganizationReading | undefined;
  try {
    // The organization's API is called from the caller's own account, a few requests at a time.
    const aws = new AwsData(live.transport, { concurrency: 4 });
    caller = await identify(aws, homeRegion);
    if (flags.org) {
      log(`Listing the accounts of the organization as ${caller.principalArn}`);
      const listing = await listOrganizationAccounts(aws, homeRegion, plan.parents);
      organization = listing.organization;
      selection = selectFromListing(listing, plan.include, plan.exclude);
      const scope = plan.parents ? `the organizational units ${plan.parents.join(', ')}` : 'the organization';
      if (selection.unknown.length > 0) {
        const n = selection.unknown.length;
        throw new UsageError(`--accounts: ${selection.unknown.join(', ')} ${n === 1 ? 'is not an account' : 'are not accounts'} of ${scope}`);
      }
      // What members cannot read of the organization (RCPs, declarative policies, organization
      // trails) is read once here, with the caller's own credentials, and handed to every account.
      log('Reading the organization\'s policies');
      organizationReading = await readOrganization({ transport: live.transport, caller, datasets: DATASETS, homeRegion, regions: plan.regions ?? [homeRegion], concurrency: 4 });
    } else {
      selection = { accounts: selectGiven(plan.include!, plan.exclude), unknown: [], notes: [] };
    }
  } finally {
    live.transport.destroy();
  }
  if (selection.accounts.length === 0) throw new UsageError('No account to scan: the selection (--org, --ou, --accounts, --exclude-accounts) holds no active account');

  let accounts: OrgAccount[] = selection.accounts;
  let shard: ShardInfo | undefined;
  if (plan.shard) {
    ({ accounts, info: shard } = shardAccounts(selection.accounts, plan.shard));
  }
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
  const shardText = shard ? ` (shard ${shard.index}/${shard.count} of ${shard.total} accounts)` : '';
  log(
    `Scanning ${accounts.length} account${accounts.length === 1 ? '' : 's'}${shardText}, ${Math.min(plan.accountConcurrency, Math.max(accounts.length, 1))} at a time, ` +
      `as role ${plan.roleName} (session ${session}); ${plan.checks.length} checks`,
  );
  for (const note of selection.notes) log(note);

  const outcome = await scanOrganization({
    accounts,
    transportFor: (account) => accountTransport(account, { flags, plan, io, base, session, homeRegion, partition: caller.partition, callerId: caller.id }),
    checks: plan.checks,
    datasets: DATASETS,
    ...(plan.regions ? { regions: plan.regions } : {}),
    homeRegion,
    concurrency: plan.concurrency,
    accountConcurrency: plan.accountConcurrency,
    source: 'aws',
    ...(plan.framework ? { framework: plan.framework } : {}),
    accountTimeoutMs: plan.timeoutMs,
    ...(organization ? { organization } : {}),
    ...(organizationReading ? { organizationReading } : {}),
    ...(shard ? { shard } : {}),
    notes: selection.notes,
    onAccountDone: (result, done, total) => {
      const line = `[${String(done).padStart(String(total).length)}/${total}] ${label(result)}: ${outcomeText(result)}`;
      // An account that could not be scanned is an error, shown even with --quiet.
      if (result.status === 'error') io.stderr.write(`${line}\n`);
      else log(line);
    },
  });
  const report = plan.config ? withSuppressions(outcome.report, plan.config) : outcome.report;
  const meta = new Map<string, CheckMeta>(plan.checks.map((c) => [c.id, c]));
  writeOrgOutputs(report, meta, plan.outputs, flags, io, log);
  if (flags.debug) {
    const r = outcome.requests;
    io.stderr.write(`Requests: ${r.sent} sent, ${r.reused} answered from the scans' memos; by service ${JSON.stringify(r.byService)}\n`);
  }
  return orgGate(report, { failOn: plan.failOn, failOnError: flags.failOnError === true }, log, io);
}

async function identify(aws: AwsData, region: string): Promise<ScanAccount> {
  let out: Record<string, unknown> | undefined;
  try {
    out = await aws.call({ service: 'sts', operation: 'GetCallerIdentity', region, input: {} });
  } catch (err) {
    if (err instanceof AwsCallError && err.info.code === 'UsageError') throw new UsageError(err.info.message);
    const reason = err instanceof AwsCallError ? describeAwsError(err.info) : (err as Error).message;
    throw new ScanSetupError(`Could not identify the caller with sts:GetCallerIdentity: ${reason}`);
  }
  const arn = typeof out?.Arn === 'string' ? out.Arn : '';
  const id = typeof out?.Account === 'string' ? out.Account : '';
  if (!arn || !ACCOUNT_ID.test(id)) throw new ScanSetupError('sts:GetCallerIdentity returned no account id or ARN');
  return { id, principalArn: arn, partition: arn.split(':')[1] || 'aws' };
}

interface AccountContext {
  flags: OrgScanFlags;
  plan: Plan;
  io: CliIO;
  base: AwsCredentialIdentityProvider;
  session: string;
  homeRegion: string;
  partition: string;
  /** The account the scan runs in: scanned with the caller's own credentials (CHECKS-3 §3.3 item 5). */
  callerId: string;
}

async function accountTransport(account: OrgAccount, ctx: AccountContext): Promise<Transport> {
  const { SdkTransport } = await import('../aws/sdk-transport.js');
  if (account.id === ctx.callerId) {
    // AWS creates no OrganizationAccountAccessRole in the management account; it is scanned as the caller.
    return new SdkTransport({
      credentials: ctx.base,
      maxAttempts: 6,
      requestTimeoutMs: ctx.plan.requestTimeoutMs,
      connectionTimeoutMs: Math.min(5_000, ctx.plan.requestTimeoutMs),
      env: ctx.io.env,
      ...(ctx.flags.endpointUrl ? { endpointUrl: ctx.flags.endpointUrl } : {}),
    });
  }
  const arn = roleArn(ctx.partition, account.id, ctx.plan.roleName);
  const credentials = await assumedRoleCredentials({
    base: ctx.base,
    roleArn: arn,
    sessionName: ctx.session,
    ...(ctx.plan.externalId ? { externalId: ctx.plan.externalId } : {}),
    region: ctx.homeRegion,
    ...(ctx.flags.endpointUrl ? { endpointUrl: ctx.flags.endpointUrl } : {}),
    env: ctx.io.env,
    requestTimeoutMs: ctx.plan.requestTimeoutMs,
    maxAttempts: 3,
  });
  try {
    // Assumed once up front: a role that cannot be assumed is one clear error, not one per request.
    await credentials();
  } catch (err) {
    throw new Error(assumeRoleFailure(err, arn, ctx.plan.externalId !== undefined));
  }
  return new SdkTransport({
    credentials,
    maxAttempts: 6,
    requestTimeoutMs: ctx.plan.requestTimeoutMs,
    connectionTimeoutMs: Math.min(5_000, ctx.plan.requestTimeoutMs),
    env: ctx.io.env,
    ...(ctx.flags.endpointUrl ? { endpointUrl: ctx.flags.endpointUrl } : {}),
  });
}

function outcomeText(result: OrgAccountResult): string {
  if (!result.report) return `not scanned: ${result.error ?? 'unknown error'}`;
  const count = (status: string) => result.report!.findings.filter((f) => f.status === status).length;
  const seconds = Math.round((Date.parse(result.report.finishedAt) - Date.parse(result.report.startedAt)) / 1000);
  return `${count('FAIL')} FAIL, ${count('ERROR')} ERROR, ${count('PASS')} PASS in ${seconds}s`;
}

function withSuppressions(report: OrgReport, config: Config): OrgReport {
  const now = new Date();
  return {
    ...report,
    accounts: report.accounts.map((a) => (a.report ? { ...a, report: applySuppressions(a.report, config.suppressions, now).report } : a)),
  };
}

export interface OrgOutputFlags {
  color: boolean;
  showPassed?: boolean;
  sarifSuppressions?: boolean;
  sarifCategory?: string;
}

/**
 * Renders every asked format and writes them all or none. A SARIF report of more than 20 runs is
 * written as `<name>.1.sarif`, `<name>.2.sarif`, ...: GitHub refuses larger files, and upload-sarif
 * would join the files of one directory back into a single upload.
 */
export function writeOrgOutputs(
  report: OrgReport,
  meta: ReadonlyMap<string, CheckMeta>,
  outputs: readonly OutputSpec<OrgFormat>[],
  flags: OrgOutputFlags,
  io: CliIO,
  log: (line: string) => void,
  asRead?: ReadonlyMap<string, JsonReport>,
): void {
  const color = flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
  const files: Array<{ path: string; content: string }> = [];
  const toStdout: string[] = [];
  const written: string[] = [];
  for (const out of outputs) {
    let texts: string[];
    if (out.format === 'table') {
      texts = [formatOrgTable(report, meta, { color: out.path ? false : color, showPassed: flags.showPassed === true })];
    } else if (out.format === 'json') {
      texts = [formatOrgJson(report, meta, asRead ? { asRead } : {})];
    } else {
      // GitHub turns SARIF suppressions into open alerts unless the repository opts in, so by default they stay out.
      const shown = flags.sarifSuppressions ? report : withoutSuppressedFindings(report);
      texts = formatOrgSarif(shown, meta, flags.sarifCategory !== undefined ? { categoryPrefix: flags.sarifCategory.trim() } : {});
    }
    if (!out.path) {
      if (texts.length > 1) {
        throw new UsageError(`The SARIF report needs ${texts.length} files of at most ${MAX_RUNS_PER_FILE} runs; write it to a file (--format sarif=posture.sarif)`);
      }
      toStdout.push(texts[0]!);
      continue;
    }
    const paths = texts.length === 1 ? [out.path] : texts.map((_, i) => partPath(out.path!, i + 1));
    texts.forEach((content, i) => files.push({ path: paths[i]!, content }));
    written.push(
      texts.length === 1
        ? `Wrote the ${out.format} report to ${out.path}`
        : `Wrote the ${out.format} report as ${texts.length} files of at most ${MAX_RUNS_PER_FILE} runs (GitHub's limit per file): ${paths.join(', ')}; upload each one separately`,
    );
  }
  writeFilesAtomically(files);
  for (const text of toStdout) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  for (const line of written) log(line);
}

function withoutSuppressedFindings(report: OrgReport): OrgReport {
  return { ...report, accounts: report.accounts.map((a) => (a.report ? { ...a, report: withoutSuppressed(a.report) } : a)) };
}

/** `posture.sarif` -> `posture.2.sarif`; a name without an extension gets `.2` at the end. */
export function partPath(path: string, part: number): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? `${path.slice(0, dot)}.${part}${path.slice(dot)}` : `${path}.${part}`;
}

/**
 * The gate of a single scan over every scanned account's results, plus the accounts that could not be
 * scanned, which count like ERROR results (exit 1 with --fail-on-error). When no account at all could
 * be scanned the run did not happen: exit 2, as a single scan that cannot start.
 */
export function orgGate(report: OrgReport, options: { failOn: Severity | 'none'; failOnError: boolean }, log: (line: string) => void, io: CliIO): number {
  const scanned = report.accounts.flatMap((a) => (a.report ? [a.report] : []));
  const failed = report.accounts.length - scanned.length;
  if (report.accounts.length > 0 && scanned.length === 0) {
    io.stderr.write(`aws-posture: none of the ${failed} account${failed === 1 ? '' : 's'} could be scanned\n`);
    return EXIT.USAGE;
  }
  let code: number = EXIT.OK;
  if (scanned.length > 0) {
    const combined: ScanReport = { ...scanned[0]!, findings: scanned.flatMap((r) => r.findings) };
    code = gate(combined, options, log);
  }
  if (failed > 0) {
    io.stderr.write(
      `aws-posture: ${failed} account${failed === 1 ? '' : 's'} could not be scanned${options.failOnError ? '' : `; ${failed === 1 ? 'it does' : 'they do'} not affect the exit code without --fail-on-error`}\n`,
    );
    if (options.failOnError) code = EXIT.GATE;
  }
  return code;
}
