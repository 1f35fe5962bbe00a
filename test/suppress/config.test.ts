import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfigFile, loadConfig, parseConfig } from '../../src/suppress/config.js';

const KNOWN = ['s3-bucket-versioning-enabled', 's3-bucket-lifecycle-configured', 'rds-instance-storage-encrypted'];
const parse = (text: string) => parseConfig(text, '.aws-posture.yml', KNOWN);
const problem = (text: string) => {
  try {
    parse(text);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('the config file', () => {
  it('reads suppressions, each field as a single value or a list', () => {
    const config = parse(`
version: 1
suppressions:
  - check: s3-bucket-versioning-enabled
    resource: arn:aws:s3:::acme-logs-*
    account: '123456789012'
    region: [eu-west-1, us-east-1]
    reason: Log buckets are written once; versioning adds nothing.
    expires: 2099-06-30
  - resource: [sg-0a1b2c3d4e5f60104]
    reason: '  Bastion, reviewed by security  '
`);
    expect(config.suppressions).toEqual([
      {
        index: 0,
        source: '.aws-posture.yml suppressions[0]',
        checks: ['s3-bucket-versioning-enabled'],
        resources: ['arn:aws:s3:::acme-logs-*'],
        accounts: ['123456789012'],
        regions: ['eu-west-1', 'us-east-1'],
        reason: 'Log buckets are written once; versioning adds nothing.',
        expires: '2099-06-30',
      },
      { index: 1, source: '.aws-posture.yml suppressions[1]', resources: ['sg-0a1b2c3d4e5f60104'], reason: 'Bastion, reviewed by security' },
    ]);
  });

  it('treats an empty file, or one of comments only, as no suppressions', () => {
    expect(parse('').suppressions).toEqual([]);
    expect(parse('# nothing accepted yet\n').suppressions).toEqual([]);
    expect(parse('suppressions: []\n').suppressions).toEqual([]);
  });

  it.each([
    ['suppressions:\n  - check: s3-bucket-versioning-enabled\n    reason: a\n  - check: s3-bucket-versioning-enabled\n    reason: b\n  - check: s3-bucket-versioning-enabled\n', 'suppressions[2].reason is required'],
    ['suppressions:\n  - check: s3-bucket-versioning-enabled\n    reason: ""\n', 'suppressions[0].reason must not be empty'],
    ['suppressions:\n  - reason: everything\n', 'suppressions[0] needs a check or a resource to match'],
    ['suppressions:\n  - account: "123456789012"\n    region: eu-west-1\n    reason: whole account\n', 'suppressions[0] needs a check or a resource to match'],
    ['suppressions:\n  - check: s3-bucket-versioning-enabled\n    reasons: typo\n', 'suppressions[0].reasons is not a known field (expected check, resource, account, region, reason, expires)'],
    ['suppressions:\n  - check: s3-bucket-versioning-enabled\n    account: 123456789012\n    reason: x\n', "suppressions[0].account must be a string or a list, not 123456789012 (quote account ids, e.g. '123456789012')"],
    ['suppressions:\n  - check: s3-bucket-versioning-enabled\n    expires: 2026-02-30\n    reason: x\n', "suppressions[0].expires must be a date written YYYY-MM-DD, not '2026-02-30'"],
    ['suppressions:\n  - check: s3-bucket-versioning-enabled\n    expires: next year\n    reason: x\n', "suppressions[0].expires must be a date written YYYY-MM-DD, not 'next year'"],
    ['suppressions:\n  - check: S3-Bucket\n    reason: x\n', "suppressions[0].check must be a check id or a glob of check ids (lower-case letters, digits, -, * and ?), not 'S3-Bucket'"],
    ['suppressions:\n  - check: s3-bucket-versioning-enabld\n    reason: x\n', "suppressions[0].check 's3-bucket-versioning-enabld' is not a check id"],
    ['suppressions:\n  - check: [s3-bucket-versioning-enabled, kms-*]\n    reason: x\n', "suppressions[0].check[1] 'kms-*' matches no check id"],
    ['suppressions:\n  - check: []\n    reason: x\n', 'suppressions[0].check must list at least one value'],
    ['suppressions:\n  - region: EU\n    check: s3-bucket-versioning-enabled\n    reason: x\n', "suppressions[0].region must be a region name or a glob (lower-case letters, digits, -, * and ?), not 'EU'"],
    ['suppresions: []\n', 'suppresions is not a known field (expected version, suppressions)'],
    ['version: 2\n', 'version must be 1, not 2'],
    ['suppressions:\n  check: s3-bucket-versioning-enabled\n', 'suppressions must be a list, not a mapping'],
    ['- check: s3-bucket-versioning-enabled\n', 'the file must be a mapping, not a list'],
    ['suppressions:\n  - check: a\n    check: b\n', 'not valid YAML: Map keys must be unique at line 3, column 5'],
  ])('names the bad field: %j', (text, message) => {
    const text_ = problem(text);
    expect(text_.split('\n')).toHaveLength(1);
    expect(text_).toContain(`.aws-posture.yml: ${message}`);
  });

  it('is optional in the working directory, required when named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-posture-config-'));
    expect(loadConfig({ cwd: dir, knownChecks: KNOWN })).toBeUndefined();
    expect(() => loadConfig({ file: join(dir, 'missing.yml'), cwd: dir, knownChecks: KNOWN })).toThrow(/Cannot read the config file .*missing\.yml: no such file/);
    writeFileSync(join(dir, '.aws-posture.yml'), 'suppressions:\n  - check: rds-instance-storage-encrypted\n    reason: legacy\n');
    expect(loadConfig({ cwd: dir, knownChecks: KNOWN })?.suppressions).toHaveLength(1);
  });

  it('is found in the working directory or above it, up to the repository root, as .yml or .yaml', () => {
    const repo = mkdtempSync(join(tmpdir(), 'aws-posture-repo-'));
    const deep = join(repo, 'infra', 'posture');
    mkdirSync(deep, { recursive: true });
    mkdirSync(join(repo, '.git'));
    expect(findConfigFile(deep)).toBeUndefined();
    writeFileSync(join(repo, '.aws-posture.yaml'), 'suppressions: []\n');
    expect(findConfigFile(deep)).toBe(join('..', '..', '.aws-posture.yaml'));
    expect(findConfigFile(repo)).toBe('.aws-posture.yaml');
    writeFileSync(join(repo, 'infra', '.aws-posture.yml'), 'suppressions: []\n');
    expect(findConfigFile(deep)).toBe(join('..', '.aws-posture.yml'));
    writeFileSync(join(repo, 'infra', '.aws-posture.yaml'), 'suppressions: []\n');
    expect(() => findConfigFile(deep)).toThrow('Both ../.aws-posture.yml and ../.aws-posture.yaml exist; keep one');
  });

  it('is not looked for above the repository root, nor above the working directory outside a repository', () => {
    const outer = mkdtempSync(join(tmpdir(), 'aws-posture-outer-'));
    writeFileSync(join(outer, '.aws-posture.yml'), 'suppressions: []\n');
    const repo = join(outer, 'repo');
    mkdirSync(join(repo, 'sub'), { recursive: true });
    expect(findConfigFile(join(repo, 'sub'))).toBeUndefined();
    // A worktree's .git is a file: it marks the root all the same.
    writeFileSync(join(repo, '.git'), 'gitdir: elsewhere\n');
    expect(findConfigFile(join(repo, 'sub'))).toBeUndefined();
    expect(findConfigFile(outer)).toBe('.aws-posture.yml');
  });
});
