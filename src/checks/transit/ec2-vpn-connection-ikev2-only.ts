import type { TunnelOption } from '@aws-sdk/client-ec2';
import { ec2Arn } from '../lib/vpc-resources.js';
import { defineCheck } from '../define.js';

const GONE = ['deleted', 'deleting'];

/** The IKE versions a tunnel permits; an empty or missing list is the AWS default, ikev1 and ikev2. */
function ikeVersions(tunnel: TunnelOption): { versions: string[]; byDefault: boolean } {
  const listed = (tunnel.IkeVersions ?? []).flatMap((v) => (v.Value ? [v.Value] : []));
  return listed.length ? { versions: listed, byDefault: false } : { versions: ['ikev1', 'ikev2'], byDefault: true };
}

const describeTunnel = (tunnel: TunnelOption) => {
  const { versions, byDefault } = ikeVersions(tunnel);
  return `${tunnel.OutsideIpAddress ?? 'unknown address'}: ${versions.join(', ')}${byDefault ? ' (none set, the default)' : ''}`;
};

export default defineCheck({
  id: 'ec2-vpn-connection-ikev2-only',
  title: 'Both tunnels of every Site-to-Site VPN connection permit only IKEv2',
  pillar: 'transit',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::VPNConnection',
  description:
    "Each Site-to-Site VPN connection that is not deleting or deleted permits only ikev2 on every tunnel (Options.TunnelOptions[].IkeVersions[].Value). An empty or missing list is the AWS default, which allows both ikev1 and ikev2, and FAILs: EC2.183 fails a connection that does not explicitly restrict all its tunnels to IKEv2. One result per connection; a FAIL names each offending tunnel's outside IP and its versions.",
  risk: 'IKEv1 is the older key exchange (aggressive mode can expose a hash of the pre-shared key to offline cracking, and it lacks IKEv2’s protections against denial of service); a tunnel that still accepts it can be negotiated down to it.',
  remediation: {
    text: 'Set the IKE versions of both tunnels to ikev2 only, after making sure the customer gateway device supports IKEv2. Modifying tunnel options briefly interrupts each tunnel in turn.',
    console: 'VPC > Site-to-Site VPN connections > select the connection > Actions > Modify VPN tunnel options > IKE version: ikev2 only, for each tunnel.',
    cli: "aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> --vpn-tunnel-outside-ip-address <tunnel-ip> --tunnel-options 'IKEVersions=[{Value=ikev2}]'",
  },
  references: {
    securityHub: { ids: ['EC2.183'], standard: 'fsbp-unconfirmed' },
    docs: [
      'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-183',
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
        if (!tunnels.length) return ctx.undetermined(resource, `VPN connection ${id} reports no tunnel options, so which IKE versions its tunnels permit is unknown.`);
        const loose = tunnels.filter((t) => ikeVersions(t).versions.some((v) => v !== 'ikev2'));
        if (!loose.length) return ctx.pass(resource, `VPN connection ${id} permits only IKEv2 on ${tunnels.length === 2 ? 'both' : `all ${tunnels.length}`} tunnels.`);
        return ctx.fail(resource, `VPN connection ${id} does not restrict ${loose.length} of its ${tunnels.length} tunnels to IKEv2 (${loose.map(describeTunnel).join('; ')}).`);
      });
  },
});
