import { accountResource } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-support-role-exists',
  title: 'A role with the AWSSupportAccess policy exists to manage incidents with AWS Support',
  pillar: 'iam',
  service: 'iam',
  severity: 'low',
  resourceType: 'AWS::::Account',
  description: 'At least one IAM role has the AWS managed AWSSupportAccess policy attached (ListEntitiesForPolicy returns a non-empty PolicyRoles). Attachments to users or groups only do not count.',
  risk: 'Without a support role, opening and following AWS Support cases during an incident falls to the root user or to over-privileged identities.',
  remediation: {
    text: 'Create a role that your incident responders can assume and attach AWSSupportAccess to it.',
    console: 'IAM > Roles > Create role > AWS account > attach AWSSupportAccess.',
    cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json && aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
  },
  references: {
    cis: { v5: '1.16', v3: '1.17' },
    securityHub: { ids: ['IAM.18'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-18',
    ],
  },
  reads: ['iam.supportAccessEntities'],
  evaluate({ 'iam.supportAccessEntities': entities }, ctx) {
    const resource = accountResource(ctx);
    const account = ctx.account.id;
    const roles = entities.roles.map((r) => r.RoleName ?? r.RoleId ?? 'unknown');
    if (roles.length > 0) return [ctx.pass(resource, `Account ${account} has a support role: AWSSupportAccess is attached to role ${roles.join(', ')}.`)];
    const others = [
      ...entities.users.map((u) => `user ${u.UserName ?? u.UserId}`),
      ...entities.groups.map((g) => `group ${g.GroupName ?? g.GroupId}`),
    ];
    return [
      ctx.fail(
        resource,
        others.length > 0
          ? `Account ${account} has no support role: AWSSupportAccess is attached only to ${others.join(', ')}, not to a role.`
          : `Account ${account} has no support role: AWSSupportAccess is attached to no role.`,
      ),
    ];
  },
});
