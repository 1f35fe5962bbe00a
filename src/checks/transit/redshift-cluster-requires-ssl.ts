import type { Cluster, Parameter } from '@aws-sdk/client-redshift';
import { defineCheck, type CheckContext } from '../define.js';
import { clusterLabel, clusterRef } from '../lib/redshift.js';
import type { Fetched } from '../../data/dataset.js';
import type { Finding } from '../../model.js';

const PARAMETER = 'require_ssl';

function judge(cluster: Cluster, groups: ReadonlyMap<string, Fetched<Parameter[]>>, ctx: CheckContext): Finding {
  const resource = clusterRef(cluster, ctx);
  const subject = clusterLabel(cluster);
  const memberships = cluster.ClusterParameterGroups ?? [];
  // Every cluster has a parameter group (default.redshift-1.0 at least).
  if (memberships.length === 0) return ctx.undetermined(resource, `${subject} reports no parameter group, so whether ${PARAMETER} is on is unknown.`);
  const passes: string[] = [];
  for (const membership of memberships) {
    const name = membership.ParameterGroupName;
    if (!name) return ctx.undetermined(resource, `${subject} reports a parameter group without a name, so whether ${PARAMETER} is on is unknown.`);
    const read = groups.get(name);
    if (!read) return ctx.undetermined(resource, `Parameter group ${name} of ${subject} was not read, so whether ${PARAMETER} is on is unknown.`);
    if (!read.ok) return ctx.error(resource, read.error, `${subject} (parameter group ${name})`);
    // DescribeClusterParameters lists every parameter, defaults included: an empty listing is an
    // endpoint that does not model them, not a group without the parameter.
    if (read.value.length === 0) return ctx.undetermined(resource, `Parameter group ${name} of ${subject} lists no parameters at all, so whether ${PARAMETER} is on is unknown.`);
    const parameter = read.value.find((p) => p.ParameterName === PARAMETER);
    if (!parameter) return ctx.fail(resource, `${subject} does not require SSL: parameter group ${name} lists no ${PARAMETER} parameter.`);
    const value = parameter.ParameterValue;
    if (value === undefined) return ctx.undetermined(resource, `Parameter group ${name} of ${subject} gives ${PARAMETER} no value, so whether it is on is unknown.`);
    const stated = `${PARAMETER} is "${value}" in parameter group ${name}${parameter.Source === 'engine-default' ? ' (the engine default)' : ''}`;
    if (value.trim().toLowerCase() !== 'true') return ctx.fail(resource, `${subject} does not require SSL: ${stated}, so clients may connect without encryption.`);
    const status = membership.ParameterApplyStatus;
    if (status === undefined) return ctx.undetermined(resource, `For ${subject}, ${stated}, but the cluster does not report whether the group is in-sync, so whether the value is live is unknown.`);
    if (status !== 'in-sync') return ctx.fail(resource, `${subject} does not require SSL yet: ${stated}, but the group is ${status} on the cluster, so the value is not live.`);
    passes.push(stated);
  }
  return ctx.pass(resource, `${subject} requires SSL: ${passes.join('; ')}, and the group is in-sync.`);
}

export default defineCheck({
  id: 'redshift-cluster-requires-ssl',
  title: 'Redshift clusters require SSL for every connection (require_ssl = true)',
  pillar: 'transit',
  service: 'redshift',
  severity: 'medium',
  resourceType: 'AWS::Redshift::Cluster',
  description:
    'Each provisioned Redshift cluster has require_ssl set to "true" in its parameter group, read with DescribeClusterParameters (all pages; a default.redshift-* group answers with its default value, which is read, never assumed), and the group is in-sync on the cluster: pending-reboot fails, since the value is then not live. Paused clusters are evaluated; clusters being created or deleted are not.',
  risk: 'Without require_ssl the cluster accepts unencrypted connections, so credentials and query results can cross the network in clear text whenever a client does not insist on SSL.',
  remediation: {
    text: 'Set require_ssl to true in a custom parameter group, associate it with the cluster and reboot the cluster so the change becomes live (a default group cannot be modified).',
    console: 'Amazon Redshift > Configurations > Workload management > select the parameter group > Parameters > Edit parameters > require_ssl = true; then reboot the cluster.',
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true && aws redshift reboot-cluster --cluster-identifier <cluster>',
  },
  references: {
    securityHub: { ids: ['Redshift.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-2',
    ],
  },
  reads: ['redshift.clusters', 'redshift.clusterParameterGroups'],
  evaluate({ 'redshift.clusters': clusters, 'redshift.clusterParameterGroups': groups }, ctx) {
    const byName = new Map(groups.map((g) => [g.name, g.result]));
    return clusters.map((cluster) => judge(cluster, byName, ctx));
  },
});
