import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wildcardMatch } from '../src/glob.js';

/** The obvious (and exponential) reference: the pattern as a regular expression. */
const reference = (pattern: string, value: string, flags = 's') =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, flags).test(value);

describe('wildcardMatch', () => {
  it.each([
    ['s3:*', 's3:GetObject', true],
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['*', '', true],
    ['', '', true],
    ['?', '', false],
    ['arn:aws:s3:::b*', 'arn:aws:s3:::b/key', true],
    ['arn:aws:s3:::food/*', 'arn:aws:s3:::foo/x', false],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbYd', false],
  ])('%s ~ %s is %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });

  it('ignores case when asked', () => {
    expect(wildcardMatch('S3:get*', 's3:GetObject', { ignoreCase: true })).toBe(true);
    expect(wildcardMatch('S3:get*', 's3:GetObject')).toBe(false);
  });

  it('agrees with the regular-expression reading on any pattern and value', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '*', '?', ':', '/'), maxLength: 12 });
    fc.assert(fc.property(text, fc.string({ unit: fc.constantFrom('a', 'b', ':', '/'), maxLength: 12 }), (pattern, value) => {
      expect(wildcardMatch(pattern, value)).toBe(reference(pattern, value));
    }), { numRuns: 2000 });
  });
});
