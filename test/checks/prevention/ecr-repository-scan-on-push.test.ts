import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ecr-repository-scan-on-push.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { repository } from '../../fixtures/ecr.js';

const rule = (scanFrequency: string, ...filters: string[]) => ({ scanFrequency, repositoryFilters: filters.map((filter) => ({ filter, filterType: 'WILDCARD' })) });
const repos = [repository('prod-web'), repository('dev-tools', { imageScanningConfiguration: { scanOnPush: false } })];

describe('ecr-repository-scan-on-push', () => {
  it('with basic scanning and no rules, the repository setting decides', () => {
    const findings = evaluate(check, { 'ecr.repositories': repos, 'ecr.registryScanning': { scanType: 'BASIC', rules: [] } });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'prod-web'],
      ['FAIL', 'dev-tools'],
    ]);
    expect(findings[0]!.message).toBe('Repository prod-web scans images on push (repository setting; the registry uses basic scanning without rules).');
  });

  it('with enhanced scanning, matching rules decide and the repository setting is ignored', () => {
    const findings = evaluate(check, {
      'ecr.repositories': [...repos, repository('legacy')],
      'ecr.registryScanning': { scanType: 'ENHANCED', rules: [rule('CONTINUOUS_SCAN', 'prod-*'), rule('SCAN_ON_PUSH', 'dev-*')] },
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'prod-web'],
      ['PASS', 'dev-tools'],
      ['FAIL', 'legacy'],
    ]);
    expect(findings[0]!.message).toBe("Repository prod-web is scanned under the registry's enhanced scanning (Amazon Inspector): CONTINUOUS_SCAN by the rule for prod-*.");
    expect(findings[2]!.message).toBe(
      "Repository legacy matches no scanning rule of the registry's enhanced scanning (Amazon Inspector), so its images are not scanned (its own scanOnPush setting is ignored under enhanced scanning).",
    );
  });

  it('near miss: a matching rule with MANUAL frequency fails, even with basic scanning and scanOnPush on the repository', () => {
    const findings = evaluate(check, { 'ecr.repositories': [repository('prod-web')], 'ecr.registryScanning': { scanType: 'BASIC', rules: [rule('MANUAL', '*')] } });
    expect(verdicts(findings)).toEqual([['FAIL', 'prod-web']]);
    expect(findings[0]!.message).toContain('is scanned only manually');
  });

  it('a filter without a wildcard matches every repository whose name contains it; one with a wildcard matches the whole name', () => {
    const findings = evaluate(check, {
      'ecr.repositories': [repository('team-prod-web'), repository('repo-prod'), repository('production')],
      'ecr.registryScanning': { scanType: 'ENHANCED', rules: [rule('CONTINUOUS_SCAN', 'prod-web'), rule('SCAN_ON_PUSH', 'prod*')] },
    });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'team-prod-web'],
      ['FAIL', 'repo-prod'],
      ['PASS', 'production'],
    ]);
    expect(findings[0]!.message).toContain('CONTINUOUS_SCAN by the rule for prod-web');
  });

  it('treats an answer without rules (or without a configuration) as basic scanning decided by repositories', () => {
    const findings = evaluate(check, { 'ecr.repositories': repos, 'ecr.registryScanning': {} });
    expect(verdicts(findings)).toEqual([
      ['PASS', 'prod-web'],
      ['FAIL', 'dev-tools'],
    ]);
  });

  it('reports ERROR for the region when the registry configuration is refused', async () => {
    const findings = await run(check, { 'ecr.repositories': repos, 'ecr.registryScanning': awsError('AccessDeniedException', 'ecr:GetRegistryScanningConfiguration') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.error?.action).toBe('ecr:GetRegistryScanningConfiguration');
  });
});
