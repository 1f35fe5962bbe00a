import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-instance-stopped-not-stale.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

// The harness clock is 2026-11-01T12:00:00Z.
const instance = (id: string, state: string, reason = '') => ({ InstanceId: id, State: { Name: state }, StateTransitionReason: reason });

describe('ec2-instance-stopped-not-stale', () => {
  it('passes a running instance and one stopped recently', () => {
    const findings = evaluate(check, {
      'ec2.instances': [instance('i-0run', 'running'), instance('i-0recent', 'stopped', 'User initiated (2026-10-25 18:30:00 GMT)')],
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'i-0run'],
      ['PASS', 'i-0recent'],
    ]);
    expect(findings[0]!.message).toBe('Instance i-0run is running, not stopped.');
    expect(findings[1]!.message).toBe('Instance i-0recent has been stopped since 2026-10-25 18:30 UTC, 6 days ago (at most 30).');
  });

  it('fails an instance stopped for more than 30 days', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0old', 'stopped', 'User initiated (2026-01-31 10:00:00 GMT)')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'i-0old']]);
    expect(findings[0]!.message).toBe('Instance i-0old has been stopped since 2026-01-31 10:00 UTC, 274 days ago (more than 30).');
  });

  it('near miss: exactly 30 days is not more than 30', () => {
    const findings = evaluate(check, { 'ec2.instances': [instance('i-0edge', 'stopped', 'User initiated (2026-10-02 12:00:00 GMT)')] });
    expect(verdicts(findings)).toEqual([['PASS', 'i-0edge']]);
  });

  it('near miss: a stop time that cannot be parsed is ERROR, never PASS', () => {
    const findings = evaluate(check, {
      'ec2.instances': [instance('i-0odd', 'stopped', 'Server.ScheduledStop'), instance('i-0feb', 'stopped', 'User initiated (2026-02-31 10:00:00 GMT)')],
    });
    expect(verdicts(findings)).toEqual([
      ['ERROR', 'i-0odd'],
      ['ERROR', 'i-0feb'],
    ]);
    expect(findings[0]!.message).toContain('"Server.ScheduledStop"');
  });

  it('skips terminated instances', () => {
    expect(evaluate(check, { 'ec2.instances': [instance('i-0gone', 'terminated', 'User initiated (2025-01-01 00:00:00 GMT)')] })).toEqual([]);
  });

  it('reports ERROR naming the denied action when the instances cannot be listed', async () => {
    const findings = await run(check, { 'ec2.instances': awsError('UnauthorizedOperation', 'ec2:DescribeInstances') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('ec2-instance-stopped-not-stale on partial answers', () => {
  it('reports ERROR for an instance that reports no state, rather than dropping it or calling it not stopped', () => {
    const findings = evaluate(check, { 'ec2.instances': [{ InstanceId: 'i-0zzz' }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'i-0zzz']]);
    expect(findings[0]!.message).toBe('Instance i-0zzz reports no state, so whether it has been stopped too long is unknown.');
  });
});
