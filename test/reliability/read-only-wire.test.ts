// Read-only, proven on the wire: a full scan of the demo account by the built binary, with every
// conditional path taken (buckets without a region in the listing, a credential report not yet
// generated), sends only read operations, and the actions it needs are exactly those of
// `aws-posture iam-policy`: no AccessDenied under that policy, and nothing in it unused.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import * as wire from '../../scripts/bench/wire.mjs';
import { CATALOGUE, iamActionOf, operationSpec, type AwsService } from '../../src/aws/catalogue.js';
import { isReadOnlyOperation } from '../../src/aws/read-only.js';
import type { RecordedCall } from '../../src/data/inventory.js';
import { isolatedEnv, runCli } from '../helpers/cli.js';
import { awsError, inventoryAnswers, startFakeAws, type FakeAws, type SeenRequest } from '../helpers/fake-aws-server.js';
import { DEMO_INVENTORY } from './harness.js';

/**
 * The demo account, reshaped so that the scan takes the paths the demo does not: ListBuckets without
 * BucketRegion (as S3 answers unpaginated requests and emulators do) and no credential report yet.
 */
function everyPath(): RecordedCall[] {
  const calls: RecordedCall[] = [];
  for (const call of DEMO_INVENTORY.calls) {
    if (call.service === 's3' && call.operation === 'ListBuckets') {
      const buckets = (call.output as { Buckets: Array<{ Name: string; BucketRegion?: string }> }).Buckets;
      calls.push({ ...call, output: { ...(call.output as object), Buckets: buckets.map(({ BucketRegion: _region, ...b }) => b) } });
      for (const b of buckets) {
        calls.push({ service: 's3', region: call.region, operation: 'GetBucketLocation', input: { Bucket: b.Name }, output: b.BucketRegion === 'us-east-1' ? {} : { LocationConstraint: b.BucketRegion } });
      }
    } else {
      calls.push(call);
    }
  }
  calls.push({ service: 'iam', region: 'us-east-1', operation: 'GenerateCredentialReport', input: {}, output: { State: 'COMPLETE', Description: 'No report generation in progress' } });
  return calls;
}

let fake: FakeAws;
let generated = false;
beforeAll(async () => {
  const answer = inventoryAnswers(everyPath());
  fake = await startFakeAws(
    {},
    {
      fallback: (req, params) => {
        if (req.operation === 'GenerateCredentialReport') generated = true;
        return answer(req, params);
      },
      fault: (req) =>
        req.operation === 'GetCredentialReport' && !generated ? awsError('iam', 'ReportNotPresent', 'Credential report not present.', 410) : undefined,
    },
  );
});
afterAll(() => fake.close());

describe('a full scan on the wire', () => {
  let seen: SeenRequest[];
  let report: { findings: Array<{ status: string }> };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-readonly-'));
    const out = join(dir, 'report.json');
    const result = await runCli(['scan', '--format', `json=${out}`, '--fail-on', 'none', '--quiet'], {
      env: isolatedEnv({ AWS_ACCESS_KEY_ID: 'AKIAREADONLYREADONLY', AWS_SECRET_ACCESS_KEY: 'x', AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: fake.url }),
    });
    expect(result.code, result.stderr).toBe(0);
    seen = [...fake.requests];
    report = JSON.parse(readFileSync(out, 'utf8')) as typeof report;
  }, 60_000);

  it('took the conditional paths, and could read everything it needed', () => {
    const ops = new Set(seen.map((r) => `${r.service}:${r.operation}`));
    expect(ops).toContain('s3:GetBucketLocation');
    expect(ops).toContain('iam:GenerateCredentialReport');
    expect(report.findings.filter((f) => f.status === 'ERROR')).toEqual([]);
  });

  it('sends only catalogue operations that read, each with the HTTP method its protocol binds it to', async () => {
    for (const r of seen) {
      expect(Object.hasOwn(CATALOGUE, r.service), r.service).toBe(true);
      expect(operationSpec(r.service as AwsService, r.operation), `${r.service}:${r.operation}`).toBeDefined();
      expect(isReadOnlyOperation(r.operation), r.operation).toBe(true);
      // The REST protocols bind each operation to a method (GET for nearly every read, POST for a few
      // such as Security Hub's GetEnabledStandards); query and JSON protocols always POST.
      const rest = ['restJson1', 'restXml'].includes(wire.serviceInfo(r.service).protocol);
      const bound = rest ? ((await wire.operationSchema(r.service, r.operation)) as { http?: [string] }).http?.[0] : 'POST';
      expect(r.method, `${r.service}:${r.operation}`).toBe(bound ?? (r.service === 's3' || r.service === 's3control' ? 'GET' : 'POST'));
    }
  });

  it('needs exactly the actions of `aws-posture iam-policy`', async () => {
    const result = await runCli(['iam-policy']);
    expect(result.code).toBe(0);
    const policy = JSON.parse(result.stdout) as { Statement: Array<{ Effect: string; Action: string[]; Resource: string }> };
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Allow', Resource: '*' });
    const used = [...new Set(seen.map((r) => iamActionOf(r.service as AwsService, r.operation)))].sort();
    // Fallbacks for endpoints that do not offer the usual read are in the policy but not sent here.
    const fallbacks = ['shield:DescribeSubscription', 'wafv2:GetWebACLForResource'];
    expect(used).toEqual([...policy.Statement[0]!.Action].filter((action) => !fallbacks.includes(action)).sort());
    expect(policy.Statement[0]!.Action).toEqual(expect.arrayContaining(fallbacks));
  });
});
