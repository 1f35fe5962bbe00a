import { isRecord, mapItems, withVariableFacts } from '../../secrets/variables.js';
import { NEXT_MARKER, type ServiceSpec } from '../service-spec.js';

/**
 * ListFunctions returns every function's environment variables in clear text (Lambda decrypts them
 * for the caller). Each `Environment.Variables` becomes `Environment.VariableFacts`: per name, the
 * value's length and the secret-detector rules that fired, never the value. `Environment.Error`
 * (Lambda could not decrypt them) is kept as it is.
 */
export function sanitizeListFunctions(output: Record<string, unknown>): Record<string, unknown> {
  return mapItems(output, 'Functions', (fn) => (isRecord(fn.Environment) ? { ...fn, Environment: withVariableFacts(fn.Environment, 'Variables', 'VariableFacts') } : fn));
}

export default {
  sdkModule: '@aws-sdk/client-lambda',
  clientClass: 'LambdaClient',
  iamPrefix: 'lambda',
  endpointEnvName: 'LAMBDA',
  // Lambda quotas, "Lambda API requests": control plane API requests (all but invocations,
  // GetFunction and GetPolicy) 15 per second per Region, GetPolicy 15 per second of its own; not
  // increasable. One bucket for all three reads keeps the control plane below 15 whatever the mix.
  // https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
  limit: { concurrency: 4, scope: 'region', bucket: { capacity: 10, refillPerSecond: 10, per: 'service' } },
  operations: {
    // ResourceNotFoundException: the function (or alias) has no resource-based policy.
    GetPolicy: {},
    ListFunctionUrlConfigs: { paging: NEXT_MARKER },
    // Only ListFunctions is used for function configuration: GetFunction and GetFunctionConfiguration
    // are never called (they return the same clear-text variables, and GetFunction a code URL).
    ListFunctions: { paging: NEXT_MARKER, sanitize: sanitizeListFunctions },
  },
} as const satisfies ServiceSpec;
