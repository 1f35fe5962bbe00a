// The scanner can only read: every operation it is able to send is a Describe, Get or List call
// (or GenerateCredentialReport), and no code path reaches the SDK except through the data layer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allOperationIds, CATALOGUE, splitOperationId } from '../src/aws/catalogue.js';
import { isReadOnlyOperation } from '../src/aws/read-only.js';
import { DATASETS } from '../src/data/datasets/index.js';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('read-only by construction', () => {
  it('lists only read-only operations in the catalogue', () => {
    const writes = allOperationIds().filter((op) => !isReadOnlyOperation(splitOperationId(op)[1]));
    expect(writes).toEqual([]);
  });

  it('recognises write verbs as not read-only', () => {
    for (const op of ['PutBucketPolicy', 'DeleteBucket', 'CreateUser', 'TerminateInstances', 'UpdateTrail', 'ModifyInstanceAttribute', 'AttachRolePolicy', 'Getaway']) {
      expect(isReadOnlyOperation(op), op).toBe(false);
    }
  });

  it('declares, for every dataset, only catalogue operations', () => {
    const known = new Set(allOperationIds());
    for (const dataset of DATASETS.values()) {
      for (const op of dataset.operations) expect(known.has(op), `${dataset.id} declares ${op}`).toBe(true);
    }
  });

  it('imports SDK clients (values, not types) only in the transport and the credential setup', () => {
    const allowed = new Set(['src/aws/sdk-transport.ts', 'src/cli/aws-setup.ts']);
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const rel = relative(root, file);
      const text = readFileSync(file, 'utf8');
      const valueImport = /^import\s+(?!type\b)[^;]*from\s+'@aws-sdk\/client-[^']+'/m.test(text) || /import\(\s*'@aws-sdk\/client-/.test(text);
      if (valueImport && !allowed.has(rel)) offenders.push(rel);
      // No Command class is ever named in the source: the transport builds it from a catalogue name.
      if (/\b[A-Z][A-Za-z0-9]+Command\b/.test(text.replace(/import type[^;]*;/g, '')) && rel !== 'src/cli/main.ts') {
        const named = text.match(/\b(?:new\s+)([A-Z][A-Za-z0-9]+Command)\b/g);
        if (named) offenders.push(`${rel}: ${named.join(', ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('builds credentials (and assumes roles) only in the credential setup and the organization scan', () => {
    const allowed = new Set(['src/cli/aws-setup.ts', 'src/org/assume-role.ts']);
    const offenders = sourceFiles(join(root, 'src'))
      .map((file) => relative(root, file))
      .filter((rel) => /['"]@aws-sdk\/credential-providers['"]/.test(readFileSync(join(root, rel), 'utf8')) && !allowed.has(rel));
    expect(offenders).toEqual([]);
  });

  it('knows every catalogue service module', () => {
    for (const service of Object.values(CATALOGUE)) expect(service.sdkModule).toMatch(/^@aws-sdk\/client-/);
  });
});

describe('read-only at run time', () => {
  it('sends only declared, read-only operations when every check runs through the SDK', async () => {
    const { mockClient } = await import('aws-sdk-client-mock');
    const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
    const { CHECKS } = await import('../src/checks/registry.js');
    const { scan } = await import('../src/engine/scan.js');
    const { SdkTransport } = await import('../src/aws/sdk-transport.js');
    const { operationsForChecks } = await import('../src/iam-policy.js');
    const { GetCredentialReportCommand } = await import('@aws-sdk/client-iam');
    const mocks = await Promise.all(
      Object.values(CATALOGUE).map(async (spec) => {
        const mod = (await import(spec.sdkModule)) as Record<string, unknown>;
        const mock = mockClient(mod[spec.clientClass] as never);
        mock.onAnyCommand().resolves({});
        return mock;
      }),
    );
    const mockOf = (name: string) => mocks[Object.keys(CATALOGUE).indexOf(name)]!;
    mockOf('sts').on(GetCallerIdentityCommand as never).resolves({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/a' } as never);
    mockOf('ec2').on(DescribeRegionsCommand as never).resolves({ Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }] } as never);
    mockOf('iam').on(GetCredentialReportCommand as never).resolves({ Content: new TextEncoder().encode('user,arn\n'), GeneratedTime: new Date() } as never);
    const transport = new SdkTransport({ credentials: async () => ({ accessKeyId: 'AKIAEXAMPLEEXAMPLE12', secretAccessKey: 'x' }), maxAttempts: 1, requestTimeoutMs: 1000, connectionTimeoutMs: 1000 });
    await scan({ transport, checks: CHECKS, datasets: DATASETS, homeRegion: 'us-east-1', concurrency: 8, source: 'aws' });
    const declared = new Set(operationsForChecks(CHECKS, DATASETS).map((op) => splitOperationId(op)[1]));
    const sent = new Set<string>();
    for (const mock of mocks) for (const call of mock.calls()) sent.add((call.args[0] as object).constructor.name.replace(/Command$/, ''));
    expect(sent.size).toBeGreaterThan(0);
    for (const op of sent) {
      expect(isReadOnlyOperation(op), op).toBe(true);
      expect(declared.has(op), op).toBe(true);
    }
    mocks.forEach((m) => m.restore());
  });
});
