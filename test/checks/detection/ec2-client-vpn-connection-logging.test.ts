import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/ec2-client-vpn-connection-logging.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const endpoint = (id: string, logging: Record<string, unknown>, status = 'available') => ({
  ClientVpnEndpointId: id,
  Description: 'remote staff',
  Status: { Code: status },
  CreationTime: '2024-09-01T10:00:00',
  ClientCidrBlock: '172.16.0.0/22',
  VpnProtocol: 'openvpn',
  TransportProtocol: 'udp',
  VpcId: 'vpc-0prod',
  ConnectionLogOptions: logging,
});

describe('ec2-client-vpn-connection-logging', () => {
  it('passes an endpoint that logs connections', () => {
    const findings = evaluate(check, { 'ec2.clientVpnEndpoints': [endpoint('cvpn-endpoint-0a', { Enabled: true, CloudwatchLogGroup: '/vpn/client', CloudwatchLogStream: 'connections' })] });
    expect(verdicts(findings)).toEqual([['PASS', 'cvpn-endpoint-0a']]);
    expect(findings[0]!.message).toBe('Client VPN endpoint cvpn-endpoint-0a logs connections to log group /vpn/client.');
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:client-vpn-endpoint/cvpn-endpoint-0a');
  });

  it('fails an endpoint with logging disabled', () => {
    const findings = evaluate(check, { 'ec2.clientVpnEndpoints': [endpoint('cvpn-endpoint-0b', { Enabled: false })] });
    expect(verdicts(findings)).toEqual([['FAIL', 'cvpn-endpoint-0b']]);
    expect(findings[0]!.message).toBe('Client VPN endpoint cvpn-endpoint-0b does not log client connections.');
  });

  it('near miss: a log group named without the Enabled flag is not taken as logging: ERROR, not PASS', () => {
    // EC2 always reports Enabled; an answer without it (an emulator) leaves the setting unknown.
    const findings = evaluate(check, { 'ec2.clientVpnEndpoints': [endpoint('cvpn-endpoint-0c', { CloudwatchLogGroup: '/vpn/client' })] });
    expect(verdicts(findings)).toEqual([['ERROR', 'cvpn-endpoint-0c']]);
    expect(findings[0]!.message).toBe('Client VPN endpoint cvpn-endpoint-0c reports no connection logging options, so whether it logs client connections is unknown.');
  });

  it('near miss: a deleted endpoint still listed is not evaluated', () => {
    expect(evaluate(check, { 'ec2.clientVpnEndpoints': [endpoint('cvpn-endpoint-0d', { Enabled: false }, 'deleted')] })).toEqual([]);
  });

  it('reports ERROR when the endpoints cannot be listed', async () => {
    const findings = await run(check, { 'ec2.clientVpnEndpoints': awsError('UnauthorizedOperation', 'ec2:DescribeClientVpnEndpoints') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
