import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/ec2-vpn-connection-ikev2-only.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const tunnel = (OutsideIpAddress: string, versions?: string[]) => ({
  OutsideIpAddress,
  TunnelInsideCidr: '169.254.10.0/30',
  ...(versions ? { IkeVersions: versions.map((Value) => ({ Value })) } : {}),
});
const vpn = (id: string, tunnels: ReturnType<typeof tunnel>[], State = 'available') => ({
  VpnConnectionId: id,
  State,
  Type: 'ipsec.1',
  CustomerGatewayId: 'cgw-0dc1',
  VpnGatewayId: 'vgw-0a1',
  Category: 'VPN',
  Options: { StaticRoutesOnly: false, TunnelInsideIpVersion: 'ipv4', TunnelOptions: tunnels },
});
const judge = (...connections: ReturnType<typeof vpn>[]) => evaluate(check, { 'ec2.vpnConnections': connections });

describe('ec2-vpn-connection-ikev2-only', () => {
  it('passes a connection whose two tunnels permit only ikev2', () => {
    const findings = judge(vpn('vpn-0dc1', [tunnel('52.0.0.1', ['ikev2']), tunnel('52.0.0.2', ['ikev2'])]));
    expect(verdicts(findings)).toEqual([['PASS', 'vpn-0dc1']]);
    expect(findings[0]!.message).toBe('VPN connection vpn-0dc1 permits only IKEv2 on both tunnels.');
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:vpn-connection/vpn-0dc1');
  });

  it('fails the AWS default (no IkeVersions listed), which allows ikev1 and ikev2', () => {
    const findings = judge(vpn('vpn-0dc2', [tunnel('52.0.0.3'), { ...tunnel('52.0.0.4'), IkeVersions: [] } as ReturnType<typeof tunnel>]));
    expect(verdicts(findings)).toEqual([['FAIL', 'vpn-0dc2']]);
    expect(findings[0]!.message).toBe(
      'VPN connection vpn-0dc2 does not restrict 2 of its 2 tunnels to IKEv2 (52.0.0.3: ikev1, ikev2 (none set, the default); 52.0.0.4: ikev1, ikev2 (none set, the default)).',
    );
  });

  it('near miss: one tunnel restricted is not enough; one result per connection names the other', () => {
    const findings = judge(vpn('vpn-0dc3', [tunnel('52.0.0.5', ['ikev2']), tunnel('52.0.0.6', ['ikev1', 'ikev2'])]));
    expect(verdicts(findings)).toEqual([['FAIL', 'vpn-0dc3']]);
    expect(findings[0]!.message).toContain('1 of its 2 tunnels to IKEv2 (52.0.0.6: ikev1, ikev2)');
  });

  it('near miss: deleting and deleted connections are not evaluated', () => {
    expect(judge(vpn('vpn-0old', [tunnel('52.0.0.7')], 'deleted'), vpn('vpn-0end', [tunnel('52.0.0.8')], 'deleting'))).toEqual([]);
  });

  it('reports ERROR for a connection without tunnel options, and when the listing fails', async () => {
    expect(verdicts(judge(vpn('vpn-0zzz', [])))).toEqual([['ERROR', 'vpn-0zzz']]);
    const findings = await run(check, { 'ec2.vpnConnections': awsError('UnauthorizedOperation', 'ec2:DescribeVpnConnections') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
