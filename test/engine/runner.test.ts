import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/checks/define.js';
import { runChecks } from '../../src/engine/runner.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { ACCOUNT, NOW } from '../helpers/check-harness.js';

const base = {
  title: 'A test check states its secure condition',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AWS::EC2::Region',
  description: 'A check used by the runner tests only.',
  risk: 'None: it exists for the tests.',
  remediation: { text: 'Nothing to do: it exists for the tests.' },
  references: { docs: ['https://example.com'] },
  reads: ['ec2.ebsEncryptionByDefault'],
} as const;

describe('runner', () => {
  it('summarises a check that gave a reason for having nothing in scope with that reason, per region', async () => {
    const check = defineCheck({ ...base, id: 'ec2-test-not-in-scope', evaluate: (_data, ctx) => ctx.notInScope('no subscription') });
    const result = await runChecks({
      checks: [check],
      datasets: DATASETS,
      loader: { load: async () => ({}) },
      scope: { regions: ['eu-west-1', 'us-east-1'], homeRegion: 'us-east-1', account: ACCOUNT },
      now: NOW,
    });
    expect(result.findings).toEqual([]);
    expect(result.checks[0]).toMatchObject({ state: 'not-applicable', note: 'Not in scope: no subscription (eu-west-1); no subscription (us-east-1).' });
  });

  it('near miss: a check with nothing in scope and no reason gets the generic note', async () => {
    const check = defineCheck({ ...base, id: 'ec2-test-nothing', evaluate: () => [] });
    const result = await runChecks({
      checks: [check],
      datasets: DATASETS,
      loader: { load: async () => ({}) },
      scope: { regions: ['eu-west-1'], homeRegion: 'us-east-1', account: ACCOUNT },
      now: NOW,
    });
    expect(result.checks[0]!.note).toBe('No AWS::EC2::Region in scope in eu-west-1.');
  });
});
