// --profile as the AWS CLI reads it: the profile's endpoint_url (and its services section) apply as
// they do under AWS_PROFILE, and a profile that is defined nowhere is said so.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredEndpoints, type SharedConfig } from '../../src/aws/live-transport.js';
import { isolatedEnv, runCli } from '../helpers/cli.js';
import { inventoryAnswers, startFakeAws, type FakeAws } from '../helpers/fake-aws-server.js';
import { DEMO_INVENTORY } from '../reliability/harness.js';

const FILES: SharedConfig = {
  configFile: {
    default: { region: 'eu-west-1' },
    local: { region: 'us-east-1', endpoint_url: 'http://127.0.0.1:4566', services: 'split' },
    ignoring: { endpoint_url: 'http://127.0.0.1:4566', ignore_configured_endpoint_urls: 'true' },
    'services.split': { 's3.endpoint_url': 'http://127.0.0.1:5555', 'elastic_load_balancing_v2.endpoint_url': 'http://127.0.0.1:6666' },
  },
  credentialsFile: { local: { aws_access_key_id: 'AKIAEXAMPLEEXAMPLE12', aws_secret_access_key: 'x' } },
};

describe("a profile's endpoints", () => {
  it("follow the SDK's order: service variable, AWS_ENDPOINT_URL, the profile's services section, its endpoint_url", () => {
    const endpoints = configuredEndpoints('local', FILES, {});
    expect([endpoints.sts, endpoints.ec2, endpoints.s3, endpoints.elbv2]).toEqual(['http://127.0.0.1:4566', 'http://127.0.0.1:4566', 'http://127.0.0.1:5555', 'http://127.0.0.1:6666']);
    const env = configuredEndpoints('local', FILES, { AWS_ENDPOINT_URL: 'http://env:1', AWS_ENDPOINT_URL_S3: 'http://env-s3:2' });
    expect([env.ec2, env.s3, env.elbv2]).toEqual(['http://env:1', 'http://env-s3:2', 'http://env:1']);
    expect(configuredEndpoints('default', FILES, {})).toEqual({});
  });

  it('are none when the profile or the environment says to ignore configured endpoints', () => {
    expect(configuredEndpoints('ignoring', FILES, { AWS_ENDPOINT_URL: 'http://env:1' })).toEqual({});
    expect(configuredEndpoints('local', FILES, { AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).toEqual({});
  });
});

describe('--profile through the built binary', () => {
  let fake: FakeAws;
  let dir: string;
  beforeAll(async () => {
    fake = await startFakeAws({}, { fallback: inventoryAnswers(DEMO_INVENTORY.calls) });
    dir = mkdtempSync(join(tmpdir(), 'aws-posture-profile-'));
    writeFileSync(join(dir, 'config'), `[default]\nregion = eu-west-1\n\n[profile local]\nregion = us-east-1\nendpoint_url = ${fake.url}\n`);
    writeFileSync(join(dir, 'credentials'), '[local]\naws_access_key_id = AKIAPROFILEPROFILE01\naws_secret_access_key = profile-secret\n');
  });
  afterAll(() => fake.close());

  const env = (extra: Record<string, string> = {}) => isolatedEnv({ AWS_CONFIG_FILE: join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), ...extra });
  const scan = ['scan', '--check', 'ec2-ami-not-public', '--region', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet', '--request-timeout', '3'];

  it("sends every request to the profile's endpoint_url, as AWS_PROFILE does", async () => {
    const before = fake.requests.length;
    const [flag, variable] = await Promise.all([runCli([...scan, '--profile', 'local'], { env: env() }), runCli(scan, { env: env({ AWS_PROFILE: 'local' }) })]);
    for (const result of [flag, variable]) {
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ account: { id: '123456789012' }, regions: ['us-east-1'] });
    }
    const seen = fake.requests.slice(before).map((r) => `${r.service}:${r.operation}`);
    expect(seen.filter((r) => r === 'sts:GetCallerIdentity')).toHaveLength(2);
    expect(seen).toContain('ec2:DescribeImages');
  });

  it('says that a profile defined nowhere could not be found, as the AWS CLI does', async () => {
    const [flag, variable] = await Promise.all([runCli([...scan, '--profile', 'locale'], { env: env() }), runCli(scan, { env: env({ AWS_PROFILE: 'locale' }) })]);
    for (const result of [flag, variable]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('aws-posture: The config profile (locale) could not be found\n');
      expect(result.stdout).toBe('');
    }
  });
});
