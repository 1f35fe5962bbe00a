import { administering, organizationResource } from '../lib/organizations.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'organizations-management-account-no-workloads',
  title: 'The management account runs no workloads',
  pillar: 'iam',
  service: 'organizations',
  severity: 'medium',
  resourceType: 'AWS::Organizations::Organization',
  description:
    'Evaluated only in the management account (DescribeOrganization MasterAccountId is the caller): no EC2 instance (other than shutting-down or terminated), RDS DB instance, RDS DB cluster or ELBv2 load balancer in any scanned region. S3 buckets, trails, KMS keys, VPCs and IAM are governance resources (the organization trail bucket, billing exports) and are not counted. The message lists what was found. CIS v7 2.1.3, which CIS labels Manual: this is evidence for it. A delegated administrator or member account gets not applicable.',
  risk: 'SCPs and RCPs do not apply to the management account, and whoever controls a workload there is one step from controlling every account of the organization.',
  remediation: {
    text: 'Move workloads out of the management account into member accounts governed by SCPs and RCPs; keep only organization governance resources there.',
    console: 'EC2, RDS and EC2 > Load Balancers consoles of the management account, each region.',
    cli: 'aws ec2 describe-instances; aws rds describe-db-instances; aws rds describe-db-clusters; aws elbv2 describe-load-balancers (in each region of the management account)',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_best-practices_mgmt-acct.html',
      'https://docs.aws.amazon.com/whitepapers/latest/organizing-your-aws-environment/management-account.html',
    ],
  },
  reads: ['organizations.standing', 'organizations.managementWorkloads'],
  evaluate({ 'organizations.standing': standing, 'organizations.managementWorkloads': workloads }, ctx) {
    const admin = administering(ctx, standing, { managementOnly: true });
    if (Array.isArray(admin)) return admin;
    const org = admin.organization;
    const resource = organizationResource(ctx, org);
    if (!workloads) return [ctx.undetermined(resource, `Could not evaluate the management account of organization ${org.id}: its workloads were not read.`)];
    const found = workloads.flatMap((w) => w.found.map((item) => `${item} (${w.region})`));
    if (found.length > 0) {
      const shown = found.length > 20 ? `${found.slice(0, 20).join(', ')} and ${found.length - 20} more` : found.join(', ');
      return [ctx.fail(resource, `Management account ${ctx.account.id} of organization ${org.id} runs ${found.length} workload${found.length === 1 ? '' : 's'}: ${shown}.`)];
    }
    const failures = workloads.flatMap((w) => w.errors);
    if (failures.length > 0) {
      const first = failures[0]!;
      return [ctx.error(resource, first, `the workloads of management account ${ctx.account.id} (${failures.map((e) => `${e.action} in ${e.region}`).join(', ')} failed)`)];
    }
    const regions = workloads.map((w) => w.region).join(', ');
    return [ctx.pass(resource, `Management account ${ctx.account.id} of organization ${org.id} runs no EC2 instance, RDS DB instance or cluster, or load balancer in ${regions}.`)];
  },
});
