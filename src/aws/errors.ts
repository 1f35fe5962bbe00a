import type { AwsErrorInfo } from '../model.js';
import { iamActionOf, type AwsService } from './catalogue.js';

export interface AwsRequest {
  service: AwsService;
  operation: string;
  region: string;
  input: Record<string, unknown>;
}

/** An AWS call that failed, carrying the normalised error every layer above reads. */
export class AwsCallError extends Error {
  readonly info: AwsErrorInfo;
  constructor(info: AwsErrorInfo) {
    super(`${info.action} in ${info.region} failed: ${info.code}: ${info.message}`);
    this.name = 'AwsCallError';
    this.info = info;
  }
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AuthorizationErrorException',
  'Forbidden',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'SlowDown',
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
]);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'AbortError', 'ETIMEDOUT']);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
/**
 * The region is not enabled, or the service or operation is not offered there. A region that is not
 * enabled does not say so: it rejects the credentials (EC2 AuthFailure, InvalidClientTokenId from the
 * query services, UnrecognizedClientException from the JSON ones), as it does for session tokens of
 * the global STS endpoint, which opt-in regions do not accept. Credentials rejected everywhere never
 * get this far: the scan stops at sts:GetCallerIdentity.
 */
const UNAVAILABLE = new Set([
  'OptInRequired',
  'InvalidAction',
  'UnsupportedOperation',
  'UnknownOperationException',
  'NotImplemented',
  'AuthFailure',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
]);

/**
 * The request's signature or credentials were wrong, not the policy: these come with HTTP 403 too,
 * and must not read as "access denied to <action>", which would send people to edit a policy.
 */
const BAD_SIGNATURE = new Set([
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidSignatureException',
  'InvalidAccessKeyId',
  'InvalidToken',
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'RequestTimeTooSkewed',
]);

function kindOf(code: string, httpStatus: number | undefined): AwsErrorInfo['kind'] {
  if (ACCESS_DENIED.has(code)) return 'access-denied';
  if (BAD_SIGNATURE.has(code)) return 'other';
  if (THROTTLED.has(code) || httpStatus === 429) return 'throttled';
  if (TIMEOUT.has(code)) return 'timeout';
  if (NETWORK.has(code)) return 'network';
  if (UNAVAILABLE.has(code)) return 'unavailable';
  if (code === 'NotRecordedInInventory') return 'not-recorded';
  if (/NotFound|^NoSuch|\.NotFound$/.test(code)) return 'not-found';
  if (httpStatus === 403) return 'access-denied';
  return 'other';
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number };
}

/** The first line of an error message, without anything that looks like a credential. */
export function cleanMessage(message: string): string {
  const firstLine = message.split(/\r?\n/, 1)[0] ?? '';
  return redactCredentials(firstLine).slice(0, 500);
}

/**
 * Access key ids (long-term and temporary) and session tokens never leave the process. Error messages
 * that quote the signed request (the canonical request of a SignatureDoesNotMatch) carry the session
 * token as the x-amz-security-token header or query parameter.
 */
export function redactCredentials(text: string): string {
  return text
    .replace(/\b(AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,}\b/g, (m) => `${m.slice(0, 4)}****`)
    .replace(/(x-amz-security-token\s*[:=]\s*)[^\s&'"<>]+/gi, '$1****');
}

export function errorCode(err: unknown): string {
  const e = (err ?? {}) as ErrorLike;
  for (const candidate of [e.Code, e.code, e.name]) {
    if (typeof candidate === 'string' && candidate && candidate !== 'Error') return candidate;
  }
  return 'UnknownError';
}

export function httpStatusOf(err: unknown): number | undefined {
  const e = (err ?? {}) as ErrorLike;
  return e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
}

export function toAwsError(err: unknown, req: AwsRequest): AwsCallError {
  if (err instanceof AwsCallError) return err;
  const code = errorCode(err);
  const status = httpStatusOf(err);
  const raw = (err as ErrorLike | undefined)?.message;
  const message = cleanMessage(typeof raw === 'string' && raw ? raw : code);
  return new AwsCallError({
    code,
    message,
    service: req.service,
    operation: req.operation,
    region: req.region,
    action: iamActionOf(req.service, req.operation),
    kind: kindOf(code, status),
  });
}

/** One line for people: what failed and, when access was refused, the action to allow. */
export function describeAwsError(info: AwsErrorInfo): string {
  const because =
    info.kind === 'access-denied'
      ? `access denied to ${info.action}`
      : `${info.action} failed with ${info.code}`;
  return `${because} in ${info.region} (${info.message})`;
}
