// Evaluates one check on plain data, as the runner would, without any AWS client.
import { checkContext, type AnyCheck } from '../../src/checks/define.js';
import type { AwsErrorInfo, Finding } from '../../src/model.js';
import { GLOBAL_REGION } from '../../src/model.js';
import type { Fetched } from '../../src/data/dataset.js';
import { standaloneContext } from '../../src/data/organization.js';

/**
 * Datasets a test may leave out: their value in a scan of an account outside any organization,
 * so that checks which consult the organization context judge as they always did.
 */
const DEFAULTS: Record<string, () => unknown> = { 'organizations.context': standaloneContext };

function withDefaults(check: AnyCheck, data: Record<string, unknown>): Record<string, unknown> {
  const filled = { ...data };
  for (const id of check.reads) if (!(id in filled) && DEFAULTS[id]) filled[id] = DEFAULTS[id]!();
  return filled;
}

export const ACCOUNT = { id: '123456789012', principalArn: 'arn:aws:iam::123456789012:user/auditor', partition: 'aws' };
export const NOW = new Date('2026-11-01T12:00:00Z');

export interface EvalOptions {
  /** The region evaluated; `global` for checks that read only global data. */
  region?: string;
  regions?: string[];
  now?: Date;
}

export function evaluate(check: AnyCheck, data: Record<string, unknown>, options: EvalOptions = {}): Finding[] {
  return evaluateWithNotes(check, data, options).findings;
}

/** The findings, and the reasons the check gave for having nothing in scope (ctx.notInScope). */
export function evaluateWithNotes(check: AnyCheck, given: Record<string, unknown>, options: EvalOptions = {}): { findings: Finding[]; notInScope: string[] } {
  const data = withDefaults(check, given);
  const unit = options.region ?? 'us-east-1';
  const region = unit === GLOBAL_REGION ? 'us-east-1' : unit;
  const scope = {
    region,
    regions: options.regions ?? ['us-east-1', 'eu-west-1'],
    homeRegion: 'us-east-1',
    account: ACCOUNT,
    now: options.now ?? NOW,
  };
  const missing = check.reads.filter((id) => !(id in data));
  if (missing.length) throw new Error(`test data lacks ${missing.join(', ')}`);
  const notInScope: string[] = [];
  const findings = check.evaluate(data, checkContext(check, scope, unit, (reason) => notInScope.push(reason)));
  return { findings, notInScope };
}

/** An AWS error as the data layer reports it. */
export function awsError(code: string, action: string, kind: AwsErrorInfo['kind'] = 'access-denied'): AwsErrorInfo {
  const [service, operation] = action.split(':') as [string, string];
  return { code, message: `User is not authorized to perform: ${action}`, service, operation, region: 'us-east-1', action, kind };
}

export const ok = <T>(value: T): Fetched<T> => ({ ok: true, value });
export const failed = <T = never>(error: AwsErrorInfo): Fetched<T> => ({ ok: false, error });

/** Status and resource id of each finding, for compact assertions. */
export const verdicts = (findings: Finding[]) => findings.map((f) => [f.status, f.resourceId] as const);

/**
 * Runs one check through the runner, as a scan does, with datasets given as values or as the AWS
 * error that reading them raised. Proves the ERROR path of checks whose listing fails.
 */
export async function run(check: AnyCheck, given: Record<string, unknown | AwsErrorInfo>, options: EvalOptions = {}): Promise<Finding[]> {
  const data = withDefaults(check, given);
  const { runChecks } = await import('../../src/engine/runner.js');
  const { AwsCallError } = await import('../../src/aws/errors.js');
  const { DATASETS } = await import('../../src/data/datasets/index.js');
  const isError = (v: unknown): v is AwsErrorInfo => !!v && typeof v === 'object' && 'kind' in v && 'action' in v && 'code' in v;
  const result = await runChecks({
    checks: [check],
    datasets: DATASETS,
    loader: {
      load: async (id) => {
        if (!(id in data)) throw new Error(`test data lacks ${id}`);
        const value = data[id];
        if (isError(value)) throw new AwsCallError(value);
        return value;
      },
    },
    scope: { regions: options.regions ?? [options.region ?? 'us-east-1'], homeRegion: 'us-east-1', account: ACCOUNT },
    now: options.now ?? NOW,
  });
  return result.findings;
}
