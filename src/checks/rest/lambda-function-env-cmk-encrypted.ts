import { functionLabel, functionRef } from '../lib/lambda.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'lambda-function-env-cmk-encrypted',
  title: 'Lambda environment variables are encrypted with a customer managed KMS key',
  pillar: 'rest',
  service: 'lambda',
  severity: 'low',
  resourceType: 'AWS::Lambda::Function',
  description:
    "For each function with environment variables, KMSKeyArn is set: the variables are encrypted with a customer managed KMS key rather than the AWS managed aws/lambda key Lambda uses by default. The key is looked up among the region's KMS keys (read only when a function names one): an AWS managed key fails, and a key the listing does not hold (another account's) is taken as KMSKeyArn names it; when the keys cannot be read the function is an ERROR. Functions without environment variables are not evaluated. Lambda always encrypts variables at rest; a customer managed key adds an audit trail of its use and lets you deny kms:Decrypt to those who may read the function's configuration.",
  risk: 'With the AWS managed key, anyone allowed to read the function\'s configuration sees its variables decrypted, and the key\'s use cannot be restricted or separately audited.',
  remediation: {
    text: 'Create a customer managed KMS key, allow the function\'s execution role to decrypt with it, and set it as the function\'s environment encryption key.',
    console: 'Lambda > Functions > the function > Configuration > Environment variables > Edit > Encryption configuration > Use a customer master key.',
    cli: 'aws lambda update-function-configuration --function-name <function> --kms-key-arn <key-arn>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html',
    ],
  },
  reads: ['lambda.functions', 'lambda.environmentKeys'],
  evaluate({ 'lambda.functions': fns, 'lambda.environmentKeys': keys }, ctx) {
    return fns
      .filter((fn) => Object.keys(fn.Environment?.VariableFacts ?? {}).length > 0 || fn.Environment?.Error || fn.Environment?.VariableFactsUnreadable)
      .map((fn) => {
        const resource = functionRef(fn);
        const label = functionLabel(fn);
        const arn = fn.KMSKeyArn?.trim();
        if (!arn) return ctx.fail(resource, `${label} has environment variables encrypted with the AWS managed key (aws/lambda), not a customer managed key.`);
        // Whether the key is customer managed is unknown: unknown is never a pass.
        if (!keys.ok) return ctx.error(resource, keys.error, `whether the KMS key ${arn} of ${label} is customer managed`);
        const key = keys.value.find((k) => k.arn === arn || k.keyId === arn);
        if (key && !key.metadata.ok) return ctx.error(resource, key.metadata.error, `whether the KMS key ${arn} of ${label} is customer managed`);
        if (key?.metadata.ok && key.metadata.value.KeyManager === 'AWS') {
          return ctx.fail(resource, `${label} names ${arn} as its environment key, which is an AWS managed key, not a customer managed one.`);
        }
        return ctx.pass(resource, `${label} has environment variables encrypted with the customer managed KMS key ${arn}.`);
      });
  },
});
