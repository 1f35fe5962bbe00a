import { eachRestStage, listed, methodSettingLabel } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

const limit = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

export default defineCheck({
  id: 'apigateway-rest-stage-throttling',
  title: 'REST API stages set their own throttle below the account limit, or a usage plan throttles them',
  pillar: 'prevention',
  service: 'apigateway',
  severity: 'low',
  resourceType: 'AWS::ApiGateway::Stage',
  description:
    "For each REST API stage, one of these holds: the stage default method settings (methodSettings[\"*/*\"]) set throttlingRateLimit and throttlingBurstLimit, both lower than the account's limits in the region (GetAccount throttleSettings); or a usage plan whose apiStages hold <apiId>:<stage> sets a throttle. The account limit always applies, so this is about a deliberate limit for the API, not about having a limit at all. Per-method throttles are named in the message but do not pass the stage.",
  risk: 'Without a limit of its own, one API (or one abusive client) can use the whole account\'s request budget in the region, throttling every other API, and drive the backend and its costs up.',
  remediation: {
    text: 'Set a default rate and burst limit on the stage that fit what the backend can take, or attach the stage to a usage plan with a throttle (and require API keys for its methods).',
    console: 'API Gateway > APIs > the API > Stages > the stage > Stage details > Edit > Throttling; or Usage plans > Create.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/*/*/throttling/rateLimit,value=100 op=replace,path=/*/*/throttling/burstLimit,value=50',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
    ],
  },
  reads: ['apigateway.restStages', 'apigateway.usagePlans', 'apigateway.account'],
  evaluate({ 'apigateway.restStages': perApi, 'apigateway.usagePlans': plans, 'apigateway.account': account }, ctx) {
    return eachRestStage(perApi, ctx, (stage, resource, label, api) => {
      const plan = plans.find(
        (p) => (p.apiStages ?? []).some((s) => s.apiId === api.id && s.stage === stage.stageName) && (limit(p.throttle?.rateLimit) !== undefined || limit(p.throttle?.burstLimit) !== undefined),
      );
      if (plan) {
        return ctx.pass(resource, `${label} is throttled by usage plan ${plan.name ?? plan.id ?? '?'} (rate ${plan.throttle?.rateLimit ?? '-'} requests per second, burst ${plan.throttle?.burstLimit ?? '-'}).`);
      }
      const perMethod = Object.entries(stage.methodSettings ?? {})
        .filter(([key, s]) => key !== '*/*' && (limit(s?.throttlingRateLimit) !== undefined || limit(s?.throttlingBurstLimit) !== undefined))
        .map(([key]) => methodSettingLabel(key))
        .sort();
      const methodNote = perMethod.length ? ` Methods with their own throttle: ${listed(perMethod)}.` : '';
      const defaults = stage.methodSettings?.['*/*'];
      const rate = limit(defaults?.throttlingRateLimit);
      const burst = limit(defaults?.throttlingBurstLimit);
      const accountLimits = account.ok ? account.value.throttleSettings : undefined;
      const accountText = accountLimits ? ` (the account limit in ${ctx.region} is ${accountLimits.rateLimit ?? '?'} requests per second, burst ${accountLimits.burstLimit ?? '?'})` : '';
      if (rate === undefined || burst === undefined) {
        return ctx.fail(resource, `${label} sets no stage throttle and no usage plan with a throttle covers it, so only the account limit applies${accountText}.${methodNote}`);
      }
      if (!account.ok) return ctx.error(resource, account.error, `the account throttle limits that ${label}'s throttle is compared with`);
      const accountRate = limit(accountLimits?.rateLimit);
      const accountBurst = limit(accountLimits?.burstLimit);
      if (accountRate === undefined || accountBurst === undefined) {
        return ctx.undetermined(resource, `${label} throttles at ${rate} requests per second, burst ${burst}, but GetAccount gave no account throttle limits to compare with.`);
      }
      if (rate < accountRate && burst < accountBurst) {
        return ctx.pass(resource, `${label} throttles at ${rate} requests per second, burst ${burst}, below the account limit (${accountRate}, burst ${accountBurst}).`);
      }
      return ctx.fail(resource, `${label} throttles at ${rate} requests per second, burst ${burst}, which is not below the account limit (${accountRate}, burst ${accountBurst}): it sets no limit of its own.${methodNote}`);
    });
  },
});
