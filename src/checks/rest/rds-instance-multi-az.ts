import { defineCheck } from '../define.js';
import { instanceRef, isClusterMember, isReadReplica } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-multi-az',
  title: 'RDS DB instances are Multi-AZ deployments',
  pillar: 'rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS DB instance has MultiAZ true, so a synchronous standby in another Availability Zone takes over on failure. Read replicas and members of Aurora and Multi-AZ DB clusters are not evaluated: cluster availability is judged on the cluster (rds-cluster-multi-az).',
  risk: 'A Single-AZ instance is unavailable during an Availability Zone outage, a host failure or some maintenance, and recovery may need a restore that loses recent writes.',
  remediation: {
    text: 'Convert the instance to a Multi-AZ deployment; RDS creates the standby without downtime, though I/O may be briefly affected.',
    console: 'RDS > Databases > select the instance > Modify > Availability & durability > Create a standby instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --multi-az --apply-immediately',
  },
  references: {
    cis: { v5: '2.2.4' },
    securityHub: { ids: ['RDS.5'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-5',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances
      .filter((db) => !isClusterMember(db) && !isReadReplica(db))
      .map((db) => {
        const resource = instanceRef(db);
        return db.MultiAZ === true
          ? ctx.pass(resource, `DB instance ${resource.id} is a Multi-AZ deployment${db.SecondaryAvailabilityZone ? ` with its standby in ${db.SecondaryAvailabilityZone}` : ''}.`)
          : ctx.fail(resource, `DB instance ${resource.id} is a Single-AZ deployment${db.AvailabilityZone ? ` in ${db.AvailabilityZone}` : ''}.`);
      });
  },
});
