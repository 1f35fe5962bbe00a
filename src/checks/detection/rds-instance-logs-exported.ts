import { defineCheck } from '../define.js';
import { instanceLogControls, instanceRef, isAuroraMember, logsRequiredBy, requiredInstanceLogExports } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-logs-exported',
  title: 'RDS DB instances export their engine\'s logs to CloudWatch Logs',
  pillar: 'detection',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description:
    'Each RDS DB instance exports every log type of its engine to CloudWatch Logs (EnabledCloudwatchLogsExports): MySQL and MariaDB audit, error, general and slowquery; PostgreSQL postgresql and upgrade; Oracle alert, audit, trace and listener; SQL Server error and agent. Aurora members are judged on their cluster (rds-cluster-logs-exported); other engines are not evaluated. RDS.9 applies to every instance, RDS.36 to PostgreSQL, RDS.40 to SQL Server and RDS.42 to MariaDB; each message names the controls that apply. The engine-specific controls judge their own default log types (RDS.36 postgresql only; RDS.40 agent and error; RDS.42 audit and error): a FAIL that still meets one of them does not count against it in the FSBP view, and the message says so.',
  risk: 'Logs kept only on the instance rotate away within days and vanish with the instance, so logins, errors and audited statements are missing when an incident is investigated.',
  remediation: {
    text: 'Enable the missing log types for export to CloudWatch Logs. MySQL and MariaDB audit logs also need the MARIADB_AUDIT_PLUGIN option in the option group; general and slow query logs need general_log and slow_query_log set in the parameter group.',
    console: 'RDS > Databases > select the instance > Modify > Log exports > select every log type.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <instance> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit","error","general","slowquery"]}\' --apply-immediately',
  },
  references: {
    securityHub: { ids: ['RDS.9', 'RDS.36', 'RDS.40', 'RDS.42'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9',
    ],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances
      .filter((db) => !isAuroraMember(db))
      .flatMap((db) => {
        const resource = instanceRef(db);
        if (!db.Engine) return [ctx.undetermined(resource, `DB instance ${resource.id} reports no engine, so which log types it must export is unknown.`)];
        const required = requiredInstanceLogExports(db.Engine);
        if (!required) return [];
        const exported = new Set(db.EnabledCloudwatchLogsExports ?? []);
        const missing = required.filter((type) => !exported.has(type));
        const controls = instanceLogControls(db.Engine);
        const subject = `DB instance ${resource.id} (${db.Engine}; ${controls.join(', ')})`;
        if (missing.length === 0) return [{ ...ctx.pass(resource, `${subject} exports ${required.join(', ')} logs to CloudWatch Logs.`), controls }];
        // RDS.36, RDS.40 and RDS.42 require fewer log types than RDS.9: the FAIL counts only for the
        // controls whose own set is incomplete, and the message names the ones it satisfies.
        const failing = controls.filter((control) => logsRequiredBy(control, db.Engine).some((type) => !exported.has(type)));
        const satisfied = controls.filter((control) => !failing.includes(control));
        const note = satisfied.length ? ` ${satisfied.join(', ')} ${satisfied.length === 1 ? 'is' : 'are'} satisfied: ${satisfied.map((c) => `${c} requires ${logsRequiredBy(c, db.Engine).join(', ')}`).join('; ')}.` : '';
        const finding = ctx.fail(resource, `${subject} does not export ${missing.join(', ')} logs to CloudWatch Logs${exported.size ? ` (it exports ${[...exported].join(', ')})` : ''}.${note}`);
        return [{ ...finding, controls: failing }];
      });
  },
});
