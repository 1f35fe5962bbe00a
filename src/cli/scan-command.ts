// `aws-posture scan` of one account: options checked, then scan, finish, write, gate.

import { AwsCallError } from '../aws/errors.js';
import type { Comparison } from '../baseline/compare.js';
import { readReportFile, type ReportSnapshot } from '../baseline/report-file.js';
import type { AnyCheck } from '../checks/define.js';
import type { Framework } from '../compliance/frameworks.js';
import { DATASETS } from '../data/datasets/index.js';
import { Recorder } from '../data/inventory.js';
import { scan, ScanSetupError } from '../engine/scan.js';
import type { CheckMeta, Severity } from '../model.js';
import { REPORT_FORMATS, type GroupBy, type ReportFormat } from '../report/formats.js';
import { finishReport } from '../report/finish.js';
import { counted } from '../report/labels.js';
import type { Config } from '../suppress/config.js';
import { UsageError } from './errors.js';
import { assertWritable } from './files.js';
import { gate } from './gate.js';
import { runLog, type CliIO } from './io.js';
import { listOf, parseFailOn, parseGroupBy, parseOutputs, parseRegions, parseSeverity, type OutputSpec } from './options.js';
import { writeScanOutputs, type ExtraFile } from './outputs.js';
import { planOf, progressLine, showsProgress, type Progress } from './progress.js';
import { assertKnownRegions } from './regions.js';
import { announceConfig, assertEndpointUrl, checksOf, interruptible, limitsOf, markdownLimitOf, suppressionsOf, type ScanFlags } from './scan-options.js';
import { connect, inventoryText } from './source.js';
import { terminalWidth, useColor } from './terminal.js';

export type { ScanFlags } from './scan-options.js';

interface Plan {
  checks: AnyCheck[];
  framework: Framework | undefined;
  regions: string[] | undefined;
  outputs: OutputSpec<ReportFormat>[];
  failOn: Severity | 'none';
  failOnNew: Severity | undefined;
  config: Config | undefined;
  baseline: ReportSnapshot | undefined;
  groupBy: GroupBy | undefined;
  markdownLimit: number | undefined;
  concurrency: number;
  timeoutMs: number;
  requestTimeoutMs: number;
}

export async function scanCommand(flags: ScanFlags, io: CliIO): Promise<number> {
  // Every option is checked before the first AWS call, so bad input costs nothing and writes nothing.
  const plan = scanPlan(flags);
  if (plan.regions) await assertKnownRegions(plan.regions);
  return interruptible(io, () => {
    if (plan.config) announceConfig(plan.config, io, flags.quiet, new Date());
    return scanAndReport(flags, io, plan);
  });
}

function scanPlan(flags: ScanFlags): Plan {
  const { checks, framework } = checksOf(flags);
  const regionList = listOf(flags.region);
  const regions = regionList ? parseRegions(regionList) : undefined;
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
  const groupBy = flags.groupBy === undefined ? undefined : parseGroupBy(flags.groupBy);
  return { checks, framework, regions, outputs, failOn, failOnNew, config, baseline, groupBy, markdownLimit: markdownLimitOf(flags), ...limits };
}

async function scanAndReport(flags: ScanFlags, io: CliIO, plan: Plan): Promise<number> {
  const { checks, framework, regions, outputs, failOn, failOnNew, config, baseline, concurrency, timeoutMs, requestTimeoutMs } = plan;
  const log = runLog(io, flags.quiet);
  const { transport, homeRegion, source, evaluatedAt } = await connect(flags, io, requestTimeoutMs);
  const recorder = flags.saveInventory ? new Recorder() : undefined;
  const showProgress = showsProgress(io.stderr, io.env, flags.quiet);
  let progress: Progress | undefined;

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
      log(`${counted(checks.length, 'check')} in ${counted(scanned.length, 'region')}: ${scanned.join(', ')}`);
      if (showProgress) progress = progressLine(planOf(checks, scanned), io.stderr);
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
  const { report, comparison } = finishReport(outcome.report, {
    ...(framework ? { compliance: { framework, checks } } : {}),
    ...(config ? { suppressions: { rules: config.suppressions, now: new Date() } } : {}),
    ...(baseline ? { baseline } : {}),
  });

  const meta = new Map<string, CheckMeta>(checks.map((c) => [c.id, c]));
  const color = useColor(flags.color, io.stdout, io.env);
  const width = terminalWidth(io.stdout, io.env);
  const extra: ExtraFile[] = recorder && flags.saveInventory ? [{ what: 'the inventory', path: flags.saveInventory, content: inventoryText(report, recorder, evaluatedAt) }] : [];
  await writeScanOutputs(report, meta, outputs, { ...flags, color, width, groupBy: plan.groupBy, markdownMaxBytes: plan.markdownLimit }, io, log, extra);
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
