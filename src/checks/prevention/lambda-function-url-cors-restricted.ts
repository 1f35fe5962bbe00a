import { functionLabel, functionRef, urlLabel, urlRef } from '../lib/lambda.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'lambda-function-url-cors-restricted',
  title: 'Lambda function URLs do not allow every origin in their CORS configuration',
  pillar: 'prevention',
  service: 'lambda',
  severity: 'low',
  resourceType: 'AWS::Lambda::Url',
  description:
    "For each function URL (on the function or an alias), Cors.AllowOrigins does not contain \"*\". A URL without a CORS configuration passes: browsers then refuse cross-origin reads of its answers.",
  risk: 'With every origin allowed, any web page a user visits can call the function from the user\'s browser and read the answers, which matters most when the function trusts cookies or the network the browser is on.',
  remediation: {
    text: 'List the origins that need the URL in its CORS configuration instead of "*".',
    console: 'Lambda > Functions > the function > Configuration > Function URL > Edit > Configure cross-origin resource sharing (CORS) > Allow origin.',
    cli: 'aws lambda update-function-url-config --function-name <function> --cors AllowOrigins=https://app.example.com',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors'],
  },
  reads: ['lambda.functionUrls'],
  evaluate({ 'lambda.functionUrls': perFn }, ctx) {
    return perFn.flatMap(({ fn, result }) => {
      if (!result.ok) return [ctx.error(functionRef(fn), result.error, `the function URLs of ${functionLabel(fn)}`)];
      return result.value.map((url) => {
        const resource = urlRef(fn, url);
        const label = urlLabel(fn, url);
        const origins = url.Cors?.AllowOrigins;
        if (!url.Cors) return ctx.pass(resource, `${label} has no CORS configuration, so browsers refuse cross-origin reads of its answers.`);
        if ((origins ?? []).some((o) => o.trim() === '*')) return ctx.fail(resource, `${label} allows every origin ("*") in its CORS configuration.`);
        return ctx.pass(resource, (origins ?? []).length ? `${label} allows only these origins: ${origins!.join(', ')}.` : `${label} allows no origin in its CORS configuration.`);
      });
    });
  },
});
