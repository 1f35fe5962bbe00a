import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';

const MIN_DATA_NODES = 3;

export default defineCheck({
  id: 'opensearch-domain-three-data-nodes',
  title: 'OpenSearch domains have at least three data nodes spread across zones',
  pillar: 'rest',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    'Each OpenSearch Service domain (both engines) has ClusterConfig.InstanceCount (its data nodes) of at least 3 and ZoneAwarenessEnabled true, so replicas of each shard live in other Availability Zones. Dedicated master nodes are not counted. Opensearch.6 is judged on OpenSearch-engine domains, ES.6 on Elasticsearch-engine domains.',
  risk: 'With fewer than three data nodes, or all of them in one Availability Zone, losing a node or a zone can make indices unavailable or lose the only copy of shards that have no replica elsewhere.',
  remediation: {
    text: 'Run at least three data nodes and enable zone awareness (two or three Availability Zones), with at least one replica per index.',
    console: 'Amazon OpenSearch Service > Domains > select the domain > Actions > Edit cluster configuration > Data nodes: number of nodes and Availability Zones.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config "InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}"',
  },
  references: {
    securityHub: { ids: ['Opensearch.6', 'ES.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-6',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-6',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.6', Elasticsearch: 'ES.6' }, (status, subject, resource) => {
      const config = status.ClusterConfig;
      const count = config?.InstanceCount;
      if (typeof count !== 'number') return ctx.undetermined(resource, `${subject} reports no data node count (ClusterConfig.InstanceCount), so whether it has ${MIN_DATA_NODES} is unknown.`);
      const zones = config?.ZoneAwarenessEnabled === true;
      const zoneCount = config?.ZoneAwarenessConfig?.AvailabilityZoneCount;
      const stated = `${count} data node${count === 1 ? '' : 's'}, zone awareness ${zones ? `on${zoneCount ? ` (${zoneCount} Availability Zones)` : ''}` : 'off'}`;
      const problems = [
        ...(count < MIN_DATA_NODES ? [`fewer than ${MIN_DATA_NODES} data nodes`] : []),
        ...(zones ? [] : ['its data nodes are not spread across Availability Zones']),
      ];
      return problems.length
        ? ctx.fail(resource, `${subject} has ${stated}: ${problems.join(', and ')}.`)
        : ctx.pass(resource, `${subject} has ${stated}.`);
    });
  },
});
