// The Lambda datasets against recorded answers: ListFunctions paged to the end with environment
// values reduced before anything holds them, GetPolicy's "no policy" answer, function URLs on
// functions and aliases, and the reads of other services made only when a function needs them.
import { describe, expect, it } from 'vitest';
import { sanitizeListFunctions } from '../../src/aws/services/lambda.js';
import { type RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';

const HOME = 'us-east-1';
const EU = 'eu-west-1';
const ACCOUNT = '123456789012';
const arn = (name: string, region = HOME) => `arn:aws:lambda:${region}:${ACCOUNT}:function:${name}`;
const answer = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service, region, operation, input, output });
const refused = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, code: string, httpStatus = 403): RecordedCall => ({
  service,
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus },
});
const fn = (name: string, extra: Record<string, unknown> = {}, region = HOME) => ({ FunctionName: name, FunctionArn: arn(name, region), Runtime: 'python3.12', PackageType: 'Zip', ...extra });

const ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const PASSWORD = 'correct-horse-battery-staple';

describe('lambda datasets', () => {
  it('pages ListFunctions by Marker to the end in each region, holding variable facts and never values', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('lambda', HOME, 'ListFunctions', {}, { Functions: [fn('a', { Environment: { Variables: { AWS_ACCESS_KEY_ID: ACCESS_KEY_ID, AWS_SECRET: SECRET_KEY, LOG_LEVEL: 'INFO' } } })], NextMarker: 'm2' }),
        answer('lambda', HOME, 'ListFunctions', { Marker: 'm2' }, { Functions: [fn('b', { Environment: { Variables: { DB_PASSWORD: PASSWORD } }, KMSKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1` })] }),
        answer('lambda', EU, 'ListFunctions', {}, { Functions: [fn('locked', { Environment: { Error: { ErrorCode: 'KMSAccessDeniedException', Message: 'KMS access was denied.' } } }, EU)] }),
      ],
      [HOME, EU],
    );
    const home = await loader.load('lambda.functions', HOME);
    expect(home.map((f) => f.FunctionName)).toEqual(['a', 'b']);
    expect(home[0]!.Environment).toEqual({
      VariableFacts: {
        AWS_ACCESS_KEY_ID: { length: 20, signals: [{ rule: 'name', detail: 'accesskey' }, { rule: 'format', detail: 'AWS access key id' }] },
        AWS_SECRET: { length: 40, signals: [{ rule: 'name', detail: 'secret' }, { rule: 'format', detail: 'AWS secret access key' }] },
        LOG_LEVEL: { length: 4, signals: [] },
      },
    });
    for (const value of [ACCESS_KEY_ID, SECRET_KEY, PASSWORD]) expect(JSON.stringify(home)).not.toContain(value);
    const eu = await loader.load('lambda.functions', EU);
    expect(eu[0]!.Environment).toEqual({ Error: { ErrorCode: 'KMSAccessDeniedException', Message: 'KMS access was denied.' } });
    expect(sent.map((r) => [r.region, r.input])).toEqual([
      [HOME, {}],
      [HOME, { Marker: 'm2' }],
      [EU, {}],
    ]);
  });

  it('sanitizes idempotently, and marks variables it cannot read', () => {
    const once = sanitizeListFunctions({ Functions: [fn('a', { Environment: { Variables: { DB_PASSWORD: PASSWORD } } })] });
    expect(sanitizeListFunctions(once)).toEqual(once);
    expect(sanitizeListFunctions({ Functions: [fn('odd', { Environment: { Variables: 'KEY=VALUE' } })] })).toEqual({ Functions: [fn('odd', { Environment: { VariableFactsUnreadable: true } })] });
  });

  it('reads each policy once: ResourceNotFoundException is "no policy", a refusal stays an error for that function', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: arn('web') }] });
    const { loader, sent } = replayLoader(
      [
        answer('lambda', HOME, 'ListFunctions', {}, { Functions: [fn('none'), fn('web'), fn('hidden')] }),
        refused('lambda', HOME, 'GetPolicy', { FunctionName: 'none' }, 'ResourceNotFoundException', 404),
        answer('lambda', HOME, 'GetPolicy', { FunctionName: 'web' }, { Policy: policy, RevisionId: 'r1' }),
        refused('lambda', HOME, 'GetPolicy', { FunctionName: 'hidden' }, 'AccessDeniedException'),
        answer('lambda', HOME, 'ListFunctionUrlConfigs', { FunctionName: 'none' }, { FunctionUrlConfigs: [] }),
        answer('lambda', HOME, 'ListFunctionUrlConfigs', { FunctionName: 'web' }, {
          FunctionUrlConfigs: [
            { FunctionArn: arn('web'), FunctionUrl: 'https://web.lambda-url.us-east-1.on.aws/', AuthType: 'NONE' },
            { FunctionArn: `${arn('web')}:live`, FunctionUrl: 'https://weblive.lambda-url.us-east-1.on.aws/', AuthType: 'NONE' },
          ],
        }),
        refused('lambda', HOME, 'ListFunctionUrlConfigs', { FunctionName: 'hidden' }, 'ResourceNotFoundException', 404),
        refused('lambda', HOME, 'GetPolicy', { FunctionName: 'web', Qualifier: 'live' }, 'ResourceNotFoundException', 404),
      ],
      [HOME],
    );
    const policies = await loader.load('lambda.policies', HOME);
    expect(policies.map(({ fn: f, result }) => [f.FunctionName, result.ok ? result.value : result.error.code])).toEqual([
      ['none', undefined],
      ['web', policy],
      ['hidden', 'AccessDeniedException'],
    ]);
    const urls = await loader.load('lambda.functionUrls', HOME);
    // The function deleted since the listing (ListFunctionUrlConfigs ResourceNotFoundException) is dropped.
    expect(urls.map(({ fn: f, result }) => [f.FunctionName, result.ok && result.value.length])).toEqual([
      ['none', 0],
      ['web', 2],
    ]);
    const open = await loader.load('lambda.openUrlPolicies', HOME);
    expect(open.map(({ url, policy: p }) => [url.FunctionArn, p.ok ? p.value : p.error.code])).toEqual([
      [arn('web'), policy],
      [`${arn('web')}:live`, undefined],
    ]);
    // The unqualified policy was asked once, for both datasets.
    expect(sent.filter((r) => r.operation === 'GetPolicy').map((r) => r.input)).toEqual([
      { FunctionName: 'none' },
      { FunctionName: 'web' },
      { FunctionName: 'hidden' },
      { FunctionName: 'web', Qualifier: 'live' },
    ]);
  });

  it('reads subnets only when a function is in a VPC, and keeps their refusal for the functions to judge', async () => {
    const none = replayLoader([answer('lambda', HOME, 'ListFunctions', {}, { Functions: [fn('plain', { VpcConfig: { VpcId: '', SubnetIds: [], SecurityGroupIds: [] } })] })], [HOME]);
    expect(await none.loader.load('lambda.vpcSubnets', HOME)).toEqual({ ok: true, value: [] });
    expect(none.sent.map((r) => r.operation)).toEqual(['ListFunctions']);
    const vpc = replayLoader(
      [
        answer('lambda', HOME, 'ListFunctions', {}, { Functions: [fn('inside', { VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-a'], SecurityGroupIds: [] } })] }),
        refused('ec2', HOME, 'DescribeSubnets', {}, 'UnauthorizedOperation'),
      ],
      [HOME],
    );
    const subnets = await vpc.loader.load('lambda.vpcSubnets', HOME);
    expect(subnets.ok ? 'ok' : [subnets.error.code, subnets.error.action]).toEqual(['UnauthorizedOperation', 'ec2:DescribeSubnets']);
  });

  it('reads CloudFront distributions only in us-east-1, only for functions outside a VPC, mapping Lambda@Edge ARNs to distributions', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('lambda', HOME, 'ListFunctions', {}, { Functions: [fn('edge-headers')] }),
        answer('lambda', EU, 'ListFunctions', {}, { Functions: [fn('eu-fn', {}, EU)] }),
        answer('cloudfront', HOME, 'ListDistributions', {}, {
          DistributionList: {
            IsTruncated: false,
            Items: [
              {
                Id: 'E2QWRUHEXAMPLE',
                DefaultCacheBehavior: { LambdaFunctionAssociations: { Quantity: 1, Items: [{ LambdaFunctionARN: `${arn('edge-headers')}:3`, EventType: 'viewer-response' }] } },
                CacheBehaviors: { Quantity: 0 },
              },
            ],
          },
        }),
      ],
      [HOME, EU],
    );
    expect(await loader.load('lambda.edgeAssociations', HOME)).toEqual({ ok: true, value: { [arn('edge-headers')]: ['E2QWRUHEXAMPLE'] } });
    expect(await loader.load('lambda.edgeAssociations', EU)).toEqual({ ok: true, value: {} });
    expect(sent.filter((r) => r.service === 'cloudfront').map((r) => r.region)).toEqual([HOME]);
  });

  it('reads the KMS keys only when a function names one', async () => {
    const none = replayLoader([answer('lambda', HOME, 'ListFunctions', {}, { Functions: [fn('plain')] })], [HOME]);
    expect(await none.loader.load('lambda.environmentKeys', HOME)).toEqual({ ok: true, value: [] });
    expect(none.sent.map((r) => r.operation)).toEqual(['ListFunctions']);
    const keyed = replayLoader(
      [answer('lambda', HOME, 'ListFunctions', {}, { Functions: [fn('keyed', { KMSKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1` })] }), refused('kms', HOME, 'ListKeys', { Limit: 1000 }, 'AccessDeniedException')],
      [HOME],
    );
    const keys = await keyed.loader.load('lambda.environmentKeys', HOME);
    expect(keys.ok ? 'ok' : keys.error.action).toBe('kms:ListKeys');
  });
});
