import { describeSignals, type VariableFact } from '../../secrets/detector.js';
import { eachRestStage } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

const flaggedOf = (facts: Record<string, VariableFact> | undefined, prefix = '') =>
  Object.entries(facts ?? {})
    .filter(([, fact]) => fact.signals.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, fact]) => describeSignals(`${prefix}${name}`, fact));

export default defineCheck({
  id: 'apigateway-rest-stage-no-secrets-in-variables',
  title: 'REST API stage variables hold no secrets in plain text',
  pillar: 'prevention',
  service: 'apigateway',
  severity: 'high',
  resourceType: 'AWS::ApiGateway::Stage',
  description:
    "For each REST API stage, no stage variable (nor a canary's variable override) looks like a secret, by the same detector as lambda-function-no-secrets-in-env: a secret word in the name with a value that is not empty and not a reference, a known credential format in the value, or a long high-entropy value. Stage variables are readable by anyone allowed apigateway:GET. Values are reduced to their length and the rules that fired as soon as GetStages answers: they are never printed, logged or recorded, and findings name the variable and the rule.",
  risk: 'Stage variables are part of the API\'s configuration: anyone who may read it (apigateway:GET, the console, exports of the API) sees a secret kept there.',
  remediation: {
    text: 'Keep secrets in AWS Secrets Manager and have the backend read them, or pass them through a Lambda authorizer or an integration that reads them at runtime; rotate the exposed value and remove the stage variable.',
    console: 'API Gateway > APIs > the API > Stages > the stage > Stage variables > Edit.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=remove,path=/variables/<name>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
    ],
  },
  reads: ['apigateway.restStages'],
  evaluate({ 'apigateway.restStages': perApi }, ctx) {
    return eachRestStage(perApi, ctx, (stage, resource, label) => {
      if (stage.variableFactsUnreadable || stage.canarySettings?.stageVariableOverrideFactsUnreadable) {
        return ctx.undetermined(resource, `${label}: API Gateway answered its stage variables in a shape that could not be read, so whether they hold secrets is unknown.`);
      }
      const flagged = [...flaggedOf(stage.variableFacts), ...flaggedOf(stage.canarySettings?.stageVariableOverrideFacts, 'canary override ')];
      const count = Object.keys(stage.variableFacts ?? {}).length;
      if (flagged.length) {
        return ctx.fail(resource, `${label} has ${flagged.length} stage variable${flagged.length === 1 ? '' : 's'} that look${flagged.length === 1 ? 's' : ''} like a secret in plain text: ${flagged.join('; ')}.`);
      }
      return ctx.pass(resource, count ? `${label} has ${count} stage variable${count === 1 ? '' : 's'}, none of which looks like a secret.` : `${label} has no stage variables.`);
    });
  },
});
