import { wildcardMatch } from '../../glob.js';
import { repositoryRef } from '../lib/ecr.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ecr-repository-tag-immutable',
  title: 'ECR private repositories have immutable image tags',
  pillar: 'prevention',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'AWS::ECR::Repository',
  description:
    "Each private repository has imageTagMutability IMMUTABLE. IMMUTABLE_WITH_EXCLUSION (2025) passes with its exclusion filters listed in the message, because tags outside the filters are immutable; Security Hub's ECR.2 text predates the value, and an exclusion such as latest keeps the most-deployed tag mutable, which the message calls out. MUTABLE and MUTABLE_WITH_EXCLUSION FAIL.",
  risk: 'With mutable tags, whoever can push can silently replace the image behind a tag that deployments already trust (v1.4.2, prod), so what runs is no longer what was built and reviewed.',
  remediation: {
    text: 'Set the repository to immutable tags (with exclusions only for tags meant to move, and preferably not latest) and deploy by digest or by unique tags.',
    console: 'Amazon ECR > Private registry > Repositories > the repository > Edit > Tag immutability.',
    cli: 'aws ecr put-image-tag-mutability --repository-name <name> --image-tag-mutability IMMUTABLE',
  },
  references: {
    securityHub: { ids: ['ECR.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2',
    ],
  },
  reads: ['ecr.repositories'],
  evaluate({ 'ecr.repositories': repositories }, ctx) {
    return repositories.map((repo) => {
      const resource = repositoryRef(repo, ctx);
      const mutability = repo.imageTagMutability?.trim().toUpperCase();
      const filters = (repo.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter).filter((f): f is string => typeof f === 'string' && f !== '');
      const listed = filters.length ? filters.join(', ') : 'none listed';
      switch (mutability) {
        case 'IMMUTABLE':
          return ctx.pass(resource, `Repository ${resource.id} has immutable image tags.`);
        case 'IMMUTABLE_WITH_EXCLUSION': {
          const latest = filters.some((f) => wildcardMatch(f, 'latest'));
          return ctx.pass(
            resource,
            `Repository ${resource.id} has immutable image tags except those matching its exclusion filters (${listed})${latest ? '; the exclusions keep the tag latest mutable, so whoever can push can replace what latest deploys' : ''}.`,
          );
        }
        case 'MUTABLE':
          return ctx.fail(resource, `Repository ${resource.id} has mutable image tags: a push can replace the image behind any existing tag.`);
        case 'MUTABLE_WITH_EXCLUSION':
          return ctx.fail(resource, `Repository ${resource.id} has mutable image tags, except those matching its exclusion filters (${listed}).`);
        default:
          return ctx.undetermined(resource, `Repository ${resource.id} reports ${repo.imageTagMutability ? `imageTagMutability ${repo.imageTagMutability}, a value this check does not know` : 'no imageTagMutability'}, so whether its tags are immutable is unknown.`);
      }
    });
  },
});
