import { defineCheck } from '../define.js';

/** The snapshot attribute that lists who may restore it; `all` means every AWS account. */
const RESTORE = 'restore';
const EVERYONE = 'all';

/** "Manual " for manual snapshots; nothing when the answer leaves the type out. */
const typeLabel = (type: string | undefined) => (type === 'manual' ? 'Manual ' : '');

export default defineCheck({
  id: 'rds-snapshot-not-public',
  title: 'RDS manual DB and DB cluster snapshots are not public',
  pillar: 'prevention',
  service: 'rds',
  severity: 'critical',
  resourceType: 'AWS::RDS::DBSnapshot',
  description:
    'No manual DB snapshot or DB cluster snapshot of the account has "all" among the values of its "restore" attribute. Only manual snapshots can be shared; automated ones are not evaluated.',
  risk: 'A public snapshot can be copied and restored by any AWS account, handing over a complete copy of the database.',
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute; share it with named accounts only if needed.',
    console: 'RDS > Snapshots > select the snapshot > Actions > Share snapshot > DB snapshot visibility: Private.',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
  },
  references: {
    securityHub: { ids: ['RDS.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1',
    ],
  },
  reads: ['rds.snapshotAttributes', 'rds.clusterSnapshotAttributes'],
  evaluate({ 'rds.snapshotAttributes': dbSnapshots, 'rds.clusterSnapshotAttributes': clusterSnapshots }, ctx) {
    const all = [
      ...dbSnapshots.map(({ snapshot, result }) => ({
        kind: `${typeLabel(snapshot.SnapshotType)}DB snapshot`,
        resource: { id: snapshot.DBSnapshotIdentifier ?? 'unknown', arn: snapshot.DBSnapshotArn ?? '' },
        result,
      })),
      ...clusterSnapshots.map(({ snapshot, result }) => ({
        kind: `${typeLabel(snapshot.SnapshotType)}DB cluster snapshot`,
        resource: { id: snapshot.DBClusterSnapshotIdentifier ?? 'unknown', arn: snapshot.DBClusterSnapshotArn ?? '' },
        result,
      })),
    ];
    return all.map(({ kind, resource, result }) =>
      ctx.judge(resource, result, (attributes) => {
        const restorers = attributes.filter((a) => a.AttributeName === RESTORE).flatMap((a) => a.AttributeValues ?? []);
        if (restorers.includes(EVERYONE)) return ctx.fail(resource, `${kind} ${resource.id} is public: any AWS account can copy and restore it.`);
        const accounts = restorers.length ? `; it is shared with ${restorers.length === 1 ? 'account' : 'accounts'} ${restorers.join(', ')}` : '';
        return ctx.pass(resource, `${kind} ${resource.id} is not public${accounts}.`);
      }),
    );
  },
});
