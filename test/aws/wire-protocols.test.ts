// Every wire protocol of the catalogue through the real SDK stack (serialisation, signing, HTTP,
// parsing) against the loopback fake: REST-JSON with labels, query members and JSON names, JSON
// 1.0, REST-XML with a nested token, query with lists, and the errors of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsCallError } from '../../src/aws/errors.js';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
import { AwsData } from '../../src/data/aws-data.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import { inventoryAnswers, startFakeAws, type FakeAws } from '../helpers/fake-aws-server.js';

const credentials = async () => ({ accessKeyId: 'AKIAWIREPROTOCOLTEST', secretAccessKey: 'wire-secret' });
const at = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, output: unknown, region = 'us-east-1'): RecordedCall => ({ service, region, operation, input, output });
const refused = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, code: string, httpStatus: number): RecordedCall => ({
  service,
  region: 'us-east-1',
  operation,
  input,
  error: { code, message: `${code} from the fake`, httpStatus },
});

const CALLS: RecordedCall[] = [
  at('lambda', 'ListFunctions', {}, { Functions: [{ FunctionName: 'orders', Runtime: 'nodejs22.x', LastModified: '2026-10-01T10:00:00.000+0000' }], NextMarker: 'm1' }),
  at('lambda', 'ListFunctions', { Marker: 'm1' }, { Functions: [{ FunctionName: 'billing' }] }),
  at('lambda', 'GetPolicy', { FunctionName: 'orders' }, { Policy: '{"Version":"2012-10-17","Statement":[]}', RevisionId: 'r1' }),
  refused('lambda', 'GetPolicy', { FunctionName: 'billing' }, 'ResourceNotFoundException', 404),
  at('apigateway', 'GetRestApis', { limit: 500 }, { items: [{ id: 'a1', name: 'shop', createdDate: { $date: '2025-01-02T03:04:05.000Z' }, endpointConfiguration: { types: ['REGIONAL'] } }] }),
  at('apigatewayv2', 'GetRoutes', { ApiId: 'h1' }, { Items: [{ RouteId: 'r1', RouteKey: 'GET /orders', AuthorizationType: 'NONE' }] }),
  at('sqs', 'ListQueues', {}, { QueueUrls: ['https://sqs.us-east-1.amazonaws.com/123456789012/jobs'] }),
  at('cloudwatch', 'DescribeAlarms', {}, { MetricAlarms: [{ AlarmName: 'root-usage', ActionsEnabled: true, AlarmActions: ['arn:aws:sns:us-east-1:123456789012:alerts'] }] }),
  at('cloudfront', 'ListDistributions', {}, { DistributionList: { Marker: '', MaxItems: 100, IsTruncated: false, Quantity: 1, Items: [{ Id: 'E1', ARN: 'arn:aws:cloudfront::123456789012:distribution/E1', DomainName: 'd1.cloudfront.net', WebACLId: '' }] } }),
  at('sns', 'ListTopics', {}, { Topics: [{ TopicArn: 'arn:aws:sns:us-east-1:123456789012:alerts' }] }),
  at('efs', 'DescribeFileSystems', {}, { FileSystems: [{ FileSystemId: 'fs-1', Encrypted: true, CreationTime: { $date: '2025-01-02T03:04:05.000Z' } }] }),
  refused('efs', 'DescribeFileSystemPolicy', { FileSystemId: 'fs-1' }, 'PolicyNotFound', 404),
  at('guardduty', 'ListDetectors', {}, { DetectorIds: ['d1'] }),
];

let fake: FakeAws;
let aws: AwsData;

beforeAll(async () => {
  fake = await startFakeAws({}, { fallback: inventoryAnswers(CALLS) });
  aws = new AwsData(new SdkTransport({ credentials, maxAttempts: 1, requestTimeoutMs: 5000, connectionTimeoutMs: 1000, endpointUrl: fake.url }), { concurrency: 4 });
});
afterAll(() => fake.close());

describe('the wire fake, through the SDK', () => {
  it('REST-JSON (Lambda): pages by query member, reads a path label, and maps a 404 error code', async () => {
    const functions = await aws.list<{ FunctionName: string }>({ service: 'lambda', operation: 'ListFunctions', region: 'us-east-1', input: {} }, 'Functions');
    expect(functions.map((f) => f.FunctionName)).toEqual(['orders', 'billing']);
    expect(await aws.call({ service: 'lambda', operation: 'GetPolicy', region: 'us-east-1', input: { FunctionName: 'orders' } })).toMatchObject({ RevisionId: 'r1' });
    const err = await aws.call({ service: 'lambda', operation: 'GetPolicy', region: 'us-east-1', input: { FunctionName: 'billing' } }).catch((e: unknown) => e);
    expect((err as AwsCallError).info.code).toBe('ResourceNotFoundException');
  });

  it('REST-JSON with JSON names and timestamps (API Gateway), and the two API Gateway clients told apart by path', async () => {
    const apis = await aws.list<{ id: string; createdDate: Date }>({ service: 'apigateway', operation: 'GetRestApis', region: 'us-east-1', input: { limit: 500 } }, 'items');
    expect(apis.map((a) => [a.id, a.createdDate.toISOString()])).toEqual([['a1', '2025-01-02T03:04:05.000Z']]);
    const routes = await aws.list<{ RouteKey: string }>({ service: 'apigatewayv2', operation: 'GetRoutes', region: 'us-east-1', input: { ApiId: 'h1' } }, 'Items');
    expect(routes.map((r) => r.RouteKey)).toEqual(['GET /orders']);
  });

  it('JSON 1.0 (SQS, CloudWatch), REST-XML with a nested token (CloudFront) and query (SNS)', async () => {
    expect(await aws.list({ service: 'sqs', operation: 'ListQueues', region: 'us-east-1', input: {} }, 'QueueUrls')).toHaveLength(1);
    expect(await aws.list({ service: 'cloudwatch', operation: 'DescribeAlarms', region: 'us-east-1', input: {} }, 'MetricAlarms')).toMatchObject([{ AlarmName: 'root-usage', ActionsEnabled: true }]);
    expect(await aws.list({ service: 'cloudfront', operation: 'ListDistributions', region: 'us-east-1', input: {} }, 'DistributionList.Items')).toMatchObject([{ Id: 'E1', WebACLId: '' }]);
    expect(await aws.list({ service: 'sns', operation: 'ListTopics', region: 'us-east-1', input: {} }, 'Topics')).toMatchObject([{ TopicArn: 'arn:aws:sns:us-east-1:123456789012:alerts' }]);
  });

  it('REST-JSON with errors as data (EFS PolicyNotFound) and a plain listing (GuardDuty)', async () => {
    expect(await aws.list({ service: 'efs', operation: 'DescribeFileSystems', region: 'us-east-1', input: {} }, 'FileSystems')).toMatchObject([{ FileSystemId: 'fs-1', Encrypted: true }]);
    expect(await aws.call({ service: 'efs', operation: 'DescribeFileSystemPolicy', region: 'us-east-1', input: { FileSystemId: 'fs-1' } }, { absent: ['PolicyNotFound'] })).toBeUndefined();
    expect(await aws.list({ service: 'guardduty', operation: 'ListDetectors', region: 'us-east-1', input: {} }, 'DetectorIds')).toEqual(['d1']);
  });

  it('saw each request as the service and operation the SDK sent, signed for that service', () => {
    const seen = new Set(fake.requests.map((r) => `${r.service}:${r.operation}:${r.signedService}`));
    for (const expected of ['lambda:ListFunctions:lambda', 'apigateway:GetRestApis:apigateway', 'apigatewayv2:GetRoutes:apigateway', 'sqs:ListQueues:sqs', 'cloudwatch:DescribeAlarms:monitoring', 'cloudfront:ListDistributions:cloudfront', 'sns:ListTopics:sns', 'efs:DescribeFileSystems:elasticfilesystem', 'guardduty:ListDetectors:guardduty']) {
      expect(seen, expected).toContain(expected);
    }
  });
});
