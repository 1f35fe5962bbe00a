import { defineCheck } from '../define.js';
import { defaultPort, instanceRef } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-no-default-port',
  title: 'RDS DB instances listen on a port other than their engine\'s default',
  pillar: 'prevention',
  service: 'rds',
  severity: 'low',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS DB instance\'s endpoint port differs from its engine\'s default: 3306 for MySQL, MariaDB and Aurora MySQL, 5432 for PostgreSQL and Aurora PostgreSQL, 1521 for Oracle, 1433 for SQL Server, 50000 for Db2. Engines without a known default are not evaluated.',
  risk: 'Databases on well-known ports are the first found by automated scans and credential-stuffing tools; a non-default port removes them from that low-effort traffic (it is not a control on its own).',
  remediation: {
    text: 'Change the database port, then update clients and security group rules; changing the port restarts the instance.',
    console: 'RDS > Databases > select the instance > Modify > Connectivity > Additional configuration > Database port.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --db-port-number <port> --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.23'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-23',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances.flatMap((db) => {
      const resource = instanceRef(db);
      if (!db.Engine) return [ctx.undetermined(resource, `DB instance ${resource.id} reports no engine, so its default port is unknown.`)];
      const standard = defaultPort(db.Engine);
      if (standard === undefined) return [];
      const port = db.Endpoint?.Port;
      // An instance still being created has no endpoint yet.
      if (port === undefined)
        return [ctx.undetermined(resource, `DB instance ${resource.id} reports no endpoint port (status ${db.DBInstanceStatus ?? 'unknown'}), so whether it listens on the default ${standard} is unknown.`)];
      return port === standard
        ? [ctx.fail(resource, `DB instance ${resource.id} (${db.Engine}) listens on ${port}, the engine's default port.`)]
        : [ctx.pass(resource, `DB instance ${resource.id} (${db.Engine}) listens on ${port}, not the default ${standard}.`)];
    });
  },
});
