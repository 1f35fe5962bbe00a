import { eachRestStage, listed, methodSettingLabel } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'apigateway-rest-stage-cache-encrypted',
  title: 'REST API stage caches encrypt cached responses',
  pillar: 'rest',
  service: 'apigateway',
  severity: 'medium',
  resourceType: 'AWS::ApiGateway::Stage',
  description:
    "For each REST API stage with a cache cluster (cacheClusterEnabled true), every method setting with cachingEnabled true, the stage default */* included, has cacheDataEncrypted true (a method setting that does not say inherits the stage default). A cache cluster on which no method caches passes. Stages without a cache cluster are not evaluated.",
  risk: 'Cached responses can hold personal data, tokens and other sensitive content; without encryption they sit in plain text in the cache.',
  remediation: {
    text: 'Turn on "Encrypt cache data" for the stage (and for each method that overrides the stage\'s cache settings), then flush the cache.',
    console: 'API Gateway > APIs > the API > Stages > the stage > Stage details > Edit > Cache settings > Encrypt cache data.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/*/*/caching/dataEncrypted,value=true',
  },
  references: {
    securityHub: { ids: ['APIGateway.5'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-5',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
    ],
  },
  reads: ['apigateway.restStages'],
  evaluate({ 'apigateway.restStages': perApi }, ctx) {
    return eachRestStage(perApi, ctx, (stage, resource, label) => {
      const settings = stage.methodSettings ?? {};
      const stageDefault = settings['*/*']?.cacheDataEncrypted === true;
      const caching = Object.entries(settings).filter(([, s]) => s?.cachingEnabled === true);
      const unencrypted = caching.filter(([key, s]) => (s.cacheDataEncrypted ?? (key === '*/*' ? false : stageDefault)) !== true).map(([key]) => methodSettingLabel(key)).sort();
      if (unencrypted.length) return ctx.fail(resource, `${label} caches responses unencrypted for ${listed(unencrypted)}.`);
      if (caching.length === 0) return ctx.pass(resource, `${label} has a cache cluster, but caching is enabled on no method.`);
      return ctx.pass(resource, `${label} encrypts cached data for every method that caches (${listed(caching.map(([key]) => methodSettingLabel(key)).sort())}).`);
    }, (stage) => stage.cacheClusterEnabled === true);
  },
});
