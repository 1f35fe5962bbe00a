import type { ParameterMetadata } from '@aws-sdk/client-ssm';
import { secretWordOfParameter, ssmArn } from '../lib/ssm.js';
import { defineCheck } from '../define.js';

function parameterRef(ctx: Parameters<typeof ssmArn>[0], parameter: ParameterMetadata) {
  const name = parameter.Name!;
  return { id: name, arn: parameter.ARN ?? ssmArn(ctx, `parameter/${name.replace(/^\//, '')}`) };
}

export default defineCheck({
  id: 'ssm-parameter-secret-is-securestring',
  title: 'Parameter Store parameters named like secrets are SecureString',
  pillar: 'prevention',
  service: 'ssm',
  severity: 'high',
  resourceType: 'AWS::SSM::Parameter',
  description:
    'For each Parameter Store parameter whose name looks like a secret (the last path segment, then the whole path, tokenized on /, _, -, . and camelCase, contains a secret word such as password, secret, token, apikey, credential, or the whole tokens pass, pwd, auth, dsn), Type is SecureString; String and StringList FAIL. Only metadata is read (DescribeParameters): no value is ever requested, so value-based detection on String parameters is deliberately not done. Parameters whose names do not look like secrets are not in scope.',
  risk: 'A String or StringList parameter is stored and returned in plain text: anyone with ssm:GetParameter (or the console) reads the secret, it is not encrypted with a KMS key you control, and its value appears in CloudFormation and CLI output.',
  remediation: {
    text: 'Recreate the parameter as SecureString (the type cannot be changed in place without rewriting the value), preferably with a customer managed KMS key, and update readers to request decryption; or move the secret to Secrets Manager.',
    console: 'Systems Manager > Parameter Store > the parameter > Edit: Type SecureString, choose the KMS key, re-enter the value, Save changes.',
    cli: 'aws ssm put-parameter --name <name> --type SecureString --key-id <kms-key> --value <value> --overwrite --region <region>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/secure-string-parameter-kms-encryption.html',
      'https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeParameters.html',
    ],
  },
  reads: ['ssm.parameters'],
  evaluate({ 'ssm.parameters': parameters }, ctx) {
    const findings = parameters.flatMap((parameter) => {
      if (!parameter.Name) return [];
      const word = secretWordOfParameter(parameter.Name);
      if (!word) return [];
      const resource = parameterRef(ctx, parameter);
      const named = `Parameter ${parameter.Name} (name contains "${word}")`;
      if (parameter.Type === 'SecureString') return [ctx.pass(resource, `${named} is a SecureString, encrypted with ${parameter.KeyId ?? 'the default key alias/aws/ssm'}.`)];
      if (parameter.Type === 'String' || parameter.Type === 'StringList') {
        return [ctx.fail(resource, `${named} is a ${parameter.Type} parameter: its value is stored and returned unencrypted. Make it a SecureString or move it to Secrets Manager.`)];
      }
      return [ctx.undetermined(resource, `Could not tell how ${named} is stored: DescribeParameters gave ${parameter.Type === undefined ? 'no Type' : `the unknown Type "${parameter.Type}"`}.`)];
    });
    return findings.length > 0 ? findings : ctx.notInScope('no parameter name looks like a secret');
  },
});
