import type { Fetched } from '../../data/dataset.js';
import { defineCheck } from '../define.js';
import { backupCoverage, coverageFinding, tagMap, type Tags } from '../lib/backup-coverage.js';
import { tableLabel, tableRef } from '../lib/dynamodb.js';

export default defineCheck({
  id: 'dynamodb-table-in-backup-plan',
  title: 'DynamoDB tables are covered by an AWS Backup plan',
  pillar: 'rest',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AWS::DynamoDB::Table',
  description:
    'Each DynamoDB table in ACTIVE state is selected by a resource assignment of an AWS Backup plan in its region: its ARN matches Resources (wildcards allowed, such as arn:aws:dynamodb:*:*:table/*) and no NotResources entry, or its tags match ListOfTags (any entry), and its tags meet every Conditions entry; and AWS Backup is opted in for DynamoDB in the region (DescribeRegionSettings), without which the selection protects nothing. Tags come from ListTagsOfResource, read only when some selection filters by tags. The backupVaultLockCheck parameter is not implemented.',
  risk: 'A table no backup plan selects has no scheduled backups kept apart from the table: point-in-time recovery aside, data lost to deletion or corruption cannot be restored.',
  remediation: {
    text: 'Assign the table to a backup plan by ARN or by a tag the plan selects, and make sure AWS Backup is opted in for DynamoDB in the region.',
    console: 'AWS Backup > Backup plans > select a plan > Assign resources; AWS Backup > Settings > Service opt-in > enable DynamoDB.',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"tables","IamRoleArn":"<role-arn>","Resources":["<table-arn>"]}\'',
  },
  references: {
    securityHub: { ids: ['DynamoDB.4'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-4',
    ],
  },
  reads: ['dynamodb.tables', 'dynamodb.tableTags', 'backup.planSelections', 'backup.regionSettings'],
  evaluate({ 'dynamodb.tables': tables, 'dynamodb.tableTags': tagReads, 'backup.planSelections': plans, 'backup.regionSettings': optIn }, ctx) {
    const tagsByTable = new Map(tagReads.tables.map(({ table, result }) => [table.name, result]));
    return tables.flatMap((table) => {
      const resource = tableRef(table);
      const label = tableLabel(table);
      // Whether the table is ACTIVE (in scope) is unknown when it could not be described.
      if (!table.table.ok) return [ctx.error(resource, table.table.error, label)];
      if (table.table.value.TableStatus !== 'ACTIVE') return [];
      let tags: Fetched<Tags> | undefined;
      if (tagReads.needed) {
        const read = tagsByTable.get(table.name);
        // Deleted between the listing and the tag read: no finding.
        if (!read) return [];
        tags = read.ok ? { ok: true, value: tagMap(read.value) } : read;
      }
      return [coverageFinding(ctx, resource, label, backupCoverage({ arn: table.arn, type: 'DynamoDB', tags }, plans, optIn))];
    });
  },
});
