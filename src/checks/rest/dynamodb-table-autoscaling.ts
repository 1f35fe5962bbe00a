import type { ScalableTarget } from '@aws-sdk/client-application-auto-scaling';
import { billingMode } from '../../data/datasets/dynamodb.js';
import { defineCheck } from '../define.js';
import { judgeDescribedTables, tableLabel } from '../lib/dynamodb.js';

/** The scalable dimensions DynamoDB.1 asks for on a table and on each global secondary index. */
const TABLE_DIMENSIONS = ['dynamodb:table:ReadCapacityUnits', 'dynamodb:table:WriteCapacityUnits'] as const;
const INDEX_DIMENSIONS = ['dynamodb:index:ReadCapacityUnits', 'dynamodb:index:WriteCapacityUnits'] as const;

const shortDimension = (dimension: string) => (dimension.endsWith('ReadCapacityUnits') ? 'read' : 'write');

export default defineCheck({
  id: 'dynamodb-table-autoscaling',
  title: 'DynamoDB tables scale their capacity with demand',
  pillar: 'rest',
  service: 'dynamodb',
  severity: 'medium',
  resourceType: 'AWS::DynamoDB::Table',
  description:
    "Each DynamoDB table is on demand (BillingModeSummary.BillingMode PAY_PER_REQUEST), or provisioned with Application Auto Scaling targets (ServiceNamespace dynamodb) for read and write capacity of the table (table/<name>, dynamodb:table:ReadCapacityUnits and WriteCapacityUnits) and of each global secondary index (table/<name>/index/<index>, dynamodb:index:...). An answer without BillingModeSummary is a provisioned table. The control's optional capacity parameters are not implemented; global table replicas are judged in their own region.",
  risk: 'Provisioned capacity that cannot grow throttles reads and writes when traffic rises, making the data unavailable to the application exactly when it is busiest.',
  remediation: {
    text: 'Switch the table to on-demand capacity, or register read and write scalable targets (with target tracking policies) for the table and each global secondary index.',
    console: 'DynamoDB > Tables > select the table > Additional settings > Read/write capacity > Edit: On-demand, or Provisioned with Auto scaling on for reads, writes and every index.',
    cli: 'aws application-autoscaling register-scalable-target --service-namespace dynamodb --resource-id table/<table> --scalable-dimension dynamodb:table:ReadCapacityUnits --min-capacity 5 --max-capacity 100 (and WriteCapacityUnits, and each index), or aws dynamodb update-table --table-name <table> --billing-mode PAY_PER_REQUEST',
  },
  references: {
    securityHub: { ids: ['DynamoDB.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-1',
    ],
  },
  reads: ['dynamodb.tables', 'dynamodb.scalableTargets'],
  evaluate({ 'dynamodb.tables': tables, 'dynamodb.scalableTargets': targets }, ctx) {
    const registered = new Set((targets.ok ? targets.value : []).map((t: ScalableTarget) => `${t.ResourceId ?? ''}|${t.ScalableDimension ?? ''}`));
    return judgeDescribedTables(tables, ctx, (table, description, resource) => {
      const label = tableLabel(table);
      const mode = billingMode(description);
      if (mode === 'PAY_PER_REQUEST') return ctx.pass(resource, `${label} uses on-demand capacity, which scales with demand.`);
      if (mode !== 'PROVISIONED') return ctx.undetermined(resource, `${label} reports billing mode ${mode}, which this check does not know.`);
      // Only a provisioned table needs the scaling targets: a listing that failed leaves it unjudged.
      if (!targets.ok) return ctx.error(resource, targets.error, `${label} (its Application Auto Scaling targets)`);
      const wanted = [
        ...TABLE_DIMENSIONS.map((dimension) => ({ id: `table/${table.name}`, what: 'the table', dimension })),
        ...(description.GlobalSecondaryIndexes ?? []).flatMap((index) =>
          INDEX_DIMENSIONS.map((dimension) => ({ id: `table/${table.name}/index/${index.IndexName ?? ''}`, what: `index ${index.IndexName ?? 'unknown'}`, dimension })),
        ),
      ];
      const missing = wanted.filter((w) => !registered.has(`${w.id}|${w.dimension}`));
      if (missing.length === 0) {
        const indexes = description.GlobalSecondaryIndexes?.length ?? 0;
        return ctx.pass(resource, `${label} uses provisioned capacity with auto scaling for reads and writes of the table${indexes ? ` and of its ${indexes} global secondary index${indexes === 1 ? '' : 'es'}` : ''}.`);
      }
      const byWhat = new Map<string, string[]>();
      for (const m of missing) byWhat.set(m.what, [...(byWhat.get(m.what) ?? []), shortDimension(m.dimension)]);
      const gaps = [...byWhat.entries()].map(([what, dims]) => `${dims.join(' and ')} capacity of ${what}`);
      return ctx.fail(resource, `${label} uses provisioned capacity without auto scaling for ${gaps.join('; ')}.`);
    });
  },
});
