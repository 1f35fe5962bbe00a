import { defineCheck } from '../define.js';
import { instanceRef } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-auto-minor-version-upgrade',
  title: 'RDS DB instances apply minor engine upgrades automatically',
  pillar: 'prevention',
  service: 'rds',
  severity: 'high',
  resourceType: 'AWS::RDS::DBInstance',
  description: 'Each RDS DB instance has AutoMinorVersionUpgrade true, so RDS applies new minor engine versions, which carry security fixes, during the maintenance window.',
  risk: 'Instances left on old minor versions keep known, published vulnerabilities of the database engine until someone upgrades them by hand.',
  remediation: {
    text: 'Turn on automatic minor version upgrades; they are applied in the instance\'s maintenance window.',
    console: 'RDS > Databases > select the instance > Modify > Maintenance > Enable auto minor version upgrade.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --auto-minor-version-upgrade --apply-immediately',
  },
  references: {
    cis: { v5: '2.2.2', v3: '2.3.2' },
    securityHub: { ids: ['RDS.13'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-13',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances.map((db) => {
      const resource = instanceRef(db);
      const version = db.EngineVersion ? ` (${db.Engine ?? 'engine'} ${db.EngineVersion})` : '';
      if (db.AutoMinorVersionUpgrade === true) return ctx.pass(resource, `DB instance ${resource.id}${version} applies minor engine upgrades automatically.`);
      if (db.AutoMinorVersionUpgrade === false) return ctx.fail(resource, `DB instance ${resource.id}${version} does not apply minor engine upgrades automatically.`);
      return ctx.undetermined(resource, `DB instance ${resource.id}${version} reports no AutoMinorVersionUpgrade setting, so whether minor engine upgrades are applied automatically is unknown.`);
    });
  },
});
