import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/ec2-vpn-connection-logging.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const tunnel = (OutsideIpAddress: string, LogEnabled: boolean) => ({
  OutsideIpAddress,
  TunnelInsideCidr: '169.254.10.0/30',
  LogOptions: { CloudWatchLogOptions: LogEnabled ? { LogEnabled: true, LogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/vpn/s2s', LogOutputFormat: 'json' } : { LogEnabled: false } },
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

describe('ec2-vpn-connection-logging', () => {
  it('passes a connection logging both tunnels', () => {
    const findings = evaluate(check, { 'ec2.vpnConnections': [vpn('vpn-0dc1', [tunnel('52.0.0.1', true), tunnel('52.0.0.2', true)])] });
    expect(verdicts(findings)).toEqual([['PASS', 'vpn-0dc1']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:vpn-connection/vpn-0dc1');
  });

  it('fails a connection logging no tunnel', () => {
    const findings = evaluate(check, { 'ec2.vpnConnections': [vpn('vpn-0dc2', [tunnel('52.0.0.3', false), tunnel('52.0.0.4', false)])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'vpn-0dc2']]);
    expect(findings[0]!.message).toBe('VPN connection vpn-0dc2 does not send logs to CloudWatch Logs for 2 of its 2 tunnels (52.0.0.3, 52.0.0.4).');
  });

  it('near miss: one tunnel logging is not enough', () => {
    const findings = evaluate(check, { 'ec2.vpnConnections': [vpn('vpn-0dc3', [tunnel('52.0.0.5', true), tunnel('52.0.0.6', false)])] });
    expect(verdicts(findings)).toEqual([['FAIL', 'vpn-0dc3']]);
    expect(findings[0]!.message).toContain('1 of its 2 tunnels (52.0.0.6)');
  });

  it('near miss: a deleted connection still listed is not evaluated', () => {
    expect(evaluate(check, { 'ec2.vpnConnections': [vpn('vpn-0old', [tunnel('52.0.0.7', false)], 'deleted')] })).toEqual([]);
  });

  it('reports ERROR when the connections cannot be listed', async () => {
    const findings = await run(check, { 'ec2.vpnConnections': awsError('UnauthorizedOperation', 'ec2:DescribeVpnConnections') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('ec2-vpn-connection-logging on partial answers', () => {
  it('reports ERROR, not FAIL, for a connection whose answer leaves out its tunnel options', () => {
    const findings = evaluate(check, { 'ec2.vpnConnections': [vpn('vpn-0zzz', [])] });
    expect(verdicts(findings)).toEqual([['ERROR', 'vpn-0zzz']]);
    expect(findings[0]!.message).toBe('VPN connection vpn-0zzz reports no tunnel options, so whether its tunnels send logs to CloudWatch Logs is unknown.');
  });
});
