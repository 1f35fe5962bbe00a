import { tableKeyArn } from '../../data/datasets/dynamodb.js';
import { defineCheck } from '../define.js';
import { judgeDescribedTables, tableLabel } from '../lib/dynamodb.js';

export default defineCheck({
  id: 'dynamodb-table-cmk-encrypted',
  title: 'DynamoDB tables are encrypted with a customer managed KMS key',
  pillar: 'rest',
  service: 'dynamodb',
  severity: 'low',
  resourceType: 'AWS::DynamoDB::Table',
  description:
    'Every DynamoDB table is encrypted at rest; the choice is the key. A table passes when SSEDescription.KMSMasterKeyArn resolves (kms:DescribeKey, through the region\'s KMS key listing when it holds the key) to KeyManager CUSTOMER. No SSEDescription or no SSEType means the AWS owned key (FAIL); the AWS managed aws/dynamodb key fails. SSEDescription.Status UPDATING or ENABLING is judged on the target key and says so; a table in INACCESSIBLE_ENCRYPTION_CREDENTIALS (its key disabled or unreachable) fails with that reason.',
  risk: 'With an AWS owned or AWS managed key, the account cannot restrict or audit who may decrypt the table through the key policy, nor revoke access to the data by disabling the key.',
  remediation: {
    text: 'Switch the table to a customer managed KMS key; the change is online and needs no data copy.',
    console: 'DynamoDB > Tables > select the table > Additional settings > Encryption > Manage encryption > Stored in your account, and owned and managed by you.',
    cli: 'aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key-arn>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html',
      'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt',
    ],
  },
  reads: ['dynamodb.tables', 'dynamodb.tableKeys'],
  evaluate({ 'dynamodb.tables': tables, 'dynamodb.tableKeys': keys }, ctx) {
    const keyByArn = new Map(keys.map((k) => [k.arn, k]));
    return judgeDescribedTables(tables, ctx, (table, description, resource) => {
      const label = tableLabel(table);
      if (description.TableStatus === 'INACCESSIBLE_ENCRYPTION_CREDENTIALS')
        return ctx.fail(resource, `${label} is in state INACCESSIBLE_ENCRYPTION_CREDENTIALS: its KMS key is disabled, scheduled for deletion or unreachable, so the table cannot be read.`);
      const sse = description.SSEDescription;
      const status = sse?.Status;
      if (!sse || !sse.SSEType || status === 'DISABLED' || status === 'DISABLING')
        return ctx.fail(resource, `${label} is encrypted with the AWS owned key${status === 'DISABLING' ? ' (its KMS encryption is being turned off)' : ''}, not a customer managed KMS key.`);
      if (sse.SSEType !== 'KMS') return ctx.fail(resource, `${label} uses server-side encryption type ${sse.SSEType}, not a customer managed KMS key.`);
      const arn = tableKeyArn(description);
      if (!arn) return ctx.undetermined(resource, `${label} reports KMS encryption without a KMSMasterKeyArn, so which key encrypts it is unknown.`);
      const changing = status === 'UPDATING' || status === 'ENABLING' ? ` (encryption ${status}: judged on the target key)` : '';
      const key = keyByArn.get(arn);
      if (!key) return ctx.undetermined(resource, `${label} is encrypted with ${arn}, whose description was not read.`);
      if (!key.metadata.ok) return ctx.error(resource, key.metadata.error, `${label} (its KMS key ${arn})`);
      const manager = (key.metadata.value.KeyManager ?? '').toUpperCase();
      if (manager === 'CUSTOMER') return ctx.pass(resource, `${label} is encrypted with the customer managed KMS key ${arn}${changing}.`);
      if (manager === 'AWS') return ctx.fail(resource, `${label} is encrypted with the AWS managed key aws/dynamodb (${arn})${changing}, not a customer managed key.`);
      return ctx.undetermined(resource, `${label} is encrypted with ${arn}${changing}, for which kms:DescribeKey reported no KeyManager, so whether it is customer managed is unknown.`);
    });
  },
});
