import { accountResource } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-cloudshell-full-access-not-attached',
  title: 'No user, group or role has the AWSCloudShellFullAccess policy attached',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::::Account',
  description: 'The AWS managed AWSCloudShellFullAccess policy is attached to no IAM user, group or role (ListEntitiesForPolicy returns empty PolicyUsers, PolicyGroups and PolicyRoles).',
  risk: 'CloudShell full access includes uploading and downloading files and outbound internet access from a shell holding the user\'s credentials: an easy path to move data out of the account.',
  remediation: {
    text: 'Detach AWSCloudShellFullAccess and grant a narrower CloudShell policy that denies file upload and download where CloudShell is needed.',
    console: 'IAM > Policies > AWSCloudShellFullAccess > Entities attached > Detach.',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess (detach-user-policy / detach-group-policy for users and groups)',
  },
  references: {
    cis: { v5: '1.21', v3: '1.22' },
    securityHub: { ids: ['IAM.27'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-27',
    ],
  },
  reads: ['iam.cloudShellFullAccessEntities'],
  evaluate({ 'iam.cloudShellFullAccessEntities': entities }, ctx) {
    const resource = accountResource(ctx);
    const account = ctx.account.id;
    const holders = [
      ...entities.users.map((u) => `user ${u.UserName ?? u.UserId}`),
      ...entities.groups.map((g) => `group ${g.GroupName ?? g.GroupId}`),
      ...entities.roles.map((r) => `role ${r.RoleName ?? r.RoleId}`),
    ];
    return [
      holders.length > 0
        ? ctx.fail(resource, `In account ${account}, AWSCloudShellFullAccess is attached to ${holders.join(', ')}.`)
        : ctx.pass(resource, `In account ${account}, AWSCloudShellFullAccess is attached to no user, group or role.`),
    ];
  },
});
