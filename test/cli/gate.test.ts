// The exit gate, for one account and for many, in process: every count of the gate compared with the
// exit code and the lines it logs.
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/errors.js';
import { gate, gateOrganization } from '../../src/cli/gate.js';
import type { CliIO } from '../../src/cli/io.js';
import { atLeast, type CheckSummary, type ScanReport } from '../../src/model.js';
import { accountReport, orgReport } from '../org/fixture.js';
import { resultsInMemory } from '../../src/org/results.js';

/** Only PASS results, and every check state pass or nothing in scope. */
function clean(id: string): ScanReport {
  const report = accountReport(id);
  return { ...report, findings: report.findings.filter((f) => f.status === 'PASS'), checks: report.checks.map((c) => ({ ...c, state: c.pass > 0 ? 'pass' : 'not-applicable', fail: 0, error: 0 })) };
}

/** A check that was skipped in a region whose service was unavailable: state error, no ERROR result. */
function skipped(report: ScanReport): ScanReport {
  const [first, ...rest] = report.checks;
  const skip: CheckSummary = { ...first!, state: 'error', pass: 0, fail: 0, error: 0 };
  return { ...report, checks: [skip, ...rest] };
}

function capture() {
  const lines: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) }, env: {} };
  return { lines, err, log: (line: string) => lines.push(line), io };
}

describe('the gate of one account', () => {
  it('exits 1 with --fail-on-error when a check was skipped in a region, and says so', () => {
    const c = capture();
    expect(gate([skipped(clean('333333333333'))], { failOn: 'low', failOnError: true }, c.log)).toBe(EXIT.GATE);
    expect(c.lines).toEqual(['1 result could not be evaluated (ERROR, 1 of them checks skipped in a region).']);
    const lenient = capture();
    expect(gate([skipped(clean('333333333333'))], { failOn: 'low', failOnError: false }, lenient.log)).toBe(EXIT.OK);
  });
});

describe('the gate of an organization scan', () => {
  it('counts a check skipped in any account, not only the first (scan --org --fail-on-error)', () => {
    const report = orgReport([{ id: '333333333333' }, { id: '444444444444' }]);
    report.accounts[0]!.report = clean('333333333333');
    report.accounts[1]!.report = skipped(clean('444444444444'));
    const c = capture();
    expect(gateOrganization(resultsInMemory(report), { failOn: 'low', failOnError: true }, c.log, c.io)).toBe(EXIT.GATE);
    expect(c.lines).toEqual(['1 result could not be evaluated (ERROR, 1 of them checks skipped in a region).']);
  });

  it('sums every account: FAIL counts, skipped checks and the accounts that could not be scanned', () => {
    const report = orgReport([{ id: '333333333333' }, { id: '444444444444' }, { id: '555555555555', error: 'AccessDenied' }]);
    report.accounts[1]!.report = skipped(report.accounts[1]!.report!);
    const fails = report.accounts.reduce((n, a) => n + (a.report?.findings.filter((f) => f.status === 'FAIL' && !f.suppression && atLeast(f.severity, 'low')).length ?? 0), 0);
    const errors = report.accounts.reduce((n, a) => n + (a.report?.findings.filter((f) => f.status === 'ERROR' && !f.suppression).length ?? 0), 0);
    const c = capture();
    expect(gateOrganization(resultsInMemory(report), { failOn: 'low', failOnError: false }, c.log, c.io)).toBe(EXIT.GATE);
    expect(c.lines).toEqual([
      `${errors + 1} results could not be evaluated (ERROR, 1 of them checks skipped in a region); they do not affect the exit code without --fail-on-error.`,
      `Gate: ${fails} FAIL results at or above low.`,
    ]);
    expect(c.err.join('')).toBe('aws-posture: 1 account could not be scanned; it does not affect the exit code without --fail-on-error\n');
  });

  it('exits 2 when no account could be scanned', () => {
    const c = capture();
    expect(gateOrganization(resultsInMemory(orgReport([{ id: '555555555555', error: 'AccessDenied' }])), { failOn: 'none', failOnError: false }, c.log, c.io)).toBe(EXIT.USAGE);
    expect(c.err.join('')).toBe('aws-posture: none of the 1 account could be scanned\n');
  });
});
