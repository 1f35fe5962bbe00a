// How an AWS error is read: its kind decides between ERROR, a note and exit 2, and its message
// never carries a credential.
import { describe, expect, it } from 'vitest';
import { cleanMessage, redactCredentials, toAwsError } from '../../src/aws/errors.js';

const req = { service: 'ec2' as const, operation: 'DescribeVpcs', region: 'eu-west-1', input: {} };
const kind = (name: string, status?: number, code?: string) => toAwsError({ name, ...(code ? { code } : {}), message: 'm', $metadata: { httpStatusCode: status } }, req).info.kind;

describe('error kinds', () => {
  it.each([
    ['UnauthorizedOperation', 403, 'access-denied'],
    ['AccessDenied', 403, 'access-denied'],
    ['AccessDeniedException', 400, 'access-denied'],
    ['SomethingForbidden', 403, 'access-denied'],
    ['RequestLimitExceeded', 503, 'throttled'],
    ['SlowDown', 503, 'throttled'],
    ['Anything', 429, 'throttled'],
    ['TimeoutError', undefined, 'timeout'],
    ['AbortError', undefined, 'timeout'],
    // A region that is not enabled rejects the credentials; so does an opt-in region for global-endpoint STS tokens.
    ['AuthFailure', 401, 'unavailable'],
    ['InvalidClientTokenId', 403, 'unavailable'],
    ['UnrecognizedClientException', 400, 'unavailable'],
    ['OptInRequired', 401, 'unavailable'],
    ['InvalidAction', 400, 'unavailable'],
    // A server error is no proof that the service is missing: it stays an ERROR.
    ['InternalFailure', 500, 'other'],
    ['InternalError', 500, 'other'],
    // Wrong signature or expired credentials are not a policy refusal, whatever the status.
    ['SignatureDoesNotMatch', 403, 'other'],
    ['ExpiredToken', 403, 'other'],
    ['InvalidAccessKeyId', 403, 'other'],
    ['NoSuchBucketPolicy', 404, 'not-found'],
  ])('%s (HTTP %s) is %s', (name, status, expected) => {
    expect(kind(name, status)).toBe(expected);
  });

  it('reads Node network errors by their code', () => {
    expect(kind('TimeoutError', undefined, 'ECONNRESET')).toBe('network');
    expect(kind('Error', undefined, 'ECONNREFUSED')).toBe('network');
    expect(kind('TimeoutError', undefined, 'ETIMEDOUT')).toBe('timeout');
  });
});

describe('messages', () => {
  it('keep the first line only, masked', () => {
    const message = 'Key AKIAIOSFODNN7EXAMPLE rejected; x-amz-security-token:FwoGZXIvYXdzEJr//////////wEaDOpaque+token=\nCanonical request:\nGET /';
    expect(cleanMessage(message)).toBe('Key AKIA**** rejected; x-amz-security-token:****');
  });

  it('mask temporary key ids and the token as a query parameter', () => {
    expect(redactCredentials('Credential=ASIAXAMPLEXAMPLE1234/20261101 X-Amz-Security-Token=abc%2Bdef&X-Amz-Date=1')).toBe('Credential=ASIA****/20261101 X-Amz-Security-Token=****&X-Amz-Date=1');
  });
});
