import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-user-no-direct-policies',
  title: 'IAM users receive permissions only through groups or roles',
  pillar: 'iam',
  service: 'iam',
  severity: 'low',
  resourceType: 'AWS::IAM::User',
  description: 'No IAM user has an inline policy or a directly attached managed policy (GetAccountAuthorizationDetails: UserPolicyList and AttachedManagedPolicies are empty).',
  risk: 'Permissions granted user by user drift apart and are hard to review or revoke; granting them through groups or roles keeps one place to see who can do what.',
  remediation: {
    text: 'Put users in groups that carry the policies, or let them assume roles, then remove the policies attached to or embedded in the users.',
    console: 'IAM > Users > <user> > Permissions > remove the policies listed as "Attached directly" or inline; add the user to a group instead.',
    cli: 'aws iam detach-user-policy --user-name <user> --policy-arn <arn>; aws iam delete-user-policy --user-name <user> --policy-name <name>',
  },
  references: {
    cis: { v5: '1.14', v3: '1.15' },
    securityHub: { ids: ['IAM.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2',
    ],
  },
  reads: ['iam.authorizationDetails'],
  evaluate({ 'iam.authorizationDetails': details }, ctx) {
    return details.users.map((user) => {
      const name = user.UserName ?? user.UserId ?? 'unknown';
      const resource = { id: name, arn: user.Arn ?? '' };
      const inline = (user.UserPolicyList ?? []).map((p) => p.PolicyName ?? 'unnamed');
      const attached = (user.AttachedManagedPolicies ?? []).map((p) => p.PolicyName ?? p.PolicyArn ?? 'unnamed');
      if (inline.length === 0 && attached.length === 0) {
        return ctx.pass(resource, `User ${name} has no inline or directly attached policy.`);
      }
      const parts = [
        inline.length > 0 && `inline ${inline.length === 1 ? 'policy' : 'policies'} ${inline.join(', ')}`,
        attached.length > 0 && `directly attached managed ${attached.length === 1 ? 'policy' : 'policies'} ${attached.join(', ')}`,
      ].filter((part): part is string => typeof part === 'string');
      return ctx.fail(resource, `User ${name} has ${parts.join(' and ')}.`);
    });
  },
});
