// The demo account replayed through the GuardDuty, Security Hub, AWS Config, IAM Access Analyzer
// and Systems Manager checks: every request recorded, no ERROR, a PASS and a FAIL for each check.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import { runChecks } from '../../src/engine/runner.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';
import { replayLoader } from '../helpers/replay-loader.js';
// @ts-expect-error -- plain ESM script without type declarations
import guarddutyDemo from '../../scripts/demo/guardduty.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import securityhubDemo from '../../scripts/demo/securityhub.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import configDemo from '../../scripts/demo/config.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import accessanalyzerDemo from '../../scripts/demo/accessanalyzer.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import ssmDemo from '../../scripts/demo/ssm.mjs';
// @ts-expect-error -- plain ESM script without type declarations
import ec2ComputeDemo from '../../scripts/demo/ec2-compute.mjs';

const REGIONS = ['us-east-1', 'eu-west-1'];
const SERVICES = ['guardduty', 'securityhub', 'config', 'accessanalyzer', 'ssm'];

describe('the demo account replayed through the GuardDuty, Security Hub, Config, Access Analyzer and SSM checks', () => {
  const checks = CHECKS.filter((c) => SERVICES.includes(c.service) || c.id === 'ec2-instance-managed-by-ssm');
  // One result for the account: it cannot have both a PASS and a FAIL.
  const accountLevel = ['config-global-resources-recorded'];
  let result: Awaited<ReturnType<typeof runChecks>>;
  beforeAll(async () => {
    const calls = [guarddutyDemo, securityhubDemo, configDemo, accessanalyzerDemo, ssmDemo, ec2ComputeDemo].flat() as RecordedCall[];
    const { loader } = replayLoader(calls, REGIONS);
    result = await runChecks({ checks, datasets: DATASETS, loader, scope: { regions: REGIONS, homeRegion: 'us-east-1', account: ACCOUNT }, now: NOW });
  });

  it('covers the 23 checks of these services', () => {
    expect(checks).toHaveLength(23);
  });

  it('has no ERROR', () => {
    expect(result.findings.filter((f) => f.status === 'ERROR').map((f) => `${f.checkId}: ${f.message}`)).toEqual([]);
  });

  it.for(checks.map((c) => c.id))('%s has a PASS and, unless account-level, a FAIL', (id) => {
    const summary = result.checks.find((s) => s.checkId === id)!;
    if (accountLevel.includes(id)) expect(summary.pass + summary.fail).toBe(1);
    else {
      expect(summary.pass, 'pass').toBeGreaterThan(0);
      expect(summary.fail, 'fail').toBeGreaterThan(0);
    }
  });

  it('gives the region-level findings one per scanned region', () => {
    for (const id of ['guardduty-enabled', 'securityhub-enabled', 'config-recorder-enabled', 'accessanalyzer-enabled', 'ssm-document-public-sharing-blocked']) {
      const found = result.findings.filter((f) => f.checkId === id).map((f) => `${f.status} ${f.region}`);
      expect(found.sort(), id).toHaveLength(2);
    }
    expect(result.findings.filter((f) => f.checkId === 'config-global-resources-recorded').map((f) => `${f.status} ${f.region}`)).toEqual(['PASS global']);
  });
});
