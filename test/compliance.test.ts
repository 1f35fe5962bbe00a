import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/registry.js';
import { checksOfFramework, compareControlIds, controlsOf, evaluateControls } from '../src/compliance/frameworks.js';
import type { CheckMeta, Finding } from '../src/model.js';

const meta = (id: string, refs: CheckMeta['references']): CheckMeta => ({
  id,
  title: `${id} title`,
  pillar: 'iam',
  service: 'iam',
  severity: 'high',
  resourceType: 'AWS::IAM::User',
  description: 'd',
  risk: 'r',
  remediation: { text: 't' },
  references: refs,
});
const finding = (checkId: string, status: Finding['status']): Finding => ({
  checkId,
  status,
  severity: 'high',
  pillar: 'iam',
  service: 'iam',
  accountId: '123456789012',
  region: 'global',
  resourceType: 'AWS::IAM::User',
  resourceId: 'r',
  resourceArn: 'arn:aws:iam::123456789012:user/r',
  message: 'm',
});

const a = meta('iam-a', { cis: { v5: '1.4', v3: '1.5' }, securityHub: { ids: ['IAM.9'], standard: 'other' }, docs: ['https://x'] });
const b = meta('iam-b', { cis: { v5: '1.4' }, securityHub: { ids: ['IAM.4'], standard: 'fsbp' }, docs: ['https://x'] });

describe('compliance view', () => {
  it('orders control ids naturally', () => {
    expect(['1.10', '1.2', '1.9'].sort(compareControlIds)).toEqual(['1.2', '1.9', '1.10']);
  });

  it('maps several checks to one control, which passes only when all pass', () => {
    const controls = evaluateControls('cis', [a, b], [finding('iam-a', 'PASS'), finding('iam-b', 'FAIL')]);
    expect(controls.find((c) => c.id === '1.4')).toMatchObject({ checks: ['iam-a', 'iam-b'], status: 'fail', pass: 1, fail: 1 });
    const passing = evaluateControls('cis', [a, b], [finding('iam-a', 'PASS'), finding('iam-b', 'PASS')]);
    expect(passing.find((c) => c.id === '1.4')?.status).toBe('pass');
  });

  it('reports ERROR, never pass, when a mapped check could not be evaluated', () => {
    const controls = evaluateControls('cis', [a, b], [finding('iam-a', 'PASS'), finding('iam-b', 'ERROR')]);
    expect(controls.find((c) => c.id === '1.4')?.status).toBe('error');
  });

  it('lists uncovered controls as manual or not covered', () => {
    const cis = controlsOf('cis', [a]);
    expect(cis.find((c) => c.id === '4.3')).toMatchObject({ mode: 'manual' });
    const fsbp = controlsOf('fsbp', [b]);
    expect(fsbp.find((c) => c.id === 'SSM.1')).toMatchObject({ mode: 'not-covered' });
    expect(fsbp.find((c) => c.id === 'Account.1')).toMatchObject({ mode: 'manual' });
  });

  it('leaves controls of other standards (†) out of FSBP', () => {
    expect(checksOfFramework('fsbp', [a, b]).map((c) => c.id)).toEqual(['iam-b']);
    expect(controlsOf('fsbp', [a, b]).some((c) => c.id === 'IAM.9')).toBe(false);
  });

  it('covers the registry: CIS v5 and FSBP controls map to real checks', () => {
    const cis = controlsOf('cis', CHECKS).filter((c) => c.mode === 'automated');
    const fsbp = controlsOf('fsbp', CHECKS).filter((c) => c.mode === 'automated');
    expect(cis.length).toBeGreaterThan(10);
    expect(fsbp.length).toBeGreaterThan(10);
  });
});

describe('type-specific controls', () => {
  it('judges each control only on the results that name it', () => {
    const logs = meta('rds-logs', { securityHub: { ids: ['RDS.9', 'RDS.36'], standard: 'fsbp' }, docs: ['https://x'] });
    const mysqlFail = { ...finding('rds-logs', 'FAIL'), controls: ['RDS.9'] };
    const postgresPass = { ...finding('rds-logs', 'PASS'), controls: ['RDS.9', 'RDS.36'] };
    const controls = evaluateControls('fsbp', [logs], [mysqlFail, postgresPass]);
    expect(controls.find((c) => c.id === 'RDS.9')?.status).toBe('fail');
    expect(controls.find((c) => c.id === 'RDS.36')?.status).toBe('pass');
  });
});
