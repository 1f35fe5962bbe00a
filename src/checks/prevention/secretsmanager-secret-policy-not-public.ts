import { describeStatements, judgeResourcePolicy } from '../lib/resource-policy.js';
import { secretLabel, secretRef } from '../lib/secrets-manager.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'secretsmanager-secret-policy-not-public',
  title: 'Secrets Manager resource policies grant nothing to everyone without a pinning condition',
  pillar: 'prevention',
  service: 'secretsmanager',
  severity: 'critical',
  resourceType: 'AWS::SecretsManager::Secret',
  description:
    "For each secret, the ResourcePolicy of GetResourcePolicy, read by the shared policy parser, has no Allow statement to \"*\", {\"AWS\": \"*\"} or with NotPrincipal unless a condition pins the caller (aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceVpce and the other keys of the shared reading). No ResourcePolicy field means no policy: PASS. Secrets Manager's BlockPublicPolicy only validates new policies when they are written; an existing public policy stays public.",
  risk: 'A secret whose policy is open to everyone can be read by any AWS account (GetSecretValue), which hands out the credential it holds.',
  remediation: {
    text: 'Replace the "*" principal with the roles that need the secret, or add a condition such as aws:PrincipalOrgID; then validate new policies with BlockPublicPolicy.',
    console: 'Secrets Manager > Secrets > the secret > Overview > Resource permissions > Edit permissions.',
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret> --resource-policy file://policy.json --block-public-policy',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/determine-acccess_examine-iam-policies.html',
    ],
  },
  reads: ['secretsmanager.resourcePolicies'],
  evaluate({ 'secretsmanager.resourcePolicies': policies }, ctx) {
    return policies.map(({ secret, policy }) => {
      const resource = secretRef(secret, ctx);
      const label = secretLabel(secret, ctx);
      return ctx.judge(resource, policy, (text) => {
        // Every request to Secrets Manager is signed: the principal keys are always present.
        const verdict = judgeResourcePolicy(text, { anonymousRequests: false });
        switch (verdict.kind) {
          case 'none':
            return ctx.pass(resource, `${label} has no resource policy, so only identities that IAM allows in its own account can read it.`);
          case 'unreadable':
            return ctx.undetermined(resource, `${label} has a resource policy that could not be read (${verdict.reason}), so whether it is public is unknown.`);
          case 'public':
            return ctx.fail(resource, `${label} has a resource policy that grants access to everyone without a condition pinning the caller: ${describeStatements(verdict.statements)}.`);
          case 'restricted':
            return ctx.pass(resource, `${label} has a resource policy that grants nothing to everyone without a condition pinning the caller.`);
        }
      });
    });
  },
});
