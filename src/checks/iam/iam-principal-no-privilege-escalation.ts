import { defineCheck } from '../define.js';
import { chainText, withEvidence } from '../lib/exposure.js';
import { isServiceLinked } from '../../exposure/identity/model.js';

export default defineCheck({
  id: 'iam-principal-no-privilege-escalation',
  title: 'No IAM user or role can escalate itself to administrator',
  pillar: 'iam',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AWS::IAM::User',
  description:
    'Per user and role that is not already admin-equivalent (allowed "*" or "iam:*" on "*" within its boundary): no chain of the twenty escalation methods (new or older default policy versions, attaching or writing policies on itself or its groups, joining a group, credentials of another user, rewriting a trust policy or assuming a role, passing a role to EC2, Lambda, CloudFormation, CodeBuild, Glue or ECS, new code for a function, commands on an instance, swapping an instance profile\'s role, deleting its own permissions boundary) makes it admin-equivalent, at any depth and through any principal it can become. Effective permissions are its inline, managed and group policies, minus explicit Deny, within its permissions boundary; conditions that pin the caller restrict, undecidable ones make the chain "conditional" (still FAIL). Admin-equivalent principals are judged by the admin checks, and service-linked roles (which only their service can assume) are not evaluated.',
  risk: 'A principal that can make itself an administrator is an administrator for anyone who takes over its credentials; least privilege on paper does not hold.',
  remediation: {
    text: 'Remove the permission the first step of the chain needs (scope iam:PassRole to specific roles and services, drop iam:Put*/Attach*/CreatePolicyVersion on identities, restrict sts:AssumeRole and trust policies), or add a permissions boundary or Deny that blocks it.',
    console: 'IAM > Users or Roles > the principal > Permissions.',
    cli: 'aws iam put-role-permissions-boundary --role-name <role> --permissions-boundary <policy-arn>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    ],
  },
  reads: ['exposure.identities'],
  evaluate({ 'exposure.identities': identities }, ctx) {
    return identities.verdicts
      // Service-linked roles: only their service can assume them, and nobody can change their policies.
      .filter((v) => v.admin.answer !== 'yes' && !isServiceLinked(v.principal))
      .map((v) => {
        const p = v.principal;
        const resource = { id: p.name, arn: p.arn };
        const label = `${p.kind === 'user' ? 'User' : 'Role'} ${p.name}`;
        const typed = <F extends { resourceType: string }>(f: F): F => (p.kind === 'role' ? { ...f, resourceType: 'AWS::IAM::Role' } : f);
        const chain = v.chains[0];
        if (chain) {
          const how = chain.conditional ? 'can escalate to administrator (conditional)' : 'can escalate to administrator';
          return typed(withEvidence(ctx.fail(resource, `${label} ${how}: ${chainText(chain, identities.byArn)}.`), { chains: v.chains }));
        }
        if (v.problems.length) {
          const problem = v.problems.find((x) => x.error) ?? v.problems[0]!;
          const what = `whether ${label.toLowerCase().replace(/^(user|role)/, (k) => k)} can escalate (could not read ${v.problems.map((x) => x.what).join('; ')})`;
          return typed(problem.error ? ctx.error(resource, problem.error, what) : ctx.undetermined(resource, `Could not evaluate ${what}.`));
        }
        const maybe = v.admin.answer === 'maybe' ? ` It is admin-equivalent only under a condition (${v.admin.conditions.slice(0, 2).join('; ')}), which the admin checks judge.` : '';
        return typed(withEvidence(ctx.pass(resource, `${label} has no chain of escalation methods that makes it admin-equivalent.${maybe}`), { chains: [] }));
      });
  },
});
