import { functionLabel, functionRef } from '../lib/lambda.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'lambda-function-xray-tracing',
  title: 'Lambda functions have AWS X-Ray active tracing enabled',
  pillar: 'detection',
  service: 'lambda',
  severity: 'low',
  resourceType: 'AWS::Lambda::Function',
  description: 'For each function, TracingConfig.Mode is Active (ListFunctions). PassThrough, the default, fails: the function then traces only requests an upstream service already sampled. Lambda.7 belongs to NIST 800-53, not to FSBP.',
  risk: 'Without active tracing, invocations of the function cannot be followed across the services it calls when investigating errors, latency or abuse.',
  remediation: {
    text: 'Turn on active tracing and allow the execution role to send traces (AWSXRayDaemonWriteAccess).',
    console: 'Lambda > Functions > the function > Configuration > Monitoring and operations tools > Edit > AWS X-Ray: Active tracing.',
    cli: 'aws lambda update-function-configuration --function-name <function> --tracing-config Mode=Active',
  },
  references: {
    securityHub: { ids: ['Lambda.7'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-7',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html',
    ],
  },
  reads: ['lambda.functions'],
  evaluate({ 'lambda.functions': fns }, ctx) {
    return fns.map((fn) => {
      const mode = fn.TracingConfig?.Mode;
      return String(mode ?? '').toLowerCase() === 'active'
        ? ctx.pass(functionRef(fn), `${functionLabel(fn)} has X-Ray active tracing enabled.`)
        : ctx.fail(functionRef(fn), `${functionLabel(fn)} has X-Ray tracing mode ${mode ?? 'PassThrough (not reported)'}, not Active.`);
    });
  },
});
