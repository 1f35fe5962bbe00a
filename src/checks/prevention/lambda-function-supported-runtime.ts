import RUNTIMES from '../lib/lambda-runtimes.json' with { type: 'json' };
import { functionLabel, functionRef, packageType } from '../lib/lambda.js';
import { defineCheck } from '../define.js';

interface RuntimeEntry {
  runtime: string;
  name: string;
  deprecated: string;
  blockFunctionUpdate: string | null;
}

const TABLE: ReadonlyMap<string, RuntimeEntry> = new Map((RUNTIMES.runtimes as RuntimeEntry[]).map((r) => [r.runtime, r]));

/** The runtime's row of the table (src/checks/lib/lambda-runtimes.json), or undefined for a runtime it does not know. */
export function runtimeEntry(runtime: string): RuntimeEntry | undefined {
  return TABLE.get(runtime.trim().toLowerCase());
}

export default defineCheck({
  id: 'lambda-function-supported-runtime',
  title: 'Lambda functions use a runtime that is not past its deprecation date',
  pillar: 'prevention',
  service: 'lambda',
  severity: 'medium',
  resourceType: 'AWS::Lambda::Function',
  description: `For each .zip function (PackageType Zip), its runtime is not past its Lambda deprecation date: the function fails when the scan date is on or after that date, and the message gives it and the date after which updates of the function are blocked. The dates are data in the repository (lambda-runtimes.json, from the AWS "Lambda runtimes" page as of ${RUNTIMES.asOf}); a runtime missing from the table is an ERROR ("unknown runtime: update aws-posture"), never a pass. Container-image functions have no runtime and are not evaluated, as in Security Hub. Security Hub's Lambda.2 compares with a fixed allow-list instead, so the two can differ on runtimes newer than its list (dotnet10, ruby4.0, the *.al2023 Java runtimes), on the OS-only runtimes provided.al2 and provided.al2023 (which it fails), and on runtimes between their deprecation date and its next update: every message names the runtime.`,
  risk: 'A deprecated runtime no longer receives security patches, and once AWS blocks updates the function can no longer be changed, even to fix a vulnerability, without moving to a new runtime.',
  remediation: {
    text: 'Upgrade the function to a supported runtime of the same language (test the code on it first), then deploy.',
    console: 'Lambda > Functions > the function > Code > Runtime settings > Edit > Runtime.',
    cli: 'aws lambda update-function-configuration --function-name <function> --runtime <runtime>',
  },
  references: {
    securityHub: { ids: ['Lambda.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2',
    ],
  },
  reads: ['lambda.functions'],
  evaluate({ 'lambda.functions': fns }, ctx) {
    const today = ctx.now.toISOString().slice(0, 10);
    return fns
      .filter((fn) => packageType(fn) === 'Zip')
      .map((fn) => {
        const resource = functionRef(fn);
        const label = functionLabel(fn);
        const runtime = fn.Runtime?.trim();
        if (!runtime) return ctx.undetermined(resource, `${label} is a .zip function that reports no runtime, so whether its runtime is supported is unknown.`);
        const entry = runtimeEntry(runtime);
        if (!entry) return ctx.undetermined(resource, `${label} uses runtime ${runtime}: unknown runtime: update aws-posture (its table of Lambda runtimes is dated ${RUNTIMES.asOf}).`);
        const blocked = !entry.blockFunctionUpdate
          ? 'AWS has published no date after which its updates are blocked'
          : today >= entry.blockFunctionUpdate
            ? `updates of the function have been blocked since ${entry.blockFunctionUpdate}`
            : `updates of the function will be blocked from ${entry.blockFunctionUpdate}`;
        if (today >= entry.deprecated) {
          return ctx.fail(resource, `${label} uses runtime ${runtime} (${entry.name}), deprecated since ${entry.deprecated}; ${blocked}.`);
        }
        return ctx.pass(resource, `${label} uses runtime ${runtime} (${entry.name}), supported until its deprecation on ${entry.deprecated}; ${blocked}.`);
      });
  },
});
