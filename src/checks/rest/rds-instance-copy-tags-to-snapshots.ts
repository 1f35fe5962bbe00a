import { defineCheck } from '../define.js';
import { instanceRef, isClusterMember } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-copy-tags-to-snapshots',
  title: 'RDS DB instances copy their tags to snapshots',
  pillar: 'rest',
  service: 'rds',
  severity: 'low',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS DB instance outside a cluster has CopyTagsToSnapshot true. Members of Aurora and Multi-AZ DB clusters are not evaluated: for them the setting belongs to the cluster (rds-cluster-copy-tags-to-snapshots).',
  risk: 'Snapshots without the source\'s tags escape tag-based access control (aws:ResourceTag conditions), cost allocation and retention automation, and their owner and data classification are lost.',
  remediation: {
    text: 'Enable "Copy tags to snapshots" on the instance; existing snapshots keep their tags as they are.',
    console: 'RDS > Databases > select the instance > Modify > Additional configuration > Copy tags to snapshots.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --copy-tags-to-snapshot --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.17'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-17',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances
      .filter((db) => !isClusterMember(db))
      .map((db) => {
        const resource = instanceRef(db);
        return db.CopyTagsToSnapshot === true
          ? ctx.pass(resource, `DB instance ${resource.id} copies its tags to snapshots.`)
          : ctx.fail(resource, `DB instance ${resource.id} does not copy its tags to snapshots.`);
      });
  },
});
