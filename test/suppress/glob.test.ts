import { describe, expect, it } from 'vitest';
import { globMatches, isGlob } from '../../src/suppress/glob.js';

describe('suppression patterns', () => {
  it('matches a plain value exactly', () => {
    expect(globMatches('arn:aws:s3:::acme-logs', 'arn:aws:s3:::acme-logs')).toBe(true);
    expect(globMatches('arn:aws:s3:::acme-logs', 'arn:aws:s3:::acme-logs-prod')).toBe(false);
  });

  it('lets * cross / and : so that one pattern covers role paths and every account', () => {
    expect(globMatches('arn:aws:iam::*:role/*', 'arn:aws:iam::123456789012:role/service/ci-deployer')).toBe(true);
    expect(globMatches('iam-password-policy-*', 'iam-password-policy-min-length-14')).toBe(true);
  });

  it('near miss: a pattern is anchored at both ends', () => {
    expect(globMatches('acme-*', 'old-acme-logs')).toBe(false);
    expect(globMatches('*-logs', 'acme-logs-prod')).toBe(false);
  });

  it('near miss: regular-expression characters in a pattern are literal', () => {
    expect(globMatches('arn:aws:s3:::acme.logs', 'arn:aws:s3:::acmeXlogs')).toBe(false);
    expect(globMatches('a+b(c)', 'a+b(c)')).toBe(true);
    expect(globMatches('db-?', 'db-1')).toBe(true);
    expect(globMatches('db-?', 'db-12')).toBe(false);
  });

  it('knows a glob from a plain value', () => {
    expect(isGlob('s3-*')).toBe(true);
    expect(isGlob('s3-bucket-versioning-enabled')).toBe(false);
  });
});
