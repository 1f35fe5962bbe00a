import { ec2Arn } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

const GONE = ['deleted', 'deleting'];

export default defineCheck({
  id: 'ec2-vpn-connection-logging',
  title: 'Both tunnels of every Site-to-Site VPN connection send logs to CloudWatch Logs',
  pillar: 'detection',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::VPNConnection',
  description: "Each Site-to-Site VPN connection has CloudWatch Logs logging enabled on every tunnel (each TunnelOptions entry's LogOptions.CloudWatchLogOptions.LogEnabled is true).",
  risk: 'Without tunnel logs, IKE negotiation failures, rekeys and tunnel state changes leave no trace, so misuse of the connection or an attempt to impersonate the customer gateway cannot be traced.',
  remediation: {
    text: 'Enable CloudWatch Logs logging on both tunnels of the connection.',
    console: 'VPC > Site-to-Site VPN connections > select the connection > Actions > Modify VPN tunnel options > Tunnel activity log: enable, for each tunnel.',
    cli: "aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel-ip> --tunnel-options 'LogOptions={CloudWatchLogOptions={LogEnabled=true,LogGroupArn=<log-group-arn>,LogOutputFormat=json}}'",
  },
  references: {
    securityHub: { ids: ['EC2.171'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/vpn/latest/s2svpn/monitoring-logs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-171',
    ],
  },
  reads: ['ec2.vpnConnections'],
  evaluate({ 'ec2.vpnConnections': connections }, ctx) {
    return connections
      .filter((c) => !GONE.includes(c.State ?? ''))
      .map((connection) => {
        const id = connection.VpnConnectionId ?? 'unknown';
        const resource = { id, arn: ec2Arn(ctx, 'vpn-connection', id) };
        const tunnels = connection.Options?.TunnelOptions ?? [];
        // Every Site-to-Site VPN connection has two tunnels; an answer without their options is missing data.
        if (!tunnels.length) return ctx.undetermined(resource, `VPN connection ${id} reports no tunnel options, so whether its tunnels send logs to CloudWatch Logs is unknown.`);
        const silent = tunnels.filter((t) => t.LogOptions?.CloudWatchLogOptions?.LogEnabled !== true);
        if (!silent.length) return ctx.pass(resource, `VPN connection ${id} sends logs of ${tunnels.length === 2 ? 'both' : `all ${tunnels.length}`} tunnels to CloudWatch Logs.`);
        const names = silent.map((t) => t.OutsideIpAddress ?? 'unknown address').join(', ');
        return ctx.fail(resource, `VPN connection ${id} does not send logs to CloudWatch Logs for ${silent.length} of its ${tunnels.length} tunnels (${names}).`);
      });
  },
});
