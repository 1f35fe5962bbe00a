import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';

const MIN_MASTER_NODES = 3;

export default defineCheck({
  id: 'opensearch-domain-three-master-nodes',
  title: 'OpenSearch domains have at least three dedicated master nodes',
  pillar: 'rest',
  service: 'opensearch',
  severity: 'medium',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    'Each OpenSearch Service domain (both engines) has ClusterConfig.DedicatedMasterEnabled true and DedicatedMasterCount (dedicated master, or cluster manager, nodes) of at least 3; a domain without dedicated masters fails whatever its data nodes. ES.7 is judged on Elasticsearch-engine domains. OpenSearch-engine domains are judged the same way by Opensearch.11, a Security Hub control of the NIST 800-53 standard only, which is therefore not listed among this check\'s FSBP references; their findings carry Opensearch.11.',
  risk: 'Without three dedicated master nodes, the cluster state is managed by busy data nodes or by a master that cannot keep a quorum when one node fails, so the domain can stop accepting writes or split its cluster state.',
  remediation: {
    text: 'Enable dedicated master nodes and run three of them (an odd number, one per Availability Zone when zone awareness is on).',
    console: 'Amazon OpenSearch Service > Domains > select the domain > Actions > Edit cluster configuration > Dedicated master nodes: enable, 3 nodes.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config "DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=<instance-type>"',
  },
  references: {
    securityHub: { ids: ['ES.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-7',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-11',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.11', Elasticsearch: 'ES.7' }, (status, subject, resource) => {
      const config = status.ClusterConfig;
      if (config?.DedicatedMasterEnabled !== true) {
        return ctx.fail(resource, `${subject} has no dedicated master nodes (DedicatedMasterEnabled is ${config?.DedicatedMasterEnabled === false ? 'false' : 'not set'}).`);
      }
      const count = config.DedicatedMasterCount;
      if (typeof count !== 'number') return ctx.undetermined(resource, `${subject} has dedicated master nodes but reports no DedicatedMasterCount, so whether it has ${MIN_MASTER_NODES} is unknown.`);
      const stated = `${count} dedicated master node${count === 1 ? '' : 's'}${config.DedicatedMasterType ? ` (${config.DedicatedMasterType})` : ''}`;
      return count >= MIN_MASTER_NODES
        ? ctx.pass(resource, `${subject} has ${stated}.`)
        : ctx.fail(resource, `${subject} has ${stated}, fewer than ${MIN_MASTER_NODES}.`);
    });
  },
});
