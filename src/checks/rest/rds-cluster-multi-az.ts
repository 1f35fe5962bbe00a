import { defineCheck } from '../define.js';
import { clusterKind, clusterRef } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-cluster-multi-az',
  title: 'RDS DB clusters have instances in more than one Availability Zone',
  pillar: 'rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBCluster',
  description: 'Each Aurora DB cluster and Multi-AZ DB cluster reports MultiAZ true: it has DB instances in several Availability Zones to fail over to.',
  risk: 'A cluster whose instances all sit in one Availability Zone stops serving during an outage of that zone, and failover has nowhere else to go.',
  remediation: {
    text: 'Add a reader instance in another Availability Zone (Aurora), or recreate the cluster as a Multi-AZ DB cluster.',
    console: 'RDS > Databases > select the Aurora cluster > Actions > Add reader > choose a different Availability Zone.',
    cli: 'aws rds create-db-instance --db-cluster-identifier <cluster> --db-instance-identifier <cluster>-reader --engine <engine> --db-instance-class <class> --availability-zone <other-az>',
  },
  references: {
    cis: { v5: '2.2.4' },
    securityHub: { ids: ['RDS.15'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-15',
    ],
  },
  reads: ['rds.clusters'],
  evaluate({ 'rds.clusters': clusters }, ctx) {
    return clusters.map((cluster) => {
      const resource = clusterRef(cluster);
      const kind = clusterKind(cluster);
      const count = cluster.DBClusterMembers?.length ?? 0;
      const members = `${count} DB instance${count === 1 ? '' : 's'}`;
      return cluster.MultiAZ === true
        ? ctx.pass(resource, `${kind} ${resource.id} spans several Availability Zones (${members}).`)
        : ctx.fail(resource, `${kind} ${resource.id} does not span several Availability Zones (MultiAZ false, ${members}).`);
    });
  },
});
