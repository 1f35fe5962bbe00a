import { describe, expect, it } from 'vitest';
import { compareScans, identityOf, type ScanResults } from '../../src/baseline/compare.js';
import type { Finding, Status } from '../../src/model.js';

const f = (resourceId: string, status: Status, over: Partial<Finding> = {}): Finding => ({
  checkId: 'rds-instance-storage-encrypted',
  status,
  severity: 'medium',
  pillar: 'rest',
  service: 'rds',
  accountId: '123456789012',
  region: 'us-east-1',
  resourceType: 'AWS::RDS::DBInstance',
  resourceId,
  resourceArn: `arn:aws:rds:us-east-1:123456789012:db:${resourceId}`,
  message: `DB instance ${resourceId} is ${status}.`,
  ...over,
});

const scan = (findings: Finding[], regions = ['eu-west-1', 'us-east-1'], checks = ['rds-instance-storage-encrypted']): ScanResults => ({
  regions,
  checks: checks.map((checkId) => ({ checkId })),
  findings,
});

const ids = (findings: readonly Finding[]) => findings.map((x) => x.resourceId);

describe('comparing a scan with its baseline', () => {
  it('sorts FAILs into new, still failing and fixed, and marks every current result', () => {
    const before = scan([f('kept', 'FAIL'), f('repaired', 'FAIL'), f('deleted', 'FAIL'), f('regressed', 'PASS'), f('fine', 'PASS')]);
    const after = scan([f('kept', 'FAIL'), f('repaired', 'PASS'), f('regressed', 'FAIL'), f('fine', 'PASS'), f('created', 'FAIL')]);
    const c = compareScans(before, after);
    expect(ids(c.newFailures)).toEqual(['regressed', 'created']);
    expect(ids(c.stillFailing)).toEqual(['kept']);
    expect(ids(c.fixed)).toEqual(['repaired', 'deleted']);
    expect(c.notEvaluated).toEqual([]);
    expect(c.findings.map((x) => [x.resourceId, x.baseline])).toEqual([
      ['kept', 'unchanged'],
      ['repaired', 'new'],
      ['regressed', 'new'],
      ['fine', 'unchanged'],
      ['created', 'new'],
    ]);
  });

  it('reports a fixed result as the baseline recorded it', () => {
    const c = compareScans(scan([f('repaired', 'FAIL')]), scan([f('repaired', 'PASS')]));
    expect(c.fixed[0]).toMatchObject({ status: 'FAIL', message: 'DB instance repaired is FAIL.' });
  });

  it('identifies a result by check, account, region and ARN, never by its message', () => {
    const c = compareScans(scan([f('db', 'FAIL', { message: 'old wording' })]), scan([f('db', 'FAIL', { message: 'new wording' })]));
    expect(ids(c.stillFailing)).toEqual(['db']);
    expect(identityOf(f('db', 'FAIL'))).not.toBe(identityOf(f('db', 'FAIL', { region: 'eu-west-1' })));
    expect(identityOf(f('db', 'FAIL'))).not.toBe(identityOf(f('db', 'FAIL', { checkId: 'rds-instance-multi-az' })));
    expect(identityOf(f('db', 'FAIL'))).not.toBe(identityOf(f('db', 'FAIL', { accountId: '210987654321' })));
  });

  it('uses the resource id when AWS gave no ARN', () => {
    const noArn = (id: string, status: Status) => f(id, status, { resourceArn: '' });
    const c = compareScans(scan([noArn('a', 'FAIL'), noArn('b', 'FAIL')]), scan([noArn('a', 'FAIL'), noArn('b', 'PASS')]));
    expect(ids(c.stillFailing)).toEqual(['a']);
    expect(ids(c.fixed)).toEqual(['b']);
  });

  it('near miss: a FAIL that is now an ERROR is not fixed, it was not evaluated', () => {
    const c = compareScans(scan([f('db', 'FAIL')]), scan([f('db', 'ERROR')]));
    expect(c.fixed).toEqual([]);
    expect(ids(c.notEvaluated)).toEqual(['db']);
  });

  it('near miss: a FAIL missing because the listing failed in its region is not fixed', () => {
    const listingError = f('123456789012/us-east-1', 'ERROR', { resourceArn: 'arn:aws:rds:us-east-1:123456789012:*' });
    const c = compareScans(scan([f('db', 'FAIL')]), scan([listingError]));
    expect(ids(c.notEvaluated)).toEqual(['db']);
    // The same for a check over global data (S3 buckets), whose listing ERROR is for the account.
    const globalError = f('123456789012', 'ERROR', { region: 'global', resourceArn: 'arn:aws:rds::123456789012:*' });
    expect(ids(compareScans(scan([f('db', 'FAIL')]), scan([globalError])).notEvaluated)).toEqual(['db']);
  });

  it('near miss: a FAIL missing because its region or check was not scanned this time is not fixed', () => {
    const before = scan([f('db', 'FAIL'), f('eu-db', 'FAIL', { region: 'eu-west-1' }), f('key', 'FAIL', { checkId: 'kms-key-rotation-enabled' })], ['eu-west-1', 'us-east-1'], [
      'rds-instance-storage-encrypted',
      'kms-key-rotation-enabled',
    ]);
    const after = scan([], ['us-east-1'], ['rds-instance-storage-encrypted']);
    const c = compareScans(before, after);
    expect(ids(c.fixed)).toEqual(['db']);
    expect(ids(c.notEvaluated)).toEqual(['eu-db', 'key']);
  });

  it('a result whose status changed to ERROR or PASS is new; the same ERROR again is unchanged', () => {
    const c = compareScans(scan([f('a', 'ERROR'), f('b', 'FAIL')]), scan([f('a', 'ERROR'), f('b', 'ERROR')]));
    expect(c.findings.map((x) => x.baseline)).toEqual(['unchanged', 'new']);
    expect(c.newFailures).toEqual([]);
  });
});
