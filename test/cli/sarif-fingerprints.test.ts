// GitHub tracks an alert across uploads by its primaryLocationLineHash: it must not move between
// scans of the same data, nor when other resources of the account change.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO, runCli } from '../helpers/cli.js';

interface SarifLog {
  runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: { primaryLocationLineHash: string }; locations: Array<{ logicalLocations: Array<{ fullyQualifiedName: string }> }> }> }>;
}

async function fingerprints(inventory: string): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'aws-posture-fp-'));
  const out = join(dir, 'out.sarif');
  const result = await runCli(['scan', '--inventory', inventory, '--format', `sarif=${out}`, '--fail-on', 'none', '--quiet']);
  expect(result.code).toBe(0);
  const log = JSON.parse(readFileSync(out, 'utf8')) as SarifLog;
  return new Map(log.runs[0]!.results.map((r) => [`${r.ruleId} ${r.locations[0]!.logicalLocations[0]!.fullyQualifiedName}`, r.partialFingerprints.primaryLocationLineHash]));
}

describe('SARIF fingerprints', () => {
  it('are the same when the same data is scanned twice', async () => {
    const [first, second] = await Promise.all([fingerprints(DEMO), fingerprints(DEMO)]);
    expect(first.size).toBeGreaterThan(50);
    expect(second).toEqual(first);
  });

  it('do not move when other resources change', async () => {
    const before = await fingerprints(DEMO);
    // Unrelated change in the account: one more open security group in eu-west-1.
    const inventory = JSON.parse(readFileSync(DEMO, 'utf8')) as { calls: Array<{ service: string; region: string; operation: string; output?: { SecurityGroups?: unknown[] } }> };
    const groups = inventory.calls.find((c) => c.service === 'ec2' && c.region === 'eu-west-1' && c.operation === 'DescribeSecurityGroups')!;
    groups.output!.SecurityGroups!.push({
      GroupId: 'sg-0new0000000000001',
      GroupName: 'new-open-ssh',
      Description: 'added after the first scan',
      OwnerId: '123456789012',
      VpcId: 'vpc-0eu00000000000001',
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], UserIdGroupPairs: [], PrefixListIds: [] }],
      IpPermissionsEgress: [],
    });
    const file = join(mkdtempSync(join(tmpdir(), 'aws-posture-fp-')), 'changed.json');
    writeFileSync(file, JSON.stringify(inventory));
    const after = await fingerprints(file);
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((k) => k.includes('sg-0new0000000000001'))).toBe(true);
    for (const [key, hash] of before) expect(after.get(key), key).toBe(hash);
  });
});
