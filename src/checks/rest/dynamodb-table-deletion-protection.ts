import { defineCheck } from '../define.js';
import { judgeDescribedTables, tableLabel } from '../lib/dynamodb.js';

export default defineCheck({
  id: 'dynamodb-table-deletion-protection',
  title: 'DynamoDB tables have deletion protection enabled',
  pillar: 'rest',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AWS::DynamoDB::Table',
  description: 'For each DynamoDB table, DescribeTable reports DeletionProtectionEnabled true. An answer without the flag fails: deletion protection is off unless turned on.',
  risk: 'Without deletion protection, one DeleteTable call (a script error, a wrong account, a compromised role) removes the table and its items at once.',
  remediation: {
    text: 'Turn on deletion protection for the table; it then cannot be deleted until the setting is turned off again.',
    console: 'DynamoDB > Tables > select the table > Additional settings > Deletion protection > Turn on.',
    cli: 'aws dynamodb update-table --table-name <table> --deletion-protection-enabled',
  },
  references: {
    securityHub: { ids: ['DynamoDB.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-6',
    ],
  },
  reads: ['dynamodb.tables'],
  evaluate({ 'dynamodb.tables': tables }, ctx) {
    return judgeDescribedTables(tables, ctx, (table, description, resource) => {
      const label = tableLabel(table);
      if (description.DeletionProtectionEnabled === true) return ctx.pass(resource, `${label} has deletion protection enabled.`);
      return ctx.fail(
        resource,
        description.DeletionProtectionEnabled === false
          ? `${label} has deletion protection disabled, so one DeleteTable call removes it.`
          : `${label} reports no DeletionProtectionEnabled flag; deletion protection is off unless turned on.`,
      );
    });
  },
});
