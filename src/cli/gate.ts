// The exit code of a run that produced reports: the gates (--fail-on, --fail-on-new, --fail-on-error)
// over every result, for one account or many alike, with a line on stderr for each reason.

import { atLeast, type Finding, type ScanReport, type Severity } from '../model.js';
import type { OrgResults } from '../org/results.js';
import { EXIT } from './errors.js';
import type { CliIO, Log } from './io.js';

export interface GateOptions {
  failOn: Severity | 'none';
  failOnError: boolean;
  /** Gate on FAIL results at or above this severity that the baseline did not have. */
  failOnNew?: Severity;
}

const plural = (n: number) => (n === 1 ? '' : 's');

/**
 * Exit 1 when a FAIL reaches --fail-on, a new FAIL reaches --fail-on-new, or (when asked) anything could
 * not be evaluated. Suppressed results never count: they are accepted, and reported as such.
 */
export function gate(reports: Iterable<ScanReport>, options: GateOptions, log: Log): number {
  const counts: GateCounts = { errors: 0, notEvaluated: 0, failing: 0, failingNew: 0 };
  for (const report of reports) addGateCounts(counts, report, options);
  return verdict(counts, options, log);
}

/** What the gate counts, summed over reports one at a time. */
interface GateCounts {
  /** ERROR results, and checks skipped in a region (notEvaluated). */
  errors: number;
  notEvaluated: number;
  failing: number;
  failingNew: number;
}

function addGateCounts(counts: GateCounts, report: ScanReport, { failOn, failOnNew }: GateOptions): void {
  const active = report.findings.filter((f) => !f.suppression);
  const count = (pred: (f: Finding) => boolean) => active.filter(pred).length;
  // A check skipped in a region whose service is unavailable has no ERROR result, yet was not fully evaluated.
  const notEvaluated = report.checks.filter((c) => c.state === 'error' && c.error === 0).length;
  counts.notEvaluated += notEvaluated;
  counts.errors += count((f) => f.status === 'ERROR') + notEvaluated;
  if (failOn !== 'none') counts.failing += count((f) => f.status === 'FAIL' && atLeast(f.severity, failOn));
  if (failOnNew) counts.failingNew += count((f) => f.status === 'FAIL' && f.baseline === 'new' && atLeast(f.severity, failOnNew));
}

function verdict({ errors, notEvaluated, failing, failingNew }: GateCounts, { failOn, failOnError, failOnNew }: GateOptions, log: Log): number {
  if (errors > 0) {
    log(`${errors} result${plural(errors)} could not be evaluated (ERROR${notEvaluated > 0 ? `, ${notEvaluated} of them checks skipped in a region` : ''})${failOnError ? '' : '; they do not affect the exit code without --fail-on-error'}.`);
  }
  if (failing > 0) log(`Gate: ${failing} FAIL result${plural(failing)} at or above ${failOn}.`);
  if (failingNew > 0) log(`Gate: ${failingNew} new FAIL result${plural(failingNew)} at or above ${failOnNew} (not in the baseline).`);
  if (failing > 0 || failingNew > 0) return EXIT.GATE;
  if (failOnError && errors > 0) return EXIT.GATE;
  return EXIT.OK;
}

/**
 * The gate of a single scan over every scanned account's results, plus the accounts that could not be
 * scanned, which count like ERROR results (exit 1 with --fail-on-error). When no account at all could
 * be scanned the run did not happen: exit 2, as a single scan that cannot start.
 */
export function gateOrganization(results: OrgResults, options: Omit<GateOptions, 'failOnNew'>, log: Log, io: CliIO): number {
  const scanned = results.accounts.filter((a) => a.status === 'scanned').length;
  const failed = results.accounts.length - scanned;
  if (results.accounts.length > 0 && scanned === 0) {
    io.stderr.write(`aws-posture: none of the ${failed} account${plural(failed)} could be scanned\n`);
    return EXIT.USAGE;
  }
  let code: number = scanned > 0 ? gate(scannedReports(results), options, log) : EXIT.OK;
  if (failed > 0) {
    io.stderr.write(
      `aws-posture: ${failed} account${plural(failed)} could not be scanned${options.failOnError ? '' : `; ${failed === 1 ? 'it does' : 'they do'} not affect the exit code without --fail-on-error`}\n`,
    );
    if (options.failOnError) code = EXIT.GATE;
  }
  return code;
}

function* scannedReports(results: OrgResults): Generator<ScanReport> {
  for (const account of results.results()) if (account.report) yield account.report;
}
