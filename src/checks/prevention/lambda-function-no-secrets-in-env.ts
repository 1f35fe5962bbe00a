import { describeSignals } from '../../secrets/detector.js';
import { functionLabel, functionRef } from '../lib/lambda.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'lambda-function-no-secrets-in-env',
  title: 'Lambda environment variables hold no secrets in plain text',
  pillar: 'prevention',
  service: 'lambda',
  severity: 'high',
  resourceType: 'AWS::Lambda::Function',
  description:
    "For each function ($LATEST, from ListFunctions), no environment variable looks like a secret. A variable fails when its name contains a secret word (password, passwd, pwd, pass, secret, token, apikey, accesskey, privatekey, clientsecret, credential, auth, bearer, jwt, signingkey, connectionstring, dsn) and its value is not empty and not a reference; or its value matches a known credential format (AWS access key, private key, GitHub, Slack, Stripe, Google API key, JSON Web Token, URL with a password); or its value is a long random-looking string (Shannon entropy of at least 4.5 bits per character over base64, 3.0 over hex). References are not secrets: ARNs, Parameter Store names, {{resolve:...}} and ${...} placeholders, plain URLs, booleans and numbers. Values are judged in memory when the answer arrives and are never printed, logged, recorded or hashed: findings name the variable and the rule that fired. Functions whose variables Lambda could not decrypt (Environment.Error) are an ERROR. Published versions keep the variables they were published with and are not judged here (ListFunctions with FunctionVersion ALL would list them).",
  risk: 'Environment variables are readable by anyone who may read the function\'s configuration (lambda:GetFunctionConfiguration, the console, infrastructure code and CI logs), so a secret there is exposed far beyond the function that needs it.',
  remediation: {
    text: 'Move the secret to AWS Secrets Manager or a SecureString parameter in Parameter Store, read it at runtime (or through the Parameters and Secrets Lambda extension), rotate the exposed value, and keep only the secret\'s name or ARN in the variable.',
    console: 'Lambda > Functions > the function > Configuration > Environment variables > Edit.',
    cli: 'aws lambda update-function-configuration --function-name <function> --environment "Variables={DB_PASSWORD_SECRET_ARN=<secret-arn>}"',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html',
    ],
  },
  reads: ['lambda.functions'],
  evaluate({ 'lambda.functions': fns }, ctx) {
    return fns.map((fn) => {
      const resource = functionRef(fn);
      const label = functionLabel(fn);
      const env = fn.Environment;
      if (env?.Error) {
        return ctx.undetermined(
          resource,
          `${label}: Lambda could not decrypt its environment variables (${env.Error.ErrorCode ?? 'error'}${env.Error.Message ? `: ${env.Error.Message}` : ''}), so whether they hold secrets is unknown.`,
        );
      }
      if (env?.VariableFactsUnreadable) return ctx.undetermined(resource, `${label}: Lambda answered its environment variables in a shape that could not be read, so whether they hold secrets is unknown.`);
      const facts = Object.entries(env?.VariableFacts ?? {});
      if (facts.length === 0) return ctx.pass(resource, `${label} has no environment variables.`);
      const flagged = facts.filter(([, fact]) => fact.signals.length > 0).sort(([a], [b]) => (a < b ? -1 : 1));
      if (flagged.length === 0) {
        return ctx.pass(resource, `${label} has ${facts.length} environment variable${facts.length === 1 ? '' : 's'}, none of which looks like a secret.`);
      }
      return ctx.fail(
        resource,
        `${label} has ${flagged.length} environment variable${flagged.length === 1 ? '' : 's'} that look${flagged.length === 1 ? 's' : ''} like a secret in plain text: ${flagged.map(([name, fact]) => describeSignals(name, fact)).join('; ')}.`,
      );
    });
  },
});
