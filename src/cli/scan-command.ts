import { AwsCallError } from '../aws/errors.js';
import { evaluateControls, FRAMEWORK_NAMES, type Framework } from '../compliance/frameworks.js';
import type { Transport } from '../aws/transport.js';
import type { AnyCheck } from '../checks/define.js';
import { DATASETS } from '../data/datasets/index.js';
import { inventoryProblem, INVENTORY_FORMAT, INVENTORY_VERSION, Recorder, ReplayTransport, type InventoryFile } from '../data/inventory.js';
import { unitsOf, type ProgressEvent } from '../engine/runner.js';
import { scan, ScanSetupError } from '../engine/scan.js';
import { compareScans, type Comparison } from '../baseline/compare.js';
import { readReportFile, type ReportSnapshot } from '../baseline/report-file.js';
import { atLeast, type CheckMeta, type Finding, type ScanReport, type Severity } from '../model.js';
import { readJson } from '../read-file.js';
import { applySuppressions, utcDay } from '../suppress/apply.js';
import type { Config, SuppressionRule } from '../suppress/config.js';
import { TOOL } from '../version.js';
import { EXIT, UsageError } from './errors.js';
import { assertWritable, writeFilesAtomically } from './files.js';
import type { CliIO } from './main.js';
import type { ReportFormat } from '../report/index.js';
import { listOf, parseFailOn, parseOutputs, parseRegions, parseSeverity } from './options.js';
import { planKey, progressPrinter } from './progress.js';
import { assertEndpointUrl, checksOf, interruptible, limitsOf, suppressionsOf } from './scan-options.js';

export interface ScanFlags {
  profile?: string;
  region?: string[];
  pillar?: string[];
  service?: string[];
  check?: string[];
  excludeCheck?: string[];
  minSeverity?: string;
  framework?: string;
  format?: string[];
  output?: string;
  /** Default `low`, or `none` when only --fail-on-new is given. */
  failOn?: string;
  failOnError?: boolean;
  failOnNew?: string;
  baseline?: string;
  /** A file name, or false for --no-config; undefined: `.aws-posture.yml` when present. */
  config?: string | false;
  sarifSuppressions?: boolean;
  sarifCategory?: string;
  showPassed?: boolean;
  concurrency: string;
  timeout: string;
  requestTimeout: string;
  endpointUrl?: string;
  inventory?: string;
  saveInventory?: string;
  color: boolean;
  quiet?: boolean;
  debug?: boolean;
}

export async function scanCommand(flags: ScanFlags, io: CliIO): Promise<number> {
  // Every option is checked before the first AWS call, so bad input costs nothing and writes nothing.
  const { checks, framework } = checksOf(flags);
  const regionList = listOf(flags.region);
  const regions = regionList ? parseRegions(regionList) : undefined;
  const { REPORT_FORMATS } = await import('../report/index.js');
  const outputs = parseOutputs(flags.format, flags.output, REPORT_FORMATS);
  const failOnNew = flags.failOnNew === undefined ? undefined : parseSeverity(flags.failOnNew);
  if (failOnNew && !flags.baseline) throw new UsageError('--fail-on-new needs --baseline <report.json>, the earlier report that tells new findings from known ones');
  // With --fail-on-new alone, known findings must not trip the default --fail-on.
  const failOn = parseFailOn(flags.failOn ?? (failOnNew ? 'none' : 'low'));
  if (flags.sarifCategory !== undefined && !/\S/.test(flags.sarifCategory)) throw new UsageError('--sarif-category needs a name');
  const config = suppressionsOf(flags);
  const baseline = flags.baseline ? readReportFile(flags.baseline, 'baseline report') : undefined;
  const limits = limitsOf(flags);
  if (flags.endpointUrl !== undefined) assertEndpointUrl(flags.endpointUrl);
  for (const out of outputs) if (out.path) assertWritable(out.path, `the ${out.format} report`);
  if (flags.saveInventory) assertWritable(flags.saveInventory, 'the inventory');

  return interruptible(io, () => {
    if (config && !flags.quiet) warnExpired(config, io);
    return scanAndReport(flags, io, { checks, framework, regions, outputs, failOn, failOnNew, config, baseline, ...limits });
  });
}

interface Plan {
  checks: AnyCheck[];
  framework: Framework | undefined;
  regions: string[] | undefined;
  outputs: Array<{ format: ReportFormat; path?: string }>;
  failOn: Severity | 'none';
  failOnNew: Severity | undefined;
  config: Config | undefined;
  baseline: ReportSnapshot | undefined;
  concurrency: number;
  timeoutMs: number;
  requestTimeoutMs: number;
}

async function scanAndReport(flags: ScanFlags, io: CliIO, plan: Plan): Promise<number> {
  const { checks, framework, regions, outputs, failOn, failOnNew, config, baseline, concurrency, timeoutMs, requestTimeoutMs } = plan;
  const log = (line: string) => {
    if (!flags.quiet) io.stderr.write(`${line}\n`);
  };
  const { transport, homeRegion, source, evaluatedAt } = await connect(flags, io, requestTimeoutMs);
  const recorder = flags.saveInventory ? new Recorder() : undefined;
  const showProgress = !flags.quiet && io.stderr.isTTY === true;
  let progress: ((event: ProgressEvent) => void) | undefined;

  const scanning = scan({
    transport,
    checks,
    datasets: DATASETS,
    ...(regions ? { regions } : {}),
    homeRegion,
    concurrency,
    source,
    ...(evaluatedAt ? { evaluatedAt } : {}),
    ...(recorder ? { recorder } : {}),
    onIdentity: (account, scanned) => {
      // Checked before any check runs: comparing two accounts would call every finding new.
      if (baseline && baseline.accountId !== account.id) {
        throw new UsageError(`The baseline report ${baseline.file} is a scan of account ${baseline.accountId}, not of ${account.id}, the account being scanned`);
      }
      log(`Scanning account ${account.id} as ${account.principalArn}`);
      log(`${checks.length} checks in ${scanned.length} region${scanned.length === 1 ? '' : 's'}: ${scanned.join(', ')}`);
      if (showProgress) progress = progressPrinter(planOf(checks, scanned), { write: (t) => io.stderr.write(t) });
    },
    onProgress: (event) => progress?.(event),
  });
  let outcome: Awaited<typeof scanning>;
  try {
    outcome = await withTimeout(scanning, timeoutMs);
  } catch (err) {
    transport.destroy?.();
    if (err instanceof ScanSetupError || err instanceof UsageError) throw err;
    if (err instanceof AwsCallError) throw new ScanSetupError(err.message);
    throw err;
  }
  transport.destroy?.();
  const { requests } = outcome;
  let report = framework ? withCompliance(outcome.report, framework, checks) : outcome.report;
  if (config) report = applySuppressions(report, config.suppressions, new Date()).report;
  let comparison: Comparison | undefined;
  if (baseline) {
    comparison = compareScans(baseline, report);
    report = { ...report, findings: comparison.findings, baseline: { source: baseline.file, startedAt: baseline.startedAt, fixed: comparison.fixed } };
  }

  const meta = new Map<string, CheckMeta>(checks.map((c) => [c.id, c]));
  const color = flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
  const { render } = await import('../report/index.js');
  const category = flags.sarifCategory?.trim();
  const files: Array<{ path: string; content: string }> = [];
  const toStdout: string[] = [];
  for (const out of outputs) {
    // GitHub turns SARIF suppressions into open alerts unless the repository opts in, so by default
    // the SARIF reporter leaves suppressed results out; --sarif-suppressions keeps them, marked.
    const text = render(out.format, report, meta, {
      color: out.path ? false : color,
      showPassed: flags.showPassed === true,
      ...(category ? { category } : {}),
      includeSuppressed: flags.sarifSuppressions === true,
    });
    if (out.path) files.push({ path: out.path, content: text });
    else toStdout.push(text);
  }
  if (recorder && flags.saveInventory) files.push({ path: flags.saveInventory, content: inventoryText(report, recorder, evaluatedAt) });
  writeFilesAtomically(files);
  for (const text of toStdout) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  for (const out of outputs) if (out.path) log(`Wrote the ${out.format} report to ${out.path}`);
  if (flags.saveInventory) log(`Wrote the inventory to ${flags.saveInventory}`);
  if (flags.debug) io.stderr.write(`Requests: ${requests.sent} sent, ${requests.reused} answered from the scan's memo; by service ${JSON.stringify(requests.byService)}\n`);

  const suppressed = report.findings.filter((f) => f.suppression).length;
  if (config && suppressed > 0) log(`${suppressed} result${suppressed === 1 ? ' is' : 's are'} suppressed by ${config.file} and do${suppressed === 1 ? 'es' : ''} not affect the exit code.`);
  if (baseline && comparison) log(baselineSummary(baseline, comparison));
  return gate(report, { failOn, failOnError: flags.failOnError === true, ...(failOnNew ? { failOnNew } : {}) }, log);
}

function warnExpired(config: Config, io: CliIO): void {
  const today = utcDay(new Date());
  for (const rule of config.suppressions) {
    if (rule.expires !== undefined && rule.expires < today) {
      io.stderr.write(`aws-posture: warning: ${rule.source} (${describeRule(rule)}) expired on ${rule.expires}; the findings it covered count again\n`);
    }
  }
}

function describeRule(rule: SuppressionRule): string {
  const parts: string[] = [];
  if (rule.checks) parts.push(`check ${rule.checks.join(', ')}`);
  if (rule.resources) parts.push(`resource ${rule.resources.join(', ')}`);
  if (rule.accounts) parts.push(`account ${rule.accounts.join(', ')}`);
  if (rule.regions) parts.push(`region ${rule.regions.join(', ')}`);
  return parts.join('; ');
}

function baselineSummary(baseline: ReportSnapshot, c: Comparison): string {
  const unknown = c.notEvaluated.length > 0 ? `; ${c.notEvaluated.length} earlier FAIL${c.notEvaluated.length === 1 ? ' was' : 's were'} not evaluated this time` : '';
  return `Compared with ${baseline.file} (scan of ${baseline.startedAt}): ${c.newFailures.length} new FAIL${c.newFailures.length === 1 ? '' : 's'}, ${c.stillFailing.length} still failing, ${c.fixed.length} fixed${unknown}.`;
}

interface Connection {
  transport: Transport;
  homeRegion: string;
  source: ScanReport['source'];
  evaluatedAt?: Date;
}

async function connect(flags: ScanFlags, io: CliIO, requestTimeoutMs: number): Promise<Connection> {
  if (flags.inventory) {
    const data = readJson(flags.inventory, 'inventory file', (message) => new UsageError(message));
    const problem = inventoryProblem(data);
    if (problem) throw new UsageError(`Inventory file ${flags.inventory} is not valid: ${problem}`);
    const inventory = data as InventoryFile;
    const homeRegion = inventory.calls.find((c) => c.service === 'sts')?.region ?? 'us-east-1';
    const recordedAt = new Date(inventory.recordedAt);
    return {
      transport: new ReplayTransport(inventory),
      homeRegion,
      source: 'inventory',
      ...(Number.isNaN(recordedAt.getTime()) ? {} : { evaluatedAt: recordedAt }),
    };
  }
  const { liveSetup } = await import('./aws-setup.js');
  const live = await liveSetup({
    env: io.env,
    requestTimeoutMs,
    maxAttempts: 6,
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.endpointUrl ? { endpointUrl: flags.endpointUrl } : {}),
  });
  return { transport: live.transport, homeRegion: live.homeRegion, source: 'aws' };
}

function withCompliance(report: ScanReport, framework: Framework, checks: readonly CheckMeta[]): ScanReport {
  return { ...report, compliance: { framework, name: FRAMEWORK_NAMES[framework], controls: evaluateControls(framework, checks, report.findings, report.checks) } };
}

function planOf(checks: AnyCheck[], regions: readonly string[]): Map<string, number> {
  const plan = new Map<string, number>();
  for (const check of checks) {
    for (const unit of unitsOf(check, DATASETS, regions)) {
      const key = planKey(unit, check.service);
      plan.set(key, (plan.get(key) ?? 0) + 1);
    }
  }
  return plan;
}

function inventoryText(report: ScanReport, recorder: Recorder, evaluatedAt: Date | undefined): string {
  const inventory: InventoryFile = {
    format: INVENTORY_FORMAT,
    version: INVENTORY_VERSION,
    tool: report.tool,
    recordedAt: evaluatedAt?.toISOString() ?? report.startedAt,
    account: report.account,
    regions: report.regions,
    calls: recorder.entries(),
  };
  return `${JSON.stringify(inventory, null, 1)}\n`;
}

export interface GateOptions {
  failOn: Severity | 'none';
  failOnError: boolean;
  /** Gate on FAIL results at or above this severity that the baseline did not have. */
  failOnNew?: Severity;
}

/**
 * Exit 1 when a FAIL reaches --fail-on, a new FAIL reaches --fail-on-new, or (when asked) anything could
 * not be evaluated. Suppressed results never count: they are accepted, and reported as such.
 */
export function gate(report: ScanReport, options: GateOptions, log: (line: string) => void): number {
  const { failOn, failOnError, failOnNew } = options;
  const active = report.findings.filter((f) => !f.suppression);
  const count = (pred: (f: Finding) => boolean) => active.filter(pred).length;
  // A check skipped in a region whose service is unavailable has no ERROR result, yet was not fully evaluated.
  const notEvaluated = report.checks.filter((c) => c.state === 'error' && c.error === 0).length;
  const errors = count((f) => f.status === 'ERROR') + notEvaluated;
  const failing = failOn === 'none' ? 0 : count((f) => f.status === 'FAIL' && atLeast(f.severity, failOn));
  const failingNew = failOnNew ? count((f) => f.status === 'FAIL' && f.baseline === 'new' && atLeast(f.severity, failOnNew)) : 0;
  const plural = (n: number) => (n === 1 ? '' : 's');
  if (errors > 0) {
    log(`${errors} result${plural(errors)} could not be evaluated (ERROR${notEvaluated > 0 ? `, ${notEvaluated} of them checks skipped in a region` : ''})${failOnError ? '' : '; they do not affect the exit code without --fail-on-error'}.`);
  }
  if (failing > 0) log(`Gate: ${failing} FAIL result${plural(failing)} at or above ${failOn}.`);
  if (failingNew > 0) log(`Gate: ${failingNew} new FAIL result${plural(failingNew)} at or above ${failOnNew} (not in the baseline).`);
  if (failing > 0 || failingNew > 0) return EXIT.GATE;
  if (failOnError && errors > 0) return EXIT.GATE;
  return EXIT.OK;
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScanSetupError(`The scan did not finish within ${ms / 1000} seconds (--timeout)`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

