import { defineCheck } from '../define.js';
import { namespaceLabel, namespaceRef } from '../lib/redshift.js';
import { AWS_OWNED_KMS_KEY } from '../../data/datasets/redshift-serverless.js';

export default defineCheck({
  id: 'redshift-serverless-namespace-cmk-encrypted',
  title: 'Redshift Serverless namespaces are encrypted with a customer managed KMS key',
  pillar: 'rest',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::RedshiftServerless::Namespace',
  description:
    'Each Redshift Serverless namespace has a kmsKeyId (ListNamespaces) other than AWS_OWNED_KMS_KEY, the default AWS owned key, and the key it names has KeyManager CUSTOMER (kms:DescribeKey, read through the region\'s KMS key dataset; keys it does not hold are described by the id the namespace gives).',
  risk: 'With an AWS owned or AWS managed key you cannot control or audit who uses the key, restrict it with a key policy, or revoke access to the data by disabling the key.',
  remediation: {
    text: 'Switch the namespace to a customer managed KMS key; Redshift Serverless re-encrypts the data.',
    console: 'Amazon Redshift Serverless > Namespace configuration > select the namespace > Security and encryption > Edit > Customize encryption settings.',
    cli: 'aws redshift-serverless update-namespace --namespace-name <namespace> --kms-key-id <key-arn>',
  },
  references: {
    securityHub: { ids: ['RedshiftServerless.4'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html#redshiftserverless-4',
    ],
  },
  reads: ['redshiftServerless.namespaces', 'redshiftServerless.namespaceKeys'],
  evaluate({ 'redshiftServerless.namespaces': namespaces, 'redshiftServerless.namespaceKeys': keys }, ctx) {
    return namespaces.map((namespace) => {
      const resource = namespaceRef(namespace, ctx);
      const subject = namespaceLabel(namespace);
      const keyId = namespace.kmsKeyId?.trim();
      if (!keyId) return ctx.undetermined(resource, `${subject} reports no kmsKeyId, so which key encrypts it is unknown.`);
      if (keyId === AWS_OWNED_KMS_KEY) return ctx.fail(resource, `${subject} is encrypted with the AWS owned key (${AWS_OWNED_KMS_KEY}), not a customer managed key.`);
      const described = keys.find((k) => k.namespace.namespaceName === namespace.namespaceName);
      if (!described) return ctx.undetermined(resource, `KMS key ${keyId} of ${subject} was not described, so whether it is customer managed is unknown.`);
      if (!described.metadata.ok) return ctx.error(resource, described.metadata.error, `${subject} (KMS key ${keyId})`);
      const meta = described.metadata.value;
      {
        const manager = (meta.KeyManager ?? '').toUpperCase();
        if (manager === 'CUSTOMER') return ctx.pass(resource, `${subject} is encrypted with customer managed KMS key ${meta.Arn ?? keyId}.`);
        if (manager === 'AWS') return ctx.fail(resource, `${subject} is encrypted with AWS managed KMS key ${meta.Arn ?? keyId}, not a customer managed key.`);
        return ctx.undetermined(resource, `kms:DescribeKey returned no KeyManager for key ${keyId} of ${subject}, so whether it is customer managed is unknown.`);
      }
    });
  },
});
