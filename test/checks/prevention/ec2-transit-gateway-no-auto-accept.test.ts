import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/ec2-transit-gateway-no-auto-accept.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';

const tgw = (id: string, AutoAcceptSharedAttachments: string, extra: Record<string, unknown> = {}) => ({
  TransitGatewayId: id,
  TransitGatewayArn: `arn:aws:ec2:us-east-1:123456789012:transit-gateway/${id}`,
  OwnerId: '123456789012',
  State: 'available',
  CreationTime: new Date('2024-06-01T00:00:00Z'),
  Options: { AmazonSideAsn: 64512, AutoAcceptSharedAttachments, DefaultRouteTableAssociation: 'enable', DefaultRouteTablePropagation: 'enable', DnsSupport: 'enable', VpnEcmpSupport: 'enable' },
  ...extra,
});

describe('ec2-transit-gateway-no-auto-accept', () => {
  it('passes a gateway that requires acceptance', () => {
    const findings = evaluate(check, { 'ec2.transitGateways': [tgw('tgw-0core', 'disable')] });
    expect(verdicts(findings)).toEqual([['PASS', 'tgw-0core']]);
    expect(findings[0]!.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:transit-gateway/tgw-0core');
  });

  it('fails a gateway that auto-accepts shared attachments', () => {
    const findings = evaluate(check, { 'ec2.transitGateways': [tgw('tgw-0open', 'enable')] });
    expect(verdicts(findings)).toEqual([['FAIL', 'tgw-0open']]);
    expect(findings[0]!.message).toBe('Transit gateway tgw-0open accepts shared attachments automatically (AutoAcceptSharedAttachments is enable).');
  });

  it('near miss: a deleted gateway still listed is not evaluated, nor is one shared from another account', () => {
    const findings = evaluate(check, {
      'ec2.transitGateways': [tgw('tgw-0gone', 'enable', { State: 'deleted' }), tgw('tgw-0shr', 'enable', { OwnerId: '999988887777' })],
    });
    expect(findings).toEqual([]);
  });

  it('reports ERROR when the gateways cannot be listed', async () => {
    const findings = await run(check, { 'ec2.transitGateways': awsError('UnauthorizedOperation', 'ec2:DescribeTransitGateways') });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});

describe('ec2-transit-gateway-no-auto-accept on partial answers', () => {
  it('reports ERROR, not FAIL, for a gateway whose answer leaves out its options', () => {
    const findings = evaluate(check, { 'ec2.transitGateways': [{ ...tgw('tgw-0zzz', 'disable'), Options: undefined }] });
    expect(verdicts(findings)).toEqual([['ERROR', 'tgw-0zzz']]);
    expect(findings[0]!.message).toBe(
      'Transit gateway tgw-0zzz reports no AutoAcceptSharedAttachments setting, so whether it accepts shared attachments automatically is unknown.',
    );
  });
});
