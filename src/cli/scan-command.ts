import { AwsCallError } from '../aws/errors.js';
import { evaluateControls, FRAMEWORK_NAMES, type Framework } from '../compliance/frameworks.js';
import type { Transport } from '../aws/transport.js';
import { CHECKS } from '../checks/registry.js';
import { DATASETS } from '../data/datasets/index.js';
import { inventoryProblem, INVENTORY_FORMAT, INVENTORY_VERSION, Recorder, ReplayTransport, type InventoryFile } from '../data/inventory.js';
import { unitsOf, type ProgressEvent } from '../engine/runner.js';
import { scan, ScanSetupError } from '../engine/scan.js';
import { atLeast, type CheckMeta, type Finding, type ScanReport, type Severity } from '../model.js';
import { TOOL } from '../version.js';
import { EXIT, UsageError } from './errors.js';
import { assertWritable, readJsonFile, removePendingTemps, writeFilesAtomically } from './files.js';
import type { CliIO } from './main.js';
import { listOf, parseFailOn, parseFramework, parseOutputs, parsePositiveInt, parseRegions, parseSeverity } from './options.js';
import { planKey, progressPrinter } from './progress.js';
import { selectChecks } from './select.js';

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
  failOn: string;
  failOnError?: boolean;
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
  const framework = flags.framework === undefined ? undefined : parseFramework(flags.framework);
  const checks = selectChecks(CHECKS, {
    framework,
    pillars: listOf(flags.pillar),
    services: listOf(flags.service),
    include: listOf(flags.check),
    exclude: listOf(flags.excludeCheck),
    minSeverity: flags.minSeverity === undefined ? undefined : parseSeverity(flags.minSeverity),
  });
  const regionList = listOf(flags.region);
  const regions = regionList ? parseRegions(regionList) : undefined;
  const outputs = parseOutputs(flags.format, flags.output);
  const failOn = parseFailOn(flags.failOn);
  const concurrency = parsePositiveInt('concurrency', flags.concurrency, 256);
  const timeoutMs = parsePositiveInt('timeout', flags.timeout, 86_400) * 1000;
  const requestTimeoutMs = parsePositiveInt('request-timeout', flags.requestTimeout, 600) * 1000;
  if (flags.endpointUrl !== undefined) assertUrl(flags.endpointUrl);
  for (const out of outputs) if (out.path) assertWritable(out.path, `the ${out.format} report`);
  if (flags.saveInventory) assertWritable(flags.saveInventory, 'the inventory');

  const onSignal = (signal: NodeJS.Signals) => {
    removePendingTemps();
    io.stderr.write(`aws-posture: interrupted by ${signal}; no report was written\n`);
    process.exit(EXIT.INTERRUPTED);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await scanAndReport(flags, io, { checks, framework, regions, outputs, failOn, concurrency, timeoutMs, requestTimeoutMs });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

interface Plan {
  checks: ReturnType<typeof selectChecks>;
  framework: Framework | undefined;
  regions: string[] | undefined;
  outputs: ReturnType<typeof parseOutputs>;
  failOn: Severity | 'none';
  concurrency: number;
  timeoutMs: number;
  requestTimeoutMs: number;
}

async function scanAndReport(flags: ScanFlags, io: CliIO, plan: Plan): Promise<number> {
  const { checks, framework, regions, outputs, failOn, concurrency, timeoutMs, requestTimeoutMs } = plan;
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
  const report = framework ? withCompliance(outcome.report, framework, checks) : outcome.report;

  const meta = new Map<string, CheckMeta>(checks.map((c) => [c.id, c]));
  const color = flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
  const { render } = await import('../report/index.js');
  const files: Array<{ path: string; content: string }> = [];
  const toStdout: string[] = [];
  for (const out of outputs) {
    const text = render(out.format, report, meta, { color: out.path ? false : color, showPassed: flags.showPassed === true });
    if (out.path) files.push({ path: out.path, content: text });
    else toStdout.push(text);
  }
  if (recorder && flags.saveInventory) files.push({ path: flags.saveInventory, content: inventoryText(report, recorder, evaluatedAt) });
  writeFilesAtomically(files);
  for (const text of toStdout) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  for (const out of outputs) if (out.path) log(`Wrote the ${out.format} report to ${out.path}`);
  if (flags.saveInventory) log(`Wrote the inventory to ${flags.saveInventory}`);
  if (flags.debug) io.stderr.write(`Requests: ${requests.sent} sent, ${requests.reused} answered from the scan's memo; by service ${JSON.stringify(requests.byService)}\n`);

  return gate(report, failOn, flags.failOnError === true, log);
}

interface Connection {
  transport: Transport;
  homeRegion: string;
  source: ScanReport['source'];
  evaluatedAt?: Date;
}

async function connect(flags: ScanFlags, io: CliIO, requestTimeoutMs: number): Promise<Connection> {
  if (flags.inventory) {
    const data = readJsonFile(flags.inventory, 'inventory file');
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
  return { ...report, compliance: { framework, name: FRAMEWORK_NAMES[framework], controls: evaluateControls(framework, checks, report.findings) } };
}

function planOf(checks: ReturnType<typeof selectChecks>, regions: readonly string[]): Map<string, number> {
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

/** Exit 1 when a FAIL reaches the threshold, or (when asked) when anything could not be evaluated. */
export function gate(report: ScanReport, failOn: Severity | 'none', failOnError: boolean, log: (line: string) => void): number {
  const count = (pred: (f: Finding) => boolean) => report.findings.filter(pred).length;
  const errors = count((f) => f.status === 'ERROR');
  const failing = failOn === 'none' ? 0 : count((f) => f.status === 'FAIL' && atLeast(f.severity, failOn));
  if (errors > 0) {
    log(`${errors} result${errors === 1 ? '' : 's'} could not be evaluated (ERROR)${failOnError ? '' : '; they do not affect the exit code without --fail-on-error'}.`);
  }
  if (failing > 0) {
    log(`Gate: ${failing} FAIL result${failing === 1 ? '' : 's'} at or above ${failOn}.`);
    return EXIT.GATE;
  }
  if (failOnError && errors > 0) return EXIT.GATE;
  return EXIT.OK;
}

function assertUrl(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--endpoint-url '${value}' is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--endpoint-url must be http or https, not ${url.protocol}`);
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

