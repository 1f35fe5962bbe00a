import type { RegistryScanningRule, Repository } from '@aws-sdk/client-ecr';
import { wildcardMatch } from '../../glob.js';
import { repositoryRef } from '../lib/ecr.js';
import { defineCheck } from '../define.js';

const SCANNING = new Set(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN']);

/**
 * Whether a scanning filter selects a repository. As the ECR user guide ("Filters to choose which
 * repositories are scanned") has it, a filter without a wildcard matches every repository whose name
 * contains it (`prod` matches `repo-prod-repo`); a filter with `*` matches the whole name, each `*`
 * standing for zero or more characters (`prod*` matches `prodrepo`, not `repo-prod`).
 */
export function scanFilterMatches(filter: string, name: string): boolean {
  return filter.includes('*') ? wildcardMatch(filter, name) : name.includes(filter);
}

/** Rules whose repository filters match the repository. */
function matchingRules(rules: readonly RegistryScanningRule[], name: string): RegistryScanningRule[] {
  return rules.filter((rule) => (rule.repositoryFilters ?? []).some((f) => typeof f.filter === 'string' && f.filter !== '' && scanFilterMatches(f.filter, name)));
}

const frequency = (rule: RegistryScanningRule) => (typeof rule.scanFrequency === 'string' ? rule.scanFrequency.trim().toUpperCase() : '');
const filtersOf = (rule: RegistryScanningRule) => (rule.repositoryFilters ?? []).map((f) => f.filter).join(', ');

export default defineCheck({
  id: 'ecr-repository-scan-on-push',
  title: 'ECR private repositories scan images on push or continuously',
  pillar: 'prevention',
  service: 'ecr',
  severity: 'high',
  resourceType: 'AWS::ECR::Repository',
  description:
    "The registry's scanning configuration is read once per region (GetRegistryScanningConfiguration). With scanType ENHANCED (Amazon Inspector), a repository is scanned when a rule with scanFrequency SCAN_ON_PUSH or CONTINUOUS_SCAN has a repositoryFilters entry matching its name (a filter without * matches any name that contains it, one with * the whole name); the repository's own scanOnPush is ignored. With BASIC scanning and registry rules, the matching rule decides the same way. With no registry rules, the repository's imageScanningConfiguration.scanOnPush true passes. MANUAL frequency fails.",
  risk: 'Images that are never scanned reach production with known vulnerabilities in their OS packages and libraries, and nobody learns of new ones affecting images already deployed.',
  remediation: {
    text: 'Configure registry scanning with a rule that scans every repository on push (basic) or continuously (enhanced scanning with Amazon Inspector).',
    console: 'Amazon ECR > Private registry > Settings > Scanning configuration > Edit.',
    cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
  },
  references: {
    securityHub: { ids: ['ECR.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
      'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetRegistryScanningConfiguration.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-1',
    ],
  },
  reads: ['ecr.repositories', 'ecr.registryScanning'],
  evaluate({ 'ecr.repositories': repositories, 'ecr.registryScanning': registry }, ctx) {
    const scanType = typeof registry.scanType === 'string' ? registry.scanType.trim().toUpperCase() : 'BASIC';
    const rules = registry.rules ?? [];
    const kind = scanType === 'ENHANCED' ? 'enhanced scanning (Amazon Inspector)' : 'basic scanning';
    return repositories.map((repo: Repository) => {
      const resource = repositoryRef(repo, ctx);
      const name = repo.repositoryName ?? '';
      if (scanType !== 'ENHANCED' && rules.length === 0) {
        return repo.imageScanningConfiguration?.scanOnPush === true
          ? ctx.pass(resource, `Repository ${resource.id} scans images on push (repository setting; the registry uses ${kind} without rules).`)
          : ctx.fail(resource, `Repository ${resource.id} does not scan images on push, and the registry's ${kind} has no rule that would.`);
      }
      const matching = matchingRules(rules, name);
      const scanning = matching.filter((rule) => SCANNING.has(frequency(rule)));
      if (scanning.length > 0) {
        const how = scanning.map((rule) => `${frequency(rule)} by the rule for ${filtersOf(rule)}`).join('; ');
        return ctx.pass(resource, `Repository ${resource.id} is scanned under the registry's ${kind}: ${how}.`);
      }
      const ignored = scanType === 'ENHANCED' && repo.imageScanningConfiguration?.scanOnPush === true ? " (its own scanOnPush setting is ignored under enhanced scanning)" : '';
      if (matching.length > 0) {
        return ctx.fail(resource, `Repository ${resource.id} is scanned only manually under the registry's ${kind}: its matching rule has frequency ${matching.map(frequency).join(', ')}${ignored}.`);
      }
      return ctx.fail(resource, `Repository ${resource.id} matches no scanning rule of the registry's ${kind}, so its images are not scanned${ignored}.`);
    });
  },
});
