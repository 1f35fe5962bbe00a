import { administering, organizationResource, readAs } from '../lib/organizations.js';
import { defineCheck, type ResourceRef } from '../define.js';
import type { Finding } from '../../model.js';

const SERVICE_NAMES: Record<string, string> = {
  'cloudtrail.amazonaws.com': 'CloudTrail',
  'access-analyzer.amazonaws.com': 'IAM Access Analyzer',
  'iam.amazonaws.com': 'IAM',
};

export default defineCheck({
  id: 'organizations-services-delegated-admin',
  title: 'Integrated security services in use have a delegated administrator',
  pillar: 'iam',
  service: 'organizations',
  severity: 'low',
  resourceType: 'AWS::Organizations::Organization',
  description:
    'From the management account or a delegated administrator, one result per service principal in scope: cloudtrail.amazonaws.com when cloudtrail:DescribeTrails shows an organization trail (IsOrganizationTrail true); access-analyzer.amazonaws.com and iam.amazonaws.com when organizations:ListAWSServiceAccessForOrganization lists them. PASS when organizations:ListDelegatedAdministrators for the service returns at least one account whose State is ACTIVE. CIS v7 2.1.6 asks the same of every integrated service that supports delegated administration (Config, GuardDuty, Security Hub and others): those remain a manual check.',
  risk: 'Without a delegated administrator, the day-to-day administration of organization-wide security services happens in the management account, which SCPs cannot restrict.',
  remediation: {
    text: 'Register a dedicated security or audit member account as delegated administrator for each organization-integrated service in use.',
    console: 'Each service console in the management account (CloudTrail > Settings, IAM Access Analyzer > Settings, IAM > Root access management) > Delegated administrator > Register.',
    cli: 'aws organizations register-delegated-administrator --account-id <id> --service-principal <service>.amazonaws.com',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_integrate_services_list.html',
      'https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListDelegatedAdministrators.html',
    ],
  },
  reads: ['organizations.standing', 'organizations.serviceAccess', 'organizations.delegatedAdministrators', 'cloudtrail.trails'],
  evaluate({ 'organizations.standing': standing, 'organizations.serviceAccess': access, 'organizations.delegatedAdministrators': delegations, 'cloudtrail.trails': trails }, ctx) {
    const admin = administering(ctx, standing);
    if (Array.isArray(admin)) return admin;
    const org = admin.organization;
    const organization = organizationResource(ctx, org);
    const resourceOf = (service: string): ResourceRef => ({ id: `${org.id}/${service}`, arn: organization.arn });
    if (!access || !delegations) return [ctx.undetermined(organization, `Could not evaluate the delegated administrators of organization ${org.id}: they were not read.`)];
    const orgTrails = trails.filter((t) => t.IsOrganizationTrail === true).map((t) => t.Name ?? t.TrailARN);
    const inScope: Array<{ service: string; why: string }> = [];
    if (orgTrails.length) inScope.push({ service: 'cloudtrail.amazonaws.com', why: `organization trail ${orgTrails.join(', ')}` });
    const findings: Finding[] = [];
    if (!access.ok) {
      for (const service of ['access-analyzer.amazonaws.com', 'iam.amazonaws.com']) findings.push(ctx.error(resourceOf(service), access.error, `whether ${SERVICE_NAMES[service]} has trusted access in organization ${org.id}`));
    } else {
      for (const service of ['access-analyzer.amazonaws.com', 'iam.amazonaws.com']) if (access.value.includes(service)) inScope.push({ service, why: 'trusted access is enabled' });
    }
    for (const { service, why } of inScope) {
      const resource = resourceOf(service);
      const listed = delegations.find((d) => d.servicePrincipal === service)?.administrators;
      if (!listed) {
        findings.push(ctx.undetermined(resource, `Could not evaluate the delegated administrator for ${service}: it was not read.`));
        continue;
      }
      findings.push(
        ctx.judge(resource, listed, (admins) => {
          const active = admins.filter((a) => (a.State ?? a.Status) === 'ACTIVE').map((a) => (a.Name ? `${a.Id} (${a.Name})` : (a.Id ?? '?')));
          if (active.length) return ctx.pass(resource, `${SERVICE_NAMES[service]} (${service}; ${why}) in organization ${org.id} has delegated administrator ${active.join(', ')}${readAs(admin)}.`);
          const inactive = admins.length ? ` (${admins.length} registered, none ACTIVE)` : '';
          return ctx.fail(resource, `${SERVICE_NAMES[service]} (${service}; ${why}) in organization ${org.id} has no active delegated administrator${inactive}: it is administered from the management account${readAs(admin)}.`);
        }),
      );
    }
    if (findings.length === 0) {
      return ctx.notInScope(`organization ${org.id} has no organization trail, and trusted access for IAM Access Analyzer and IAM is not enabled`);
    }
    return findings;
  },
});
