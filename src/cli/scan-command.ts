// `aws-posture scan` of one account: options checked, then scan, finish, write, gate.
//
// A live scan's first request (sts:GetCallerIdentity) needs none of the checks, so it does not wait
// for them: the options that need no check and read no file are checked first (scan-settings.ts),
// then the scan connects and sends that request, and the checks, the datasets and the options that
// name checks or read files (--check, --framework, --config, --baseline, the regions' names) are
// loaded and checked while it is on its way. Bad input still ends the scan, with exit code 2 and the
// same message, before any check runs or anything is written; it may have cost that one request.

import { AwsCallError } from '../aws/errors.js';
import type { Comparison } from '../baseline/compare.js';
import type { ReportSnapshot } from '../baseline/report-file.js';
import type { AnyCheck } from '../checks/define.js';
import type { Framework } from '../compliance/frameworks.js';
import type { Recorder } from '../data/inventory.js';
import { scan, ScanSetupError, type ScanSelection } from '../engine/scan.js';
import type { CheckMeta, Severity } from '../model.js';
import { REPORT_FORMATS, type GroupBy, type ReportFormat } from '../report/formats.js';
import type { Config } from '../suppress/config.js';
import { UsageError } from './errors.js';
import { assertWritable } from './files.js';
import { runLog, type CliIO } from './io.js';
import { listOf, parseFailOn, parseGroupBy, parseOutputs, parseRegions, parseSeverity, type OutputSpec } from './options.js';
import { counted } from '../report/labels.js';
import { gate } from './gate.js';
import type { Progress } from './progress.js';
import { assertEndpointUrl, interruptible, limitsOf, markdownLimitOf, type ScanFlags } from './scan-settings.js';
import { connect, inventoryText } from './source.js';
import { terminalWidth, useColor } from './terminal.js';

export type { ScanFlags } from './scan-settings.js';

/** The options checked before the scan connects. */
interface Settings {
  regions: string[] | undefined;
  outputs: OutputSpec<ReportFormat>[];
  failOn: Severity | 'none';
  failOnNew: Severity | undefined;
  groupBy: GroupBy | undefined;
  markdownLimit: number | undefined;
  concurrency: number;
  timeoutMs: number;
  requestTimeoutMs: number;
}

/** The checks and what else is read from files, loaded once the first request is on its way. */
interface Selection {
  checks: AnyCheck[];
  framework: Framework | undefined;
  config: Config | undefined;
  baseline: ReportSnapshot | undefined;
}

export async function scanCommand(flags: ScanFlags, io: CliIO): Promise<number> {
  const settings = scanSettings(flags);
  return interruptible(io, () => scanAndReport(flags, io, settings));
}

function scanSettings(flags: ScanFlags): Settings {
  const regionList = listOf(flags.region);
  const regions = regionList ? parseRegions(regionList) : undefined;
  const outputs = parseOutputs(flags.format, flags.output, REPORT_FORMATS);
  const failOnNew = flags.failOnNew === undefined ? undefined : parseSeverity(flags.failOnNew);
  if (failOnNew && !flags.baseline) throw new UsageError('--fail-on-new needs --baseline <report.json>, the earlier report that tells new findings from known ones');
  // With --fail-on-new alone, known findings must not trip the default --fail-on.
  const failOn = parseFailOn(flags.failOn ?? (failOnNew ? 'none' : 'low'));
  if (flags.sarifCategory !== undefined && !/\S/.test(flags.sarifCategory)) throw new UsageError('--sarif-category needs a name');
  const limits = limitsOf(flags);
  if (flags.endpointUrl !== undefined) assertEndpointUrl(flags.endpointUrl);
  for (const out of outputs) if (out.path) assertWritable(out.path, `the ${out.format} report`);
  if (flags.saveInventory) assertWritable(flags.saveInventory, 'the inventory');
  const groupBy = flags.groupBy === undefined ? undefined : parseGroupBy(flags.groupBy);
  return { regions, outputs, failOn, failOnNew, groupBy, markdownLimit: markdownLimitOf(flags), ...limits };
}

async function selectionOf(flags: ScanFlags, settings: Settings, io: CliIO): Promise<Selection> {
  const [{ announceConfig, checksOf, suppressionsOf }, { assertKnownRegions }, { readReportFile }] = await Promise.all([
    import('./scan-options.js'),
    import('./regions.js'),
    import('../baseline/report-file.js'),
  ]);
  const { checks, framework } = checksOf(flags);
  if (settings.regions) await assertKnownRegions(settings.regions);
  const config = suppressionsOf(flags);
  const baseline = flags.baseline ? readReportFile(flags.baseline, 'baseline report') : undefined;
  if (config) announceConfig(config, io, flags.quiet, new Date());
  return { checks, framework, config, baseline };
}

async function scanAndReport(flags: ScanFlags, io: CliIO, settings: Settings): Promise<number> {
  const { regions, outputs, failOn, failOnNew, concurrency, timeoutMs, requestTimeoutMs } = settings;
  const log = runLog(io, flags.quiet);
  const { transport, homeRegion, source, evaluatedAt } = await connect(flags, io, requestTimeoutMs);
  const recorder: Recorder | undefined = flags.saveInventory ? new (await import('../data/inventory.js')).Recorder() : undefined;
  let progress: Progress | undefined;
  let selected: Selection | undefined;
  let progressOf: typeof import('./progress.js') | undefined;
  const select = async (): Promise<ScanSelection> => {
    // Before the checks load and the scan allocates; node:v8 alone takes several milliseconds to load.
    const { limitHeapGrowth } = await import('./heap.js');
    limitHeapGrowth();
    const [selection, { DATASETS }, progressModule] = await Promise.all([selectionOf(flags, settings, io), import('../data/datasets/index.js'), import('./progress.js')]);
    selected = selection;
    progressOf = progressModule;
    return { checks: selection.checks, datasets: DATASETS };
  };

  const scanning = scan({
    transport,
    select,
    ...(regions ? { regions } : {}),
    homeRegion,
    concurrency,
    source,
    ...(evaluatedAt ? { evaluatedAt } : {}),
    ...(recorder ? { recorder } : {}),
    onIdentity: (account, scanned) => {
      const { checks, baseline } = selected!;
      // Checked before any check runs: comparing two accounts would call every finding new.
      if (baseline && baseline.accountId !== account.id) {
        throw new UsageError(`The baseline report ${baseline.file} is a scan of account ${baseline.accountId}, not of ${account.id}, the account being scanned`);
      }
      log(`Scanning account ${account.id} as ${account.principalArn}`);
      log(`${counted(checks.length, 'check')} in ${counted(scanned.length, 'region')}: ${scanned.join(', ')}`);
      const { planOf, progressLine, showsProgress } = progressOf!;
      if (showsProgress(io.stderr, io.env, flags.quiet)) progress = progressLine(planOf(checks, scanned), io.stderr);
    },
    onProgress: (event) => progress?.onProgress(event),
  });
  let outcome: Awaited<typeof scanning>;
  try {
    outcome = await withTimeout(scanning, timeoutMs);
  } catch (err) {
    if (err instanceof ScanSetupError || err instanceof UsageError) throw err;
    if (err instanceof AwsCallError) throw new ScanSetupError(err.message);
    throw err;
  } finally {
    progress?.done();
    transport.destroy?.();
  }
  const { checks, framework, config, baseline } = selected!;
  const [{ finishReport }, { writeScanOutputs }] = await Promise.all([import('../report/finish.js'), import('./outputs.js')]);
  const { report, comparison } = finishReport(outcome.report, {
    ...(framework ? { compliance: { framework, checks } } : {}),
    ...(config ? { suppressions: { rules: config.suppressions, now: new Date() } } : {}),
    ...(baseline ? { baseline } : {}),
  });

  const meta = new Map<string, CheckMeta>(checks.map((c) => [c.id, c]));
  const color = useColor(flags.color, io.stdout, io.env);
  const width = terminalWidth(io.stdout, io.env);
  const extra = recorder && flags.saveInventory ? [{ what: 'the inventory', path: flags.saveInventory, content: await inventoryText(report, recorder, evaluatedAt) }] : [];
  await writeScanOutputs(report, meta, outputs, { ...flags, color, width, groupBy: settings.groupBy, markdownMaxBytes: settings.markdownLimit }, io, log, extra);
  if (flags.debug) {
    const { requests } = outcome;
    io.stderr.write(`Requests: ${requests.sent} sent, ${requests.reused} answered from the scan's memo; by service ${JSON.stringify(requests.byService)}\n`);
  }

  const suppressed = report.findings.filter((f) => f.suppression).length;
  if (config && suppressed > 0) log(`${suppressed} result${suppressed === 1 ? ' is' : 's are'} suppressed by ${config.file} and do${suppressed === 1 ? 'es' : ''} not affect the exit code.`);
  if (baseline && comparison) log(baselineSummary(baseline, comparison));
  return gate([report], { failOn, failOnError: flags.failOnError === true, ...(failOnNew ? { failOnNew } : {}) }, log);
}

function baselineSummary(baseline: ReportSnapshot, c: Comparison): string {
  const unknown = c.notEvaluated.length > 0 ? `; ${c.notEvaluated.length} earlier FAIL${c.notEvaluated.length === 1 ? ' was' : 's were'} not evaluated this time` : '';
  return `Compared with ${baseline.file} (scan of ${baseline.startedAt}): ${c.newFailures.length} new FAIL${c.newFailures.length === 1 ? '' : 's'}, ${c.stillFailing.length} still failing, ${c.fixed.length} fixed${unknown}.`;
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
