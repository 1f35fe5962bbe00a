import { ec2Arn } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

// EC2.180 judges only interfaces that users create and manage; AWS-managed types are out of scope.
const USER_MANAGED_TYPES = ['interface', 'efa', 'branch', 'lambda', 'quicksight', 'aws_codestar_connections_managed'];

export default defineCheck({
  id: 'ec2-eni-source-dest-check-enabled',
  title: 'User-managed network interfaces have source/destination checking enabled',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::NetworkInterface',
  description:
    'Each network interface of type interface, efa, branch, lambda, quicksight or aws_codestar_connections_managed that is not requester-managed has SourceDestCheck true. NAT instances fail legitimately and can be suppressed.',
  risk: 'With the check off, an instance forwards traffic that is neither from nor to it, so a compromised instance can route, spoof or intercept traffic inside the VPC.',
  remediation: {
    text: 'Enable source/destination checking on every interface that does not route traffic by design (NAT or firewall instances).',
    console: 'EC2 > Network interfaces > select the interface > Actions > Change source/dest. check > Enable.',
    cli: 'aws ec2 modify-network-interface-attribute --network-interface-id <eni-id> --source-dest-check',
  },
  references: {
    securityHub: { ids: ['EC2.180'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-180',
    ],
  },
  reads: ['ec2.networkInterfaces'],
  evaluate({ 'ec2.networkInterfaces': interfaces }, ctx) {
    return interfaces
      // EC2 reports the type of a plain interface as `interface`; an omitted type is that default.
      .filter((eni) => USER_MANAGED_TYPES.includes(eni.InterfaceType ?? 'interface') && eni.RequesterManaged !== true)
      .map((eni) => {
        const id = eni.NetworkInterfaceId ?? 'unknown';
        const resource = { id, arn: ec2Arn(ctx, 'network-interface', id, eni.OwnerId) };
        const instance = eni.Attachment?.InstanceId;
        const label = `Network interface ${id}${instance ? ` (attached to ${instance})` : eni.Status === 'available' ? ' (not attached)' : ''}`;
        if (eni.SourceDestCheck === true) return ctx.pass(resource, `${label} has source/destination checking enabled.`);
        if (eni.SourceDestCheck === false) return ctx.fail(resource, `${label} has source/destination checking disabled; it can forward traffic that is not its own.`);
        return ctx.undetermined(resource, `${label} reports no SourceDestCheck setting, so whether it can forward traffic that is not its own is unknown.`);
      });
  },
});
