import { repositoryRef } from '../lib/ecr.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ecr-repository-lifecycle-policy',
  title: 'ECR private repositories have a lifecycle policy',
  pillar: 'rest',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'AWS::ECR::Repository',
  description:
    'Each private repository has a lifecycle policy (GetLifecyclePolicy answers; LifecyclePolicyNotFoundException FAILs). Any lifecycle policy passes; its rules are not judged. ECR Public repositories are another service and are not evaluated.',
  risk: 'Without a lifecycle policy, old and untagged images pile up: storage costs grow, and superseded images with known vulnerabilities stay available to pull and deploy.',
  remediation: {
    text: 'Add a lifecycle policy that expires untagged images after a few days and keeps a bounded number of tagged images.',
    console: 'Amazon ECR > Private registry > Repositories > the repository > Lifecycle Policy > Create rule.',
    cli: 'aws ecr put-lifecycle-policy --repository-name <name> --lifecycle-policy-text file://lifecycle.json',
  },
  references: {
    securityHub: { ids: ['ECR.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-3',
    ],
  },
  reads: ['ecr.lifecyclePolicies'],
  evaluate({ 'ecr.lifecyclePolicies': policies }, ctx) {
    return policies.map(({ repository, result }) => {
      const resource = repositoryRef(repository, ctx);
      return ctx.judge(resource, result, (text) =>
        text === undefined
          ? ctx.fail(resource, `Repository ${resource.id} has no lifecycle policy, so its old and untagged images are never expired.`)
          : ctx.pass(resource, `Repository ${resource.id} has a lifecycle policy.`),
      );
    });
  },
});
