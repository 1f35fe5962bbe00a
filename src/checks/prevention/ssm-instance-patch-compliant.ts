import { managedNodeRef, nonCompliantCounts, staleness } from '../lib/ssm.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ssm-instance-patch-compliant',
  title: 'Managed instances are compliant with their patch baseline',
  pillar: 'prevention',
  service: 'ssm',
  severity: 'high',
  resourceType: 'AWS::SSM::PatchCompliance',
  description:
    'For each managed instance with patch compliance data (ListResourceComplianceSummaries with filter ComplianceType Patch, items of ResourceType ManagedInstance), Status is COMPLIANT. NON_COMPLIANT FAILs with the non-compliant patch counts by severity. Instances without patch compliance data are not in scope (ec2-instance-managed-by-ssm covers whether they are managed at all). Compliance data older than 30 days is reported in the message.',
  risk: 'An instance missing patches its baseline requires runs software with known vulnerabilities, often remotely exploitable, for as long as the patches stay out.',
  remediation: {
    text: 'Install the missing patches, for example with a Patch Manager patch policy or the AWS-RunPatchBaseline document with Operation Install on a maintenance window, then rescan.',
    console: 'Systems Manager > Patch Manager > Compliance reporting: select the instance > Patch now (Scan and install).',
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --parameters Operation=Install --targets Key=InstanceIds,Values=<instance-id> --region <region>',
  },
  references: {
    securityHub: { ids: ['SSM.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-compliance-reports.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-2',
    ],
  },
  reads: ['ssm.patchCompliance'],
  evaluate({ 'ssm.patchCompliance': items }, ctx) {
    return items.flatMap((item) => {
      if (!item.ResourceId) return [];
      const resource = managedNodeRef(ctx, item.ResourceId);
      const stale = staleness(item, ctx.now);
      if (item.Status === 'COMPLIANT') return [ctx.pass(resource, `Managed instance ${item.ResourceId} is patch compliant.${stale}`)];
      if (item.Status === 'NON_COMPLIANT') return [ctx.fail(resource, `Managed instance ${item.ResourceId} is not patch compliant: ${nonCompliantCounts(item, 'patch')}; overall severity ${item.OverallSeverity ?? 'unknown'}.${stale}`)];
      return [ctx.undetermined(resource, `Could not tell the patch compliance of managed instance ${item.ResourceId}: Status is ${item.Status ?? 'missing'}.`)];
    });
  },
});
