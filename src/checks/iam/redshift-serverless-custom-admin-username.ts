import { defineCheck } from '../define.js';
import { namespaceLabel, namespaceRef } from '../lib/redshift.js';

const DEFAULT_USERNAME = 'admin';

export default defineCheck({
  id: 'redshift-serverless-custom-admin-username',
  title: 'Redshift Serverless namespaces use an admin username other than the default admin',
  pillar: 'iam',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::RedshiftServerless::Namespace',
  description: `Each Redshift Serverless namespace has an adminUsername (ListNamespaces) other than ${DEFAULT_USERNAME} (compared case-insensitively, as Redshift folds user names to lower case).`,
  risk: 'The default admin username is the first one anyone tries: it leaves only the password between an attacker who reaches the endpoint and full control of the database.',
  remediation: {
    text: 'Change the admin username of the namespace; it must be changed together with the admin password.',
    console: 'Amazon Redshift Serverless > Namespace configuration > select the namespace > Actions > Edit admin credentials.',
    cli: 'aws redshift-serverless update-namespace --namespace-name <namespace> --admin-username <custom-name> --manage-admin-password',
  },
  references: {
    securityHub: { ids: ['RedshiftServerless.5'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-workgroup-namespace.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html#redshiftserverless-5',
    ],
  },
  reads: ['redshiftServerless.namespaces'],
  evaluate({ 'redshiftServerless.namespaces': namespaces }, ctx) {
    return namespaces.map((namespace) => {
      const resource = namespaceRef(namespace, ctx);
      const subject = namespaceLabel(namespace);
      const username = namespace.adminUsername;
      if (!username) return ctx.undetermined(resource, `${subject} reports no adminUsername, so whether it is the default is unknown.`);
      return username.trim().toLowerCase() === DEFAULT_USERNAME
        ? ctx.fail(resource, `${subject} uses the default admin username ${username}.`)
        : ctx.pass(resource, `${subject} uses a custom admin username (${username}).`);
    });
  },
});
