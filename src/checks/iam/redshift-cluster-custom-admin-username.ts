import { defineCheck } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/redshift.js';

const DEFAULT_USERNAME = 'awsuser';

export default defineCheck({
  id: 'redshift-cluster-custom-admin-username',
  title: 'Redshift clusters use an admin username other than the default awsuser',
  pillar: 'iam',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::Redshift::Cluster',
  description: `Each provisioned Redshift cluster has a MasterUsername other than ${DEFAULT_USERNAME} (compared case-insensitively). Paused clusters are evaluated; clusters being created or deleted are not.`,
  risk: 'The default admin username is the first one anyone tries: it leaves only the password between an attacker who reaches the endpoint and full control of the database.',
  remediation: {
    text: 'The admin username of a provisioned cluster cannot be changed: create a new cluster with a custom admin username (from a snapshot) and move clients to it.',
    console: 'Amazon Redshift > Clusters > Restore from snapshot, or Create cluster > Database configurations > Admin user name.',
    cli: 'aws redshift create-cluster --cluster-identifier <new-cluster> --master-username <custom-name> --manage-master-password ...',
  },
  references: {
    securityHub: { ids: ['Redshift.8'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-8',
    ],
  },
  reads: ['redshift.clusters'],
  evaluate({ 'redshift.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster, ctx);
      const subject = clusterLabel(cluster);
      const username = cluster.MasterUsername;
      if (!username) return ctx.undetermined(resource, `${subject} reports no MasterUsername, so whether it is the default is unknown.`);
      return username.trim().toLowerCase() === DEFAULT_USERNAME
        ? ctx.fail(resource, `${subject} uses the default admin username ${username}.`)
        : ctx.pass(resource, `${subject} uses a custom admin username (${username}).`);
    });
  },
});
