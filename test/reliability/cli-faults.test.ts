// Faults as a user meets them: the built binary against the loopback endpoint, with the CLI's own
// retry settings (6 attempts, adaptive mode, real waits). Credentials that do not work stop the scan
// before any check runs; a scan that cannot finish ends at --timeout; an interrupted scan writes nothing.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedEnv, runCli, type CliResult } from '../helpers/cli.js';
import { awsError, HANG, inventoryAnswers, startFakeAws, type Answer, type FakeAws, type SeenRequest } from '../helpers/fake-aws-server.js';
import { DEMO_INVENTORY } from './harness.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'aws-posture-faults-'));
const ENV_SOURCE = 'environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY';

function envFor(fake: FakeAws, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return isolatedEnv({
    AWS_ACCESS_KEY_ID: 'AKIAFAULTSFAULTS0001',
    AWS_SECRET_ACCESS_KEY: 'faults-secret',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: fake.url,
    ...extra,
  });
}

/** Exit 2 and exactly one line on stderr, matching `pattern`; nothing on stdout. */
function expectOneLine(result: CliResult, pattern: RegExp) {
  expect(result.code, result.stderr).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stdout).toBe('');
}

/** One endpoint whose behaviour each test sets. */
let fake: FakeAws;
let answer: (req: SeenRequest) => Answer | undefined = () => undefined;
beforeAll(async () => {
  fake = await startFakeAws({}, { fallback: inventoryAnswers(DEMO_INVENTORY.calls), fault: (req) => answer(req) });
});
afterAll(() => fake.close());
const requestsSince = (n: number) => fake.requests.slice(n);

describe('credentials that do not work: exit 2 before any check runs, one line naming the source', () => {
  it('none anywhere: names the default chain', async () => {
    const result = await runCli(['scan', '--region', 'us-east-1'], { env: isolatedEnv({ AWS_REGION: 'us-east-1' }) });
    expectOneLine(result, /^aws-posture: No usable AWS credentials \(default credential chain: .*\): /);
  });

  it('a profile that does not exist: names the profile', async () => {
    const result = await runCli(['scan', '--profile', 'ghost'], { env: isolatedEnv({ AWS_REGION: 'us-east-1' }) });
    expectOneLine(result, /^aws-posture: The config profile \(ghost\) could not be found$/);
  });

  it.each([
    ['InvalidClientTokenId', 'The security token included in the request is invalid.'],
    ['ExpiredToken', 'The security token included in the request is expired'],
    ['SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.'],
  ])('rejected by STS with %s: names the environment variables, sends nothing else', async (code, message) => {
    answer = (req) => (req.service === 'sts' ? awsError('sts', code, message, 403) : undefined);
    const before = fake.requests.length;
    const result = await runCli(['scan'], { env: envFor(fake, { AWS_SESSION_TOKEN: 'faults-session-token' }) });
    expectOneLine(result, new RegExp(`^aws-posture: AWS rejected the credentials \\(credentials from ${ENV_SOURCE.replace('/', '\\/')}\\) at sts:GetCallerIdentity in us-east-1: ${code}: `));
    expect(requestsSince(before).map((r) => `${r.service}:${r.operation}`)).toEqual(['sts:GetCallerIdentity']);
  });

  it('rejected for a profile of a shared credentials file: says it came from a profile', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'credentials'), '[auditor]\naws_access_key_id = AKIAPROFILEPROFILE01\naws_secret_access_key = profile-secret\n');
    answer = (req) => (req.service === 'sts' ? awsError('sts', 'InvalidClientTokenId', 'The security token included in the request is invalid.', 403) : undefined);
    const result = await runCli(['scan', '--profile', 'auditor'], {
      env: { ...isolatedEnv({ AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: fake.url }), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials') },
    });
    expectOneLine(result, /^aws-posture: AWS rejected the credentials \(credentials from .*profile.*\) at sts:GetCallerIdentity in us-east-1: InvalidClientTokenId: /);
  });

  it('STS failing with 500 on every attempt: 6 attempts, then exit 2', async () => {
    answer = (req) => (req.service === 'sts' ? awsError('sts', 'InternalFailure', 'An internal error occurred.', 500) : undefined);
    const before = fake.requests.length;
    const result = await runCli(['scan'], { env: envFor(fake) });
    expectOneLine(result, /^aws-posture: Could not identify the caller with sts:GetCallerIdentity \(credentials from .*\): sts:GetCallerIdentity failed with InternalFailure in us-east-1/);
    expect(requestsSince(before).map((r) => r.operation)).toEqual(Array(6).fill('GetCallerIdentity'));
  });
});

describe('the scan never hangs', () => {
  it('--request-timeout ends each attempt of an unanswered request: 6 attempts, then exit 2', async () => {
    answer = () => HANG;
    const before = fake.requests.length;
    const connectionsBefore = fake.connections;
    const result = await runCli(['scan', '--request-timeout', '1'], { env: envFor(fake) });
    expectOneLine(result, /could not be reached \(ETIMEDOUT: /);
    // Each attempt ends on its timeout, so the next one opens a connection of its own: six in all. On a
    // busy machine the fake may not have read an attempt's body before the client gave up on it, so
    // the requests it could identify are at most six, every one the identity call.
    expect(fake.connections - connectionsBefore).toBe(6);
    const seen = requestsSince(before).map((r) => r.operation);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThanOrEqual(6);
    expect(new Set(seen)).toEqual(new Set(['GetCallerIdentity']));
  }, 30_000);

  it('--timeout ends the whole scan, writes nothing, and the process exits at once', async () => {
    // Everything after the identity hangs; each attempt alone could wait 20 seconds.
    answer = (req) => (req.service === 'sts' || req.operation === 'DescribeRegions' ? undefined : HANG);
    const dir = tmp();
    const result = await runCli(['scan', '--timeout', '2', '--format', `json=${join(dir, 'report.json')}`, '--save-inventory', join(dir, 'inventory.json')], { env: envFor(fake) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aws-posture: The scan did not finish within 2 seconds \(--timeout\)$/m);
    expect(result.stderr).not.toMatch(/requestTimeout|WARN/);
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);
});

describe('interrupted mid-scan', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s after the scan has started: exit 130, no report, no inventory, no temporary file', async (signal) => {
    // The identity, the regions and part of the data are read; then one listing hangs.
    answer = (req) => (req.operation === 'GetAccountAuthorizationDetails' ? HANG : undefined);
    const dir = tmp();
    const before = fake.requests.length;
    let kill: ((s: NodeJS.Signals) => void) | undefined;
    const pending = runCli(['scan', '--format', `json=${join(dir, 'report.json')}`, '--format', `sarif=${join(dir, 'report.sarif')}`, '--save-inventory', join(dir, 'inventory.json')], {
      env: envFor(fake),
      onSpawn: (k) => (kill = k),
    });
    while (!requestsSince(before).some((r) => r.operation === 'GetAccountAuthorizationDetails') || requestsSince(before).length < 30) await new Promise((r) => setTimeout(r, 25));
    kill!(signal);
    const result = await pending;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain(`interrupted by ${signal}; no report was written`);
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);
});
