// The demo account replayed through every CloudWatch, CloudWatch Logs and SNS check.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
import { replayLoader } from '../helpers/replay-loader.js';
// @ts-expect-error -- plain ESM script without type declarations
import cloudtrailDemo from '../../scripts/demo/cloudtrail.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import cloudwatchDemo from '../../scripts/demo/cloudwatch.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import logsDemo from '../../scripts/demo/logs.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import snsDemo from '../../scripts/demo/sns.mjs';

const HOME = 'us-east-1';
const REGIONS = ['us-east-1', 'eu-west-1'];

describe('the demo account replayed through the CloudWatch, CloudWatch Logs and SNS checks', () => {
  const checks = CHECKS.filter((c) => ['cloudwatch', 'logs', 'sns'].includes(c.service));
  let result: Awaited<ReturnType<typeof runChecks>>;
  beforeAll(async () => {
    const calls = [...cloudtrailDemo, ...cloudwatchDemo, ...logsDemo, ...snsDemo] as RecordedCall[];
    const { loader } = replayLoader(calls, REGIONS, HOME);
    result = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: HOME, account: ACCOUNT }, now: NOW });
  });

  it('covers the 22 checks of these services', () => {
    expect(checks).toHaveLength(22);
  });

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it('shows monitored controls and controls broken at different links', () => {
    const monitoring = result.findings.filter((f) => f.checkId.endsWith('-monitored'));
    expect(monitoring).toHaveLength(15);
    expect(monitoring.filter((f) => f.status === 'PASS').length).toBeGreaterThanOrEqual(4);
    const failures = monitoring.filter((f) => f.status === 'FAIL').map((f) => f.message);
    for (const link of ['matches the CIS', 'watches the metric', 'actions disabled', 'no confirmed subscription']) {
      expect(failures.some((m) => m.includes(link)), link).toBe(true);
    }
  });

  it.for(checks.filter((c) => !c.id.endsWith('-monitored')).map((c) => c.id))('%s has a PASS and a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    expect(summary.pass, 'pass').toBeGreaterThan(0);
    expect(summary.fail, 'fail').toBeGreaterThan(0);
  });
});
