// Target groups and the targets of internet-facing load balancers, against recorded answers.
import { describe, expect, it } from 'vitest';
import { type RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';

const REGION = 'us-east-1';
const answer = (operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service: 'elbv2', region: REGION, operation, input, output });
const refused = (operation: string, input: Record<string, unknown>, code: string): RecordedCall => ({ service: 'elbv2', region: REGION, operation, input, error: { code, message: `refused ${operation}`, httpStatus: code.startsWith('AccessDenied') ? 403 : 400 } });
const lb = (name: string, scheme: string) => ({ LoadBalancerArn: `arn:lb/${name}`, LoadBalancerName: name, Scheme: scheme, Type: 'application' });

describe('elbv2 target datasets', () => {
  it('pages target groups, 400 at a time', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('DescribeTargetGroups', { PageSize: 400 }, { TargetGroups: [{ TargetGroupArn: 'arn:tg/a' }], NextMarker: 'm2' }),
        answer('DescribeTargetGroups', { PageSize: 400, Marker: 'm2' }, { TargetGroups: [{ TargetGroupArn: 'arn:tg/b' }] }),
      ],
      [REGION],
    );
    expect((await loader.load('elbv2.targetGroups', REGION)).map((g) => g.TargetGroupArn)).toEqual(['arn:tg/a', 'arn:tg/b']);
    expect(sent.map((r) => r.input)).toEqual([{ PageSize: 400 }, { PageSize: 400, Marker: 'm2' }]);
  });

  it('reads the targets of groups behind internet-facing load balancers only; keeps a refused read, drops a deleted group', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('DescribeLoadBalancers', {}, { LoadBalancers: [lb('public', 'internet-facing'), lb('inner', 'internal')] }),
        answer('DescribeTargetGroups', { PageSize: 400 }, {
          TargetGroups: [
            { TargetGroupArn: 'arn:tg/web', LoadBalancerArns: ['arn:lb/public'] },
            { TargetGroupArn: 'arn:tg/hidden', LoadBalancerArns: ['arn:lb/public'] },
            { TargetGroupArn: 'arn:tg/gone', LoadBalancerArns: ['arn:lb/public'] },
            { TargetGroupArn: 'arn:tg/inner', LoadBalancerArns: ['arn:lb/inner'] },
            { TargetGroupArn: 'arn:tg/idle', LoadBalancerArns: [] },
          ],
        }),
        answer('DescribeTargetHealth', { TargetGroupArn: 'arn:tg/web' }, { TargetHealthDescriptions: [{ Target: { Id: 'i-1', Port: 8080 }, TargetHealth: { State: 'healthy' } }] }),
        refused('DescribeTargetHealth', { TargetGroupArn: 'arn:tg/hidden' }, 'AccessDenied'),
        refused('DescribeTargetHealth', { TargetGroupArn: 'arn:tg/gone' }, 'TargetGroupNotFound'),
      ],
      [REGION],
    );
    const read = await loader.load('elbv2.internetFacingTargets', REGION);
    expect(read.map((r) => [r.targetGroup.TargetGroupArn, r.targets.ok ? r.targets.value.map((t) => t.Target?.Id) : r.targets.error.code])).toEqual([
      ['arn:tg/web', ['i-1']],
      ['arn:tg/hidden', 'AccessDenied'],
    ]);
    expect(sent.filter((r) => r.operation === 'DescribeTargetHealth').map((r) => r.input.TargetGroupArn)).toEqual(['arn:tg/web', 'arn:tg/hidden', 'arn:tg/gone']);
  });
});
