// The Redshift Serverless datasets against recorded answers: namespaces and workgroups paged with
// nextToken, and each namespace's KMS key resolved through the region's KMS dataset, with
// DescribeKey by the namespace's own key id only for keys that dataset does not hold.
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/data/inventory.js';
import { replayLoader } from '../helpers/replay-loader.js';
import { namespace, workgroup } from '../fixtures/redshift.js';

const REGION = 'us-east-1';
const answer = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, output: unknown, region = REGION): RecordedCall => ({ service, region, operation, input, output });
const refused = (service: RecordedCall['service'], operation: string, input: Record<string, unknown>, code: string): RecordedCall => ({
  service,
  region: REGION,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus: 400 },
});
const keyArn = (id: string, account = '123456789012') => `arn:aws:kms:us-east-1:${account}:key/${id}`;
const meta = (id: string, KeyManager: string, account = '123456789012') => ({ KeyMetadata: { KeyId: id, Arn: keyArn(id, account), KeyManager, KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS' } });

describe('redshift-serverless datasets', () => {
  it('pages ListNamespaces and ListWorkgroups with nextToken', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('redshift-serverless', 'ListNamespaces', {}, { namespaces: [namespace('a')], nextToken: 't1' }),
        answer('redshift-serverless', 'ListNamespaces', { nextToken: 't1' }, { namespaces: [namespace('b')] }),
        answer('redshift-serverless', 'ListWorkgroups', {}, { workgroups: [workgroup('w1')], nextToken: 'w' }),
        answer('redshift-serverless', 'ListWorkgroups', { nextToken: 'w' }, { workgroups: [workgroup('w2')] }),
      ],
      [REGION],
    );
    expect((await loader.load('redshiftServerless.namespaces', REGION)).map((n) => n.namespaceName)).toEqual(['a', 'b']);
    expect((await loader.load('redshiftServerless.workgroups', REGION)).map((w) => w.workgroupName)).toEqual(['w1', 'w2']);
    expect(sent.map((r) => [r.operation, r.input])).toEqual([
      ['ListNamespaces', {}],
      ['ListNamespaces', { nextToken: 't1' }],
      ['ListWorkgroups', {}],
      ['ListWorkgroups', { nextToken: 'w' }],
    ]);
  });

  it('takes keys the KMS dataset holds from it and describes the others by the id the namespace gives', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('redshift-serverless', 'ListNamespaces', {}, {
          namespaces: [
            namespace('owned', { kmsKeyId: 'AWS_OWNED_KMS_KEY' }),
            namespace('byarn', { kmsKeyId: keyArn('k-held') }),
            namespace('byid', { kmsKeyId: 'k-held' }),
            namespace('foreign', { kmsKeyId: keyArn('k-far', '999999999999') }),
          ],
        }),
        answer('kms', 'ListKeys', { Limit: 1000 }, { Keys: [{ KeyId: 'k-held', KeyArn: keyArn('k-held') }], Truncated: false }),
        answer('kms', 'DescribeKey', { KeyId: 'k-held' }, meta('k-held', 'CUSTOMER')),
        answer('kms', 'DescribeKey', { KeyId: keyArn('k-far', '999999999999') }, meta('k-far', 'AWS', '999999999999')),
      ],
      [REGION],
    );
    const keys = await loader.load('redshiftServerless.namespaceKeys', REGION);
    expect(keys.map((k) => [k.namespace.namespaceName, k.metadata.ok ? k.metadata.value.KeyManager : k.metadata.error.code])).toEqual([
      ['byarn', 'CUSTOMER'],
      ['byid', 'CUSTOMER'],
      ['foreign', 'AWS'],
    ]);
    expect(sent.filter((r) => r.operation === 'DescribeKey').map((r) => r.input.KeyId)).toEqual(['k-held', keyArn('k-far', '999999999999')]);
  });

  it('asks KMS nothing when every namespace is on the AWS owned key', async () => {
    const { loader, sent } = replayLoader([answer('redshift-serverless', 'ListNamespaces', {}, { namespaces: [namespace('owned', { kmsKeyId: 'AWS_OWNED_KMS_KEY' })] })], [REGION]);
    expect(await loader.load('redshiftServerless.namespaceKeys', REGION)).toEqual([]);
    expect(sent.map((r) => r.operation)).toEqual(['ListNamespaces']);
  });

  it('describes each key by its id when the key listing is refused, and keeps a refused description per namespace', async () => {
    const { loader } = replayLoader(
      [
        answer('redshift-serverless', 'ListNamespaces', {}, { namespaces: [namespace('a', { kmsKeyId: keyArn('k1') }), namespace('b', { kmsKeyId: keyArn('k2') })] }),
        refused('kms', 'ListKeys', { Limit: 1000 }, 'AccessDeniedException'),
        answer('kms', 'DescribeKey', { KeyId: keyArn('k1') }, meta('k1', 'CUSTOMER')),
        refused('kms', 'DescribeKey', { KeyId: keyArn('k2') }, 'AccessDeniedException'),
      ],
      [REGION],
    );
    const keys = await loader.load('redshiftServerless.namespaceKeys', REGION);
    expect(keys.map((k) => [k.namespace.namespaceName, k.metadata.ok ? k.metadata.value.KeyManager : k.metadata.error.action])).toEqual([
      ['a', 'CUSTOMER'],
      ['b', 'kms:DescribeKey'],
    ]);
  });

  it('reads security groups only when a workgroup names one', async () => {
    const { loader, sent } = replayLoader([answer('redshift-serverless', 'ListWorkgroups', {}, { workgroups: [workgroup('w', { securityGroupIds: [] })] })], [REGION]);
    expect(await loader.load('redshiftServerless.securityGroupsRead', REGION)).toEqual({ ok: true, value: [] });
    expect(sent.map((r) => r.operation)).toEqual(['ListWorkgroups']);
  });
});
