// Recorded calls for dataset tests: an answer, or the error AWS gave.
import type { RecordedCall } from '../../src/data/inventory.js';

export const answer = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({
  service,
  region,
  operation,
  input,
  output,
});

/** An error answer; `httpStatus` defaults to 403 for refusals and 400 otherwise. */
export const refused = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, code: string, message = `refused ${operation}`, httpStatus?: number): RecordedCall => ({
  service,
  region,
  operation,
  input,
  error: { code, message, httpStatus: httpStatus ?? (/^AccessDenied/.test(code) ? 403 : 400) },
});
