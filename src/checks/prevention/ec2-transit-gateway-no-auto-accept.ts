import { ec2Arn, ownedByAccount } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

const GONE = ['deleted', 'deleting'];

export default defineCheck({
  id: 'ec2-transit-gateway-no-auto-accept',
  title: 'Transit gateways do not accept shared VPC attachments automatically',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'high',
  resourceType: 'AWS::EC2::TransitGateway',
  description: 'Each transit gateway owned by the account has AutoAcceptSharedAttachments set to disable, so attachments requested by the accounts it is shared with wait for approval.',
  risk: 'With auto-accept on, any account the gateway is shared with can attach its VPCs without review and, through the default route table, reach networks it was never meant to.',
  remediation: {
    text: 'Disable automatic acceptance of shared attachments and accept attachment requests explicitly.',
    console: 'VPC > Transit gateways > select the gateway > Actions > Modify transit gateway > clear "Auto accept shared attachments".',
    cli: 'aws ec2 modify-transit-gateway --transit-gateway-id <tgw-id> --options AutoAcceptSharedAttachments=disable',
  },
  references: {
    securityHub: { ids: ['EC2.23'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-23',
    ],
  },
  reads: ['ec2.transitGateways'],
  evaluate({ 'ec2.transitGateways': gateways }, ctx) {
    return ownedByAccount(gateways, ctx.account.id)
      .filter((g) => !GONE.includes(g.State ?? ''))
      .map((gateway) => {
        const id = gateway.TransitGatewayId ?? 'unknown';
        const resource = { id, arn: gateway.TransitGatewayArn ?? ec2Arn(ctx, 'transit-gateway', id, gateway.OwnerId) };
        const setting = gateway.Options?.AutoAcceptSharedAttachments;
        if (setting === 'disable') return ctx.pass(resource, `Transit gateway ${id} does not accept shared attachments automatically.`);
        if (setting === undefined)
          return ctx.undetermined(resource, `Transit gateway ${id} reports no AutoAcceptSharedAttachments setting, so whether it accepts shared attachments automatically is unknown.`);
        return ctx.fail(resource, `Transit gateway ${id} accepts shared attachments automatically (AutoAcceptSharedAttachments is ${setting}).`);
      });
  },
});
