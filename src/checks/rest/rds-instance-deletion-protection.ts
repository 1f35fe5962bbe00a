import { defineCheck } from '../define.js';
import { instanceRef, isClusterMember } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-deletion-protection',
  title: 'RDS DB instances have deletion protection enabled',
  pillar: 'rest',
  service: 'rds',
  severity: 'low',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS DB instance outside a cluster has DeletionProtection true. Members of Aurora and Multi-AZ DB clusters are not evaluated: deletion protection is a setting of their cluster (rds-cluster-deletion-protection).',
  risk: 'Without deletion protection, one mistaken API call, console click or infrastructure-as-code change deletes the database.',
  remediation: {
    text: 'Enable deletion protection on the instance.',
    console: 'RDS > Databases > select the instance > Modify > Additional configuration > Enable deletion protection.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --deletion-protection --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.8'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-8',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances
      .filter((db) => !isClusterMember(db))
      .map((db) => {
        const resource = instanceRef(db);
        return db.DeletionProtection === true
          ? ctx.pass(resource, `DB instance ${resource.id} has deletion protection enabled.`)
          : ctx.fail(resource, `DB instance ${resource.id} has deletion protection disabled.`);
      });
  },
});
