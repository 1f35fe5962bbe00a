// The AWS Config datasets against recorded answers: status and channels only where a customer
// managed recorder exists, their refusals kept with the region, and a refused listing failing it.
import { describe, expect, it } from 'vitest';
import { replayLoader } from '../helpers/replay-loader.js';
import { answer, refused } from '../helpers/recorded.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const customer = { name: 'default', roleARN: 'arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } };
const linked = { name: 'AWSConfigurationRecorderForSecurityHub', servicePrincipal: 'securityhub.amazonaws.com', recordingGroup: { allSupported: false, resourceTypes: ['AWS::EC2::SecurityGroup'] } };

describe('config datasets', () => {
  it('reads the status and delivery channels where a customer managed recorder exists', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('config', 'us-east-1', 'DescribeConfigurationRecorders', {}, { ConfigurationRecorders: [customer, linked] }),
        answer('config', 'us-east-1', 'DescribeConfigurationRecorderStatus', {}, { ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Success' }] }),
        answer('config', 'us-east-1', 'DescribeDeliveryChannels', {}, { DeliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket' }] }),
      ],
      REGIONS,
    );
    const state = await loader.load('config.recorders', 'us-east-1');
    expect(state.recorders.map((r) => r.name)).toEqual(['default', 'AWSConfigurationRecorderForSecurityHub']);
    expect(state.statuses).toEqual({ ok: true, value: [{ name: 'default', recording: true, lastStatus: 'Success' }] });
    expect(state.deliveryChannels).toEqual({ ok: true, value: [{ name: 'default', s3BucketName: 'config-bucket' }] });
    expect(sent.every((r) => r.region === 'us-east-1')).toBe(true);
  });

  it('asks nothing more where only service-linked recorders exist (empty answer: no recorder)', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('config', 'eu-west-1', 'DescribeConfigurationRecorders', {}, { ConfigurationRecorders: [linked] }),
        answer('config', 'us-east-1', 'DescribeConfigurationRecorders', {}, { ConfigurationRecorders: [] }),
      ],
      REGIONS,
    );
    expect(await loader.load('config.recorders', 'eu-west-1')).toEqual({ recorders: [linked] });
    expect(await loader.load('config.recorders', 'us-east-1')).toEqual({ recorders: [] });
    expect(sent.map((r) => r.operation)).toEqual(['DescribeConfigurationRecorders', 'DescribeConfigurationRecorders']);
  });

  it('keeps a refused status read with the region, and fails the region whose listing is refused', async () => {
    const { loader } = replayLoader(
      [
        answer('config', 'us-east-1', 'DescribeConfigurationRecorders', {}, { ConfigurationRecorders: [customer] }),
        refused('config', 'us-east-1', 'DescribeConfigurationRecorderStatus', {}, 'AccessDeniedException'),
        answer('config', 'us-east-1', 'DescribeDeliveryChannels', {}, { DeliveryChannels: [] }),
        refused('config', 'eu-west-1', 'DescribeConfigurationRecorders', {}, 'AccessDeniedException'),
      ],
      REGIONS,
    );
    const east = await loader.load('config.recorders', 'us-east-1');
    expect(east.statuses).toMatchObject({ ok: false, error: { action: 'config:DescribeConfigurationRecorderStatus', kind: 'access-denied' } });
    await expect(loader.load('config.recorders', 'eu-west-1')).rejects.toMatchObject({ info: { action: 'config:DescribeConfigurationRecorders' } });
    const everywhere = await loader.load('config.recordersByRegion', 'us-east-1');
    expect(everywhere.map((r) => [r.region, r.result.ok])).toEqual([
      ['us-east-1', true],
      ['eu-west-1', false],
    ]);
  });
});
