import { defineCheck } from '../define.js';
import { instanceRef } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-in-vpc',
  title: 'RDS DB instances run in a VPC',
  pillar: 'prevention',
  service: 'rds',
  severity: 'high',
  resourceType: 'AWS::RDS::DBInstance',
  description: 'Each RDS DB instance has a DB subnet group in a VPC (DBSubnetGroup.VpcId set), so VPC security groups, network ACLs and routing control who can reach it.',
  risk: 'An instance outside a VPC (EC2-Classic) cannot use VPC security groups, private subnets or flow logs, leaving its network exposure largely uncontrolled.',
  remediation: {
    text: 'Move the instance into a VPC by modifying it to use a DB subnet group of that VPC, or restore a snapshot into the VPC.',
    console: 'RDS > Databases > select the instance > Modify > Connectivity > DB subnet group.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --db-subnet-group-name <subnet-group> --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.18'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-18',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances.map((db) => {
      const resource = instanceRef(db);
      // EC2-Classic is retired: every instance has a DB subnet group (the default one at least), so an
      // answer without one is missing data, while a group without a VPC is the finding.
      if (db.DBSubnetGroup === undefined)
        return ctx.undetermined(resource, `DB instance ${resource.id} reports no DB subnet group, so whether it runs in a VPC is unknown.`);
      const vpc = db.DBSubnetGroup.VpcId;
      return vpc
        ? ctx.pass(resource, `DB instance ${resource.id} runs in ${vpc} (DB subnet group ${db.DBSubnetGroup?.DBSubnetGroupName ?? 'unnamed'}).`)
        : ctx.fail(resource, `DB instance ${resource.id} has no DB subnet group in a VPC.`);
    });
  },
});
