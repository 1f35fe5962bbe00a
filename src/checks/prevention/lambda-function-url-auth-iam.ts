import { PolicyParseError } from '../../policy/document.js';
import { publicStatements } from '../../policy/pinning.js';
import { functionLabel, functionRef, LAMBDA_PINNING, parseFunctionPolicy, urlLabel, urlRef } from '../lib/lambda.js';
import { defineCheck } from '../define.js';

const labels = (items: ReadonlyArray<{ label: string }>) => items.map((i) => i.label).join(', ');

/** What the policy of a NONE URL lets everyone do, for the message. */
function exposure(text: string | undefined): string {
  if (text === undefined) return 'not invocable yet, no public permission: the function has no resource-based policy';
  const doc = parseFunctionPolicy(text);
  const url = publicStatements(doc, LAMBDA_PINNING, ['lambda:InvokeFunctionUrl']);
  const invoke = publicStatements(doc, LAMBDA_PINNING, ['lambda:InvokeFunction']);
  if (url.length && invoke.length) {
    return `publicly invocable: the resource policy allows lambda:InvokeFunctionUrl (statement ${labels(url)}) and lambda:InvokeFunction (statement ${labels(invoke)}) to everyone without a condition pinning the caller`;
  }
  if (url.length) {
    return `publicly invocable: the resource policy allows lambda:InvokeFunctionUrl to everyone without a condition pinning the caller (statement ${labels(url)}); URLs created since October 2025 also need lambda:InvokeFunction, which it does not grant to everyone`;
  }
  if (invoke.length) {
    return `not invocable through the URL yet (no public lambda:InvokeFunctionUrl permission), although the resource policy allows lambda:InvokeFunction to everyone (statement ${labels(invoke)}); one more permission makes it public`;
  }
  return 'not invocable yet, no public permission in the resource policy';
}

export default defineCheck({
  id: 'lambda-function-url-auth-iam',
  title: 'Lambda function URLs require IAM authentication (AuthType AWS_IAM)',
  pillar: 'prevention',
  service: 'lambda',
  severity: 'high',
  resourceType: 'AWS::Lambda::Url',
  description:
    "For each function URL (ListFunctionUrlConfigs; a URL can belong to the function itself or to an alias), AuthType is AWS_IAM. NONE fails; the message says whether the resource policy of the function (or alias) lets everyone invoke it now: \"publicly invocable\" when it allows lambda:InvokeFunctionUrl to everyone without a condition pinning the caller (since October 2025 new URLs also need lambda:InvokeFunction; both are reported), \"not invocable yet, no public permission\" otherwise. A URL that is the origin of a CloudFront distribution with origin access control should use AWS_IAM: NONE there defeats the OAC.",
  risk: 'A URL with AuthType NONE is one permission away from being callable by anyone on the internet, and with it anyone can run the function with its execution role.',
  remediation: {
    text: 'Set the URL\'s auth type to AWS_IAM and have callers sign their requests (or put CloudFront with origin access control in front of it); remove public lambda:InvokeFunctionUrl and lambda:InvokeFunction permissions.',
    console: 'Lambda > Functions > the function > Configuration > Function URL > Edit > Auth type: AWS_IAM.',
    cli: 'aws lambda update-function-url-config --function-name <function> [--qualifier <alias>] --auth-type AWS_IAM',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html',
    ],
  },
  reads: ['lambda.functionUrls', 'lambda.openUrlPolicies'],
  evaluate({ 'lambda.functionUrls': perFn, 'lambda.openUrlPolicies': policies }, ctx) {
    return perFn.flatMap(({ fn, result }) => {
      if (!result.ok) return [ctx.error(functionRef(fn), result.error, `the function URLs of ${functionLabel(fn)}`)];
      return result.value.map((url) => {
        const resource = urlRef(fn, url);
        const label = urlLabel(fn, url);
        const auth = String(url.AuthType ?? '').toUpperCase();
        if (auth === 'AWS_IAM') return ctx.pass(resource, `${label} requires IAM authentication (AuthType AWS_IAM).`);
        if (auth !== 'NONE') return ctx.undetermined(resource, `${label} reports auth type ${url.AuthType ?? '(none)'}, which is neither AWS_IAM nor NONE, so whether it requires authentication is unknown.`);
        const policy = policies.find((p) => p.fn.FunctionArn === fn.FunctionArn && p.url.FunctionArn === url.FunctionArn)?.policy;
        let state: string;
        if (!policy) state = 'whether anyone can invoke it now was not read';
        else if (!policy.ok) state = `whether anyone can invoke it now is unknown (${policy.error.action} failed: ${policy.error.code})`;
        else {
          try {
            state = exposure(policy.value);
          } catch (err) {
            if (!(err instanceof PolicyParseError)) throw err;
            state = `whether anyone can invoke it now is unknown (its resource policy could not be read: ${err.message})`;
          }
        }
        return ctx.fail(resource, `${label} has AuthType NONE, so it needs no authentication: ${state}.`);
      });
    });
  },
});
