// Organization reports built from the reporter fixture: the same findings, filed under other accounts.
import type { ScanReport } from '../../src/model.js';
import type { OrgAccountResult, OrgReport } from '../../src/org/model.js';
import { ACCOUNT, FINDINGS, makeReport } from '../report/fixture.js';

export { META } from '../report/fixture.js';

export function accountReport(id: string, overrides: Partial<ScanReport> = {}): ScanReport {
  const findings = FINDINGS.map((f) => ({ ...f, accountId: id, resourceArn: f.resourceArn.replace(ACCOUNT, id) }));
  return makeReport({
    account: { id, principalArn: `arn:aws:sts::${id}:assumed-role/posture-audit/aws-posture-20261101T120000Z`, partition: 'aws' },
    findings,
    notes: [],
    ...overrides,
  });
}

export interface AccountSpec {
  id: string;
  name?: string;
  /** Set for an account that could not be scanned. */
  error?: string;
}

export function orgReport(accounts: readonly AccountSpec[], extra: Partial<OrgReport> = {}): OrgReport {
  const results: OrgAccountResult[] = accounts.map((a) => {
    const named = a.name ? { id: a.id, name: a.name } : { id: a.id };
    return a.error ? { ...named, status: 'error', error: a.error } : { ...named, status: 'scanned', report: accountReport(a.id) };
  });
  return {
    tool: { name: 'aws-posture', version: '0.1.0' },
    startedAt: '2026-11-01T12:00:00.000Z',
    finishedAt: '2026-11-01T12:05:00.000Z',
    organization: { id: 'o-a1b2c3d4e5', managementAccountId: '111111111111' },
    accounts: results,
    notes: [],
    ...extra,
  };
}

/** `n` distinct 12-digit account ids, in no particular order. */
export function accountIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(900000000000 - i * 7919));
}
