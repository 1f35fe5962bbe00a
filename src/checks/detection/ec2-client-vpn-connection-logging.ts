import { ec2Arn } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

const GONE = ['deleted', 'deleting'];

export default defineCheck({
  id: 'ec2-client-vpn-connection-logging',
  title: 'Client VPN endpoints log client connections',
  pillar: 'detection',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AWS::EC2::ClientVpnEndpoint',
  description: 'Each Client VPN endpoint has connection logging enabled (ConnectionLogOptions.Enabled true), sending connection attempts and sessions to CloudWatch Logs.',
  risk: 'Without connection logs there is no record of who connected to the network, from where and when, so stolen VPN credentials or certificates go unnoticed and cannot be investigated.',
  remediation: {
    text: 'Enable connection logging on the endpoint, to a CloudWatch Logs log group.',
    console: 'VPC > Client VPN endpoints > select the endpoint > Actions > Modify client VPN endpoint > Connection logging: Enable.',
    cli: 'aws ec2 modify-client-vpn-endpoint --client-vpn-endpoint-id <cvpn-endpoint-id> --connection-log-options Enabled=true,CloudwatchLogGroup=<log-group>',
  },
  references: {
    securityHub: { ids: ['EC2.51'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/connection-logging.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-51',
    ],
  },
  reads: ['ec2.clientVpnEndpoints'],
  evaluate({ 'ec2.clientVpnEndpoints': endpoints }, ctx) {
    return endpoints
      .filter((e) => !GONE.includes(e.Status?.Code ?? ''))
      .map((endpoint) => {
        const id = endpoint.ClientVpnEndpointId ?? 'unknown';
        const resource = { id, arn: ec2Arn(ctx, 'client-vpn-endpoint', id) };
        const logging = endpoint.ConnectionLogOptions;
        if (logging?.Enabled === true)
          return ctx.pass(resource, `Client VPN endpoint ${id} logs connections${logging.CloudwatchLogGroup ? ` to log group ${logging.CloudwatchLogGroup}` : ''}.`);
        if (logging?.Enabled === false) return ctx.fail(resource, `Client VPN endpoint ${id} does not log client connections.`);
        return ctx.undetermined(resource, `Client VPN endpoint ${id} reports no connection logging options, so whether it logs client connections is unknown.`);
      });
  },
});
