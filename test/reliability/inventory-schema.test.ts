// Inventory files are input from anywhere: validated against schemas/inventory.v1.schema.json (and
// the operation catalogue) before anything is replayed, with one line naming the bad field.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, inventoryProblem, MAX_DEPTH, ReplayTransport, type InventoryFile } from '../../src/data/inventory.js';
import { DEMO, runCli } from '../helpers/cli.js';
import { DEMO_INVENTORY } from './harness.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/inventory.v1.schema.json', root), 'utf8')) as Record<string, unknown>;

const valid = (): InventoryFile => ({
  format: 'aws-posture-inventory',
  version: 1,
  tool: { name: 'aws-posture', version: '0.1.0' },
  recordedAt: '2026-11-01T09:00:00.000Z',
  account: { id: '123456789012', principalArn: 'arn:aws:iam::123456789012:user/auditor', partition: 'aws' },
  regions: ['us-east-1'],
  calls: [{ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, output: { Vpcs: [] } }],
});
const withCall = (call: Record<string, unknown>) => ({ ...valid(), calls: [call] });
const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { Items: [value] };
  return value;
};

describe('the schema', () => {
  it('is a valid draft 2020-12 schema under strict mode', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, validateFormats: false });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  // The readers compile the published schemas without the meta-schema check, for start-up time: it is done here.
  it.each(['inventory.v1', 'config.v1', 'report.v1', 'org-report.v1'])('%s.schema.json is valid against the draft 2020-12 meta-schema', (name) => {
    const published = JSON.parse(readFileSync(new URL(`schemas/${name}.schema.json`, root), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    expect(ajv.validateSchema(published), ajv.errorsText()).toBe(true);
  });

  it('names an operation its service does not offer, whatever the call', () => {
    const inventory = valid() as { calls: unknown[] };
    inventory.calls.push({ service: 'kms', region: 'us-east-1', operation: 'ScheduleKeyDeletion', input: {} });
    expect(inventoryProblem(inventory)).toBe(`calls[${inventory.calls.length - 1}].operation ScheduleKeyDeletion is not an operation of kms`);
  });

  it('accepts the demo account and what --save-inventory writes', () => {
    expect(inventoryProblem(DEMO_INVENTORY)).toBeUndefined();
    expect(inventoryProblem(valid())).toBeUndefined();
  });
});

describe('one line naming the bad field', () => {
  it.each<[string, unknown, string]>([
    ['not an object', [1, 2], 'it is not a JSON object'],
    ['another format', { ...valid(), format: 'cloudsploit' }, '"format" must be "aws-posture-inventory"'],
    ['a later version', { ...valid(), version: 2 }, '"version" 2 is not supported (this tool reads version 1)'],
    ['no account', { ...valid(), account: undefined }, '"account" is missing'],
    ['a date that is not one', { ...valid(), recordedAt: 'last Tuesday' }, '"recordedAt" must be an ISO 8601 date and time ("last Tuesday")'],
    ['an unknown member', { ...valid(), extra: true }, 'extra is not a field of the inventory format'],
    ['an ANSI escape in the principal', { ...valid(), account: { ...valid().account, principalArn: 'arn:aws:iam::1:user/\u001b[2J' } }, 'account.principalArn must be a single line without control characters'],
    ['a region with a newline', withCall({ service: 'ec2', region: 'us-east-1\nus-west-2', operation: 'DescribeVpcs', input: {} }), 'calls[0].region must be a single line without control characters'],
    ['an unknown service', withCall({ service: 'quicksight', region: 'us-east-1', operation: 'ListUsers', input: {} }), 'calls[0].service quicksight is not a known service'],
    ['a write operation', withCall({ service: 's3', region: 'us-east-1', operation: 'DeleteBucket', input: {} }), 'calls[0].operation DeleteBucket is not an operation of s3'],
    ['an operation name with markup', withCall({ service: 's3', region: 'us-east-1', operation: '<script>', input: {} }), 'calls[0].operation "<script>" is not an operation name'],
    ['an input that is not an object', withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: 'all' }), 'calls[0].input must be an object'],
    ['an output and an error', withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, output: {}, error: { code: 'X', message: 'y' } }), 'calls[0] holds both an output and an error'],
    ['an error without a message', withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, error: { code: 'X' } }), 'calls[0].error.message is missing'],
    ['an HTTP status out of range', withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, error: { code: 'X', message: 'y', httpStatus: 1000 } }), 'calls[0].error.httpStatus must be an HTTP status code'],
    ['a $date that is not a date', withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, output: { Vpcs: [{ CreateTime: { $date: 'soon' } }] } }), 'calls[0].output.Vpcs[0].CreateTime.$date soon is not an ISO 8601 date'],
    ['a $date that overflows', withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, output: { At: { $date: '2026-13-45T99:99:99Z' } } }), 'calls[0].output.At.$date 2026-13-45T99:99:99Z is not an ISO 8601 date'],
    ['bytes that are not base64', withCall({ service: 'iam', region: 'us-east-1', operation: 'GetCredentialReport', input: {}, output: { Content: { $base64: 'not base64!' } } }), 'calls[0].output.Content.$base64 is not base64'],
    ['values nested too deep', withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, output: nested(MAX_DEPTH) }), `calls[0].output.Items[0].Items[0].Items... is nested deeper than ${MAX_DEPTH} levels`],
    ['a member name that needs quoting', withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, output: { 'a b\u001b': { $date: 'x' } } }), 'calls[0].output["a b\\u001b"].$date x is not an ISO 8601 date'],
  ])('%s', (_name, data, message) => {
    expect(inventoryProblem(data)).toBe(message);
  });

  it('measures depth without recursion, however deep the file', () => {
    expect(inventoryProblem(withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, output: nested(200_000) }))).toMatch(/is nested deeper than 64 levels$/);
  });

  it('says it in one line and exits 2, from the command line too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-inventory-'));
    const file = join(dir, 'inventory.json');
    writeFileSync(file, JSON.stringify(withCall({ service: 'ec2', region: 'us-east-1', operation: 'DescribeVpcs', input: {}, output: nested(MAX_DEPTH + 10) })));
    const result = await runCli(['scan', '--inventory', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([`aws-posture: Inventory file ${file} is not valid: calls[0].output.Items[0].Items[0].Items... is nested deeper than ${MAX_DEPTH} levels`]);
    expect(result.stdout).toBe('');
  });
});

describe('members named __proto__', () => {
  it('stay plain data: the replayed output has the member, and no other prototype', async () => {
    const inventory = JSON.parse(readFileSync(DEMO, 'utf8')) as InventoryFile;
    const text = JSON.stringify({
      ...inventory,
      calls: [{ service: 'cloudtrail', region: 'us-east-1', operation: 'DescribeTrails', input: {}, output: JSON.parse('{"trailList": [{"Name": "t", "__proto__": {"IsMultiRegionTrail": true}}]}') }],
    });
    const parsed = JSON.parse(text) as InventoryFile;
    expect(inventoryProblem(parsed)).toBeUndefined();
    const out = await new ReplayTransport(parsed).send({ service: 'cloudtrail', region: 'us-east-1', operation: 'DescribeTrails', input: {} });
    const trail = (out.trailList as Array<Record<string, unknown>>)[0]!;
    expect(Object.getPrototypeOf(trail)).toBe(Object.prototype);
    expect(trail.IsMultiRegionTrail).toBeUndefined();
    expect(Object.keys(trail)).toEqual(['Name', '__proto__']);
    const encoded = encodeValue(decodeValue(JSON.parse('{"__proto__": {"polluted": 1}}'))) as Record<string, unknown>;
    expect(Object.getPrototypeOf(encoded)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
