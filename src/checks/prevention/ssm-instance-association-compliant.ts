import { managedNodeRef, nonCompliantCounts, staleness } from '../lib/ssm.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ssm-instance-association-compliant',
  title: 'Managed instances are compliant with their State Manager associations',
  pillar: 'prevention',
  service: 'ssm',
  severity: 'low',
  resourceType: 'AWS::SSM::AssociationCompliance',
  description:
    'For each managed instance with association compliance data (ListResourceComplianceSummaries with filter ComplianceType Association, items of ResourceType ManagedInstance), Status is COMPLIANT. NON_COMPLIANT FAILs with the non-compliant association counts by severity. Instances without association compliance data are not in scope. Compliance data older than 30 days is reported in the message.',
  risk: 'A failed State Manager association means the configuration it enforces (agent updates, hardening, inventory, anti-malware) is not in place on the instance.',
  remediation: {
    text: 'Find why the association failed on the instance (its execution history), fix the cause, and run the association again.',
    console: 'Systems Manager > State Manager > the association > Execution history; then Apply association now.',
    cli: 'aws ssm start-associations-once --association-ids <association-id> --region <region>',
  },
  references: {
    securityHub: { ids: ['SSM.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/compliance-about.html#compliance-view-results',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-3',
    ],
  },
  reads: ['ssm.associationCompliance'],
  evaluate({ 'ssm.associationCompliance': items }, ctx) {
    return items.flatMap((item) => {
      if (!item.ResourceId) return [];
      const resource = managedNodeRef(ctx, item.ResourceId);
      const stale = staleness(item, ctx.now);
      if (item.Status === 'COMPLIANT') return [ctx.pass(resource, `Managed instance ${item.ResourceId} is compliant with its State Manager associations.${stale}`)];
      if (item.Status === 'NON_COMPLIANT') return [ctx.fail(resource, `Managed instance ${item.ResourceId} is not compliant with its State Manager associations: ${nonCompliantCounts(item, 'association')}.${stale}`)];
      return [ctx.undetermined(resource, `Could not tell the association compliance of managed instance ${item.ResourceId}: Status is ${item.Status ?? 'missing'}.`)];
    });
  },
});
