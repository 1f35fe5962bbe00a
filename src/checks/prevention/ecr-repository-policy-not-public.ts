import { describeStatements, grantsAny, judgeResourcePolicy } from '../lib/resource-policy.js';
import { repositoryRef } from '../lib/ecr.js';
import { defineCheck } from '../define.js';
import type { PublicStatement } from '../../policy/pinning.js';

/** What `docker pull` calls. */
const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];
/** What `docker push` calls. */
const PUSH = ['ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload'];

/** `pull images`, `push images`, `pull and push images`, or `call other ECR actions`. */
function what(statements: readonly PublicStatement[]): string {
  const pull = statements.some((s) => grantsAny(s.statement, PULL));
  const push = statements.some((s) => grantsAny(s.statement, PUSH));
  if (pull && push) return 'pull and push images';
  if (pull) return 'pull images';
  if (push) return 'push images';
  return 'call ECR actions on the repository (neither pull nor push)';
}

export default defineCheck({
  id: 'ecr-repository-policy-not-public',
  title: 'ECR repository policies grant nothing to everyone without a pinning condition',
  pillar: 'prevention',
  service: 'ecr',
  severity: 'critical',
  resourceType: 'AWS::ECR::Repository',
  description:
    'For each private repository, the policyText of GetRepositoryPolicy, read by the shared policy parser, has no Allow statement to "*", {"AWS": "*"} or with NotPrincipal unless a condition pins the caller (aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceVpce and the other keys of the shared reading). RepositoryPolicyNotFoundException means no policy: PASS. Public pull (ecr:BatchGetImage, ecr:GetDownloadUrlForLayer to "*") is the usual finding; the message says whether everyone can pull, push, or both. ECR Public repositories are another service and are not evaluated.',
  risk: 'A repository open to everyone lets any AWS account pull its images (and the code, configuration and secrets baked into them) or, with push, replace them with images of its own that your deployments then run.',
  remediation: {
    text: 'Replace the "*" principal with the accounts or roles that need the images, or add a condition such as aws:PrincipalOrgID; publish images meant for everyone in ECR Public instead.',
    console: 'Amazon ECR > Private registry > Repositories > the repository > Permissions > Edit policy JSON.',
    cli: 'aws ecr set-repository-policy --repository-name <name> --policy-text file://policy.json',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
    ],
  },
  reads: ['ecr.repositoryPolicies'],
  evaluate({ 'ecr.repositoryPolicies': policies }, ctx) {
    return policies.map(({ repository, result }) => {
      const resource = repositoryRef(repository, ctx);
      return ctx.judge(resource, result, (text) => {
        // ECR private registries accept signed requests only: the principal keys are always present.
        const verdict = judgeResourcePolicy(text, { anonymousRequests: false });
        switch (verdict.kind) {
          case 'none':
            return ctx.pass(resource, `Repository ${resource.id} has no repository policy, so only identities of its own account that IAM allows can use it.`);
          case 'unreadable':
            return ctx.undetermined(resource, `Repository ${resource.id} has a repository policy that could not be read (${verdict.reason}), so whether it is public is unknown.`);
          case 'public':
            return ctx.fail(
              resource,
              `Repository ${resource.id} has a repository policy that lets everyone ${what(verdict.statements)} without a condition pinning the caller: ${describeStatements(verdict.statements)}.`,
            );
          case 'restricted':
            return ctx.pass(resource, `Repository ${resource.id} has a repository policy that grants nothing to everyone without a condition pinning the caller.`);
        }
      });
    });
  },
});
