import { PolicyParseError } from '../../policy/document.js';
import { describeGrants, functionLabel, functionRef, parseFunctionPolicy, publicGrants } from '../lib/lambda.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'lambda-function-not-public',
  title: 'Lambda function policies grant nothing to everyone without a condition pinning the caller',
  pillar: 'prevention',
  service: 'lambda',
  severity: 'critical',
  resourceType: 'AWS::Lambda::Function',
  description:
    "For each function, its resource-based policy (GetPolicy; no policy passes) has no Allow to everyone (Principal \"*\", {\"AWS\": \"*\"} or NotPrincipal) without a condition that pins the caller's account, organization, network or source (aws:SourceAccount, aws:SourceOwner, aws:SourceArn naming an account, aws:PrincipalOrgID, aws:SourceIp narrower than /0, aws:SourceVpce, lambda:EventSourceToken, ...). As Security Hub's Lambda.1 reads it, a condition value with a wildcard or a policy variable pins nothing, and an Allow to the s3.amazonaws.com service without aws:SourceAccount (or aws:SourceOwner) fails even with aws:SourceArn, because a bucket ARN names no account and bucket names can be registered again by anyone. An Allow of lambda:InvokeFunctionUrl to everyone whose only condition is lambda:FunctionUrlAuthType NONE is public too: it is what makes a NONE function URL callable. Only the unqualified function's policy is read ($LATEST); aliases and versions have their own.",
  risk: 'A function anyone can invoke runs with its execution role for any caller: data it can read may leak, it may change resources on a stranger\'s behalf, and every invocation is billed to the account.',
  remediation: {
    text: 'Remove the public statement, or name the calling account, service or resource and add aws:SourceAccount (and aws:SourceArn) conditions; for S3 notifications always add aws:SourceAccount.',
    console: 'Lambda > Functions > the function > Configuration > Permissions > Resource-based policy statements > Edit or Delete.',
    cli: 'aws lambda remove-permission --function-name <function> --statement-id <sid>',
  },
  references: {
    securityHub: { ids: ['Lambda.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1',
      'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    ],
  },
  reads: ['lambda.policies'],
  evaluate({ 'lambda.policies': policies }, ctx) {
    return policies.map(({ fn, result }) =>
      ctx.judge(functionRef(fn), result, (text) => {
        const label = functionLabel(fn);
        if (text === undefined) return ctx.pass(functionRef(fn), `${label} has no resource-based policy, so it grants nothing to anyone.`);
        let grants;
        try {
          grants = publicGrants(parseFunctionPolicy(text));
        } catch (err) {
          if (!(err instanceof PolicyParseError)) throw err;
          return ctx.undetermined(functionRef(fn), `${label} has a resource-based policy that could not be read (${err.message}), so whether it is public is unknown.`);
        }
        return grants.length
          ? ctx.fail(functionRef(fn), `${label} has a public resource-based policy: ${describeGrants(grants)}.`)
          : ctx.pass(functionRef(fn), `${label} has a resource-based policy that grants nothing to everyone without a condition pinning the caller.`);
      }),
    );
  },
});
