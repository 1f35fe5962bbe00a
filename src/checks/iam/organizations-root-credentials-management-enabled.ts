import { administering, organizationResource, readAs } from '../lib/organizations.js';
import { defineCheck } from '../define.js';

/** ListOrganizationsFeatures answers that mean the feature is off: IAM trusted access off, or no all-features mode. */
const FEATURE_OFF: Record<string, string> = {
  ServiceAccessNotEnabledException: 'trusted access for IAM (iam.amazonaws.com) is not enabled in the organization',
  OrganizationNotInAllFeaturesModeException: 'the organization does not have all features enabled',
};

export default defineCheck({
  id: 'organizations-root-credentials-management-enabled',
  title: 'Centralized root access is enabled for the organization',
  pillar: 'iam',
  service: 'organizations',
  severity: 'high',
  resourceType: 'AWS::Organizations::Organization',
  description:
    'From the management account or IAM\'s delegated administrator: iam:ListOrganizationsFeatures lists RootCredentialsManagement, so that member accounts can have their root credentials removed and root use is managed centrally. ServiceAccessNotEnabledException (IAM trusted access off) and OrganizationNotInAllFeaturesModeException fail; RootSessions (privileged root actions) is reported but not required. Elsewhere (a member account, or a delegated administrator that is not IAM\'s, which gets AccountNotManagementOrDelegatedAdministratorException) the check is not applicable. CIS v7 2.1.1.',
  risk: 'Without centralized root access every member account keeps a root user with its own password and recovery, which an attacker who controls the account email can take over, and which no one in the organization can remove.',
  remediation: {
    text: 'Enable trusted access for IAM in AWS Organizations and turn on root credentials management (and optionally privileged root sessions), then delete the root credentials of member accounts.',
    console: 'IAM console (management account) > Root access management > Enable.',
    cli: 'aws organizations enable-aws-service-access --service-principal iam.amazonaws.com && aws iam enable-organizations-root-credentials-management',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOrganizationsFeatures.html',
    ],
  },
  reads: ['organizations.standing', 'iam.organizationsFeatures'],
  evaluate({ 'organizations.standing': standing, 'iam.organizationsFeatures': features }, ctx) {
    const admin = administering(ctx, standing);
    if (Array.isArray(admin)) return admin;
    const org = admin.organization;
    const resource = organizationResource(ctx, org);
    if (!features.ok) {
      const { code } = features.error;
      if (code === 'AccountNotManagementOrDelegatedAdministratorException') {
        return ctx.notInScope(`delegated administrator of organization ${org.id}, but not for IAM (iam:ListOrganizationsFeatures: ${code})`);
      }
      const off = FEATURE_OFF[code];
      if (off) return [ctx.fail(resource, `Organization ${org.id} does not have centralized root access: ${off} (iam:ListOrganizationsFeatures: ${code})${readAs(admin)}.`)];
      return [ctx.error(resource, features.error, `centralized root access of organization ${org.id}`)];
    }
    const sessions = features.value.includes('RootSessions') ? 'privileged root sessions are enabled too' : 'privileged root sessions (RootSessions) are not enabled';
    if (features.value.includes('RootCredentialsManagement')) {
      return [ctx.pass(resource, `Organization ${org.id} has centralized root access: RootCredentialsManagement is enabled; ${sessions}${readAs(admin)}.`)];
    }
    const listed = features.value.length ? `only ${features.value.join(', ')} is enabled` : 'no organization feature is enabled';
    return [ctx.fail(resource, `Organization ${org.id} does not have centralized root access: RootCredentialsManagement is not enabled (${listed})${readAs(admin)}.`)];
  },
});
