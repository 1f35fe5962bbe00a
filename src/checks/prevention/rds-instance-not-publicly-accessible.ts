import { defineCheck } from '../define.js';
import { instanceRef } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-not-publicly-accessible',
  title: 'RDS DB instances are not publicly accessible',
  pillar: 'prevention',
  service: 'rds',
  severity: 'critical',
  resourceType: 'AWS::RDS::DBInstance',
  description: 'Each RDS DB instance has PubliclyAccessible false, so its endpoint resolves only to a private address.',
  risk: 'A publicly accessible instance gets a public IP address and a DNS name that resolves to it from the internet; one permissive security group rule then exposes the database to password guessing and exploits.',
  remediation: {
    text: 'Turn off public accessibility and reach the database through the VPC (VPN, Direct Connect, a bastion or an application tier).',
    console: 'RDS > Databases > select the instance > Modify > Connectivity > Additional configuration > Not publicly accessible.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --no-publicly-accessible --apply-immediately',
  },
  references: {
    cis: { v5: '2.2.3', v3: '2.3.3' },
    securityHub: { ids: ['RDS.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances.map((db) => {
      const resource = instanceRef(db);
      if (db.PubliclyAccessible === false) return ctx.pass(resource, `DB instance ${resource.id} is not publicly accessible.`);
      if (db.PubliclyAccessible === undefined)
        return ctx.undetermined(resource, `DB instance ${resource.id} reports no PubliclyAccessible setting, so whether it is reachable from the internet is unknown.`);
      const groups = (db.VpcSecurityGroups ?? []).map((g) => g.VpcSecurityGroupId).filter(Boolean);
      const guardedBy = groups.length ? `; only its security groups (${groups.join(', ')}) stand between it and the internet` : '';
      const endpoint = db.Endpoint?.Address ? `endpoint ${db.Endpoint.Address}` : 'endpoint';
      return ctx.fail(resource, `DB instance ${resource.id} is publicly accessible: its ${endpoint} resolves to a public address from outside the VPC${guardedBy}.`);
    });
  },
});
