import type { FlowLog } from '@aws-sdk/client-ec2';
import { ownedByAccount, vpcLabel, vpcRef } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

const CAPTURING = ['ALL', 'REJECT'];

// Failed delivery does not change the verdict (EC2.6 does not look at it) but is worth saying.
const describe = (log: FlowLog) =>
  `${log.FlowLogId ?? 'unknown'} (${log.TrafficType ?? 'unknown traffic'}, ${log.FlowLogStatus ?? 'unknown status'}${log.LogDestinationType ? `, to ${log.LogDestinationType}` : ''}${log.DeliverLogsStatus === 'FAILED' ? ', delivery failing' : ''})`;

export default defineCheck({
  id: 'ec2-vpc-flow-logs-enabled',
  title: 'Every VPC has an active flow log capturing ALL or REJECT traffic',
  pillar: 'detection',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::VPC',
  description:
    'Each VPC, default VPCs included, has a flow log attached to the VPC itself whose status is ACTIVE and whose traffic type is ALL or REJECT. Subnet- and interface-level flow logs do not count.',
  risk: 'Without flow logs there is no record of rejected connection attempts or of where traffic went, so scanning, lateral movement and exfiltration go unseen and cannot be investigated afterwards.',
  remediation: {
    text: 'Create a flow log on the VPC with traffic type REJECT (or ALL) delivered to CloudWatch Logs or S3.',
    console: 'VPC > Your VPCs > select the VPC > Flow logs > Create flow log > Filter: Reject or All.',
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type REJECT --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>',
  },
  references: {
    cis: { v5: '3.7', v3: '3.7' },
    securityHub: { ids: ['EC2.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
    ],
  },
  reads: ['ec2.vpcs', 'ec2.flowLogs'],
  evaluate({ 'ec2.vpcs': vpcs, 'ec2.flowLogs': flowLogs }, ctx) {
    return ownedByAccount(vpcs, ctx.account.id).map((vpc) => {
      const resource = vpcRef(vpc, ctx);
      const label = vpcLabel(vpc);
      const onVpc = flowLogs.filter((log) => log.ResourceId === vpc.VpcId);
      const capturing = onVpc.find((log) => log.FlowLogStatus === 'ACTIVE' && CAPTURING.includes(log.TrafficType ?? ''));
      if (capturing) return ctx.pass(resource, `${label} has flow log ${describe(capturing)}.`);
      if (!onVpc.length) return ctx.fail(resource, `${label} has no flow log on the VPC.`);
      // A flow log whose answer leaves out its status or traffic type might be the one that qualifies.
      const unclear = onVpc.filter(
        (log) => (log.FlowLogStatus === undefined || log.TrafficType === undefined) && (log.FlowLogStatus ?? 'ACTIVE') === 'ACTIVE' && CAPTURING.includes(log.TrafficType ?? 'ALL'),
      );
      if (unclear.length) {
        return ctx.undetermined(resource, `${label} has no flow log shown to be active and capturing ALL or REJECT traffic, but ${unclear.map(describe).join(', ')} ${unclear.length === 1 ? 'does not report its' : 'do not report their'} status or traffic type, so whether ${unclear.length === 1 ? 'it qualifies' : 'one qualifies'} is unknown.`);
      }
      return ctx.fail(resource, `${label} has no active flow log capturing ALL or REJECT traffic; its flow logs: ${onVpc.map(describe).join(', ')}.`);
    });
  },
});
