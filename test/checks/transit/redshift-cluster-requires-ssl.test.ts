import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/transit/redshift-cluster-requires-ssl.js';
import { awsError, evaluate, failed, ok, run, verdicts } from '../../helpers/check-harness.js';
import { cluster, group, parameter, parameters } from '../../fixtures/redshift.js';

const sslOn = group('warehouse-params', ok(parameters(parameter('require_ssl', 'true'))));
const inGroup = (name: string, ParameterApplyStatus = 'in-sync') => ({ ClusterParameterGroups: [{ ParameterGroupName: name, ParameterApplyStatus }] });

describe('redshift-cluster-requires-ssl', () => {
  it('passes a cluster whose group sets require_ssl "true" and is in-sync', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('warehouse')], 'redshift.clusterParameterGroups': [sslOn] });
    expect(verdicts(findings)).toEqual([['PASS', 'warehouse']]);
    expect(findings[0]!.message).toBe('Redshift cluster warehouse requires SSL: require_ssl is "true" in parameter group warehouse-params, and the group is in-sync.');
    expect(findings[0]!.resourceArn).toBe('arn:aws:redshift:us-east-1:123456789012:cluster:warehouse');
  });

  it('fails a cluster on the default group, reading its default value rather than assuming it', () => {
    const findings = evaluate(check, {
      'redshift.clusters': [cluster('legacy', inGroup('default.redshift-1.0'))],
      'redshift.clusterParameterGroups': [group('default.redshift-1.0', ok(parameters()))],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'legacy']]);
    expect(findings[0]!.message).toBe(
      'Redshift cluster legacy does not require SSL: require_ssl is "false" in parameter group default.redshift-1.0 (the engine default), so clients may connect without encryption.',
    );
  });

  it('near miss: require_ssl "true" in a group pending a reboot FAILs (not live yet)', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('rebooting', inGroup('warehouse-params', 'pending-reboot'))], 'redshift.clusterParameterGroups': [sslOn] });
    expect(verdicts(findings)).toEqual([['FAIL', 'rebooting']]);
    expect(findings[0]!.message).toContain('but the group is pending-reboot on the cluster, so the value is not live');
  });

  it('near miss: the value is compared as text, case-insensitively ("TRUE" passes, "1" does not)', () => {
    const findings = evaluate(check, {
      'redshift.clusters': [cluster('upper', inGroup('upper')), cluster('one', inGroup('one'))],
      'redshift.clusterParameterGroups': [group('upper', ok(parameters(parameter('require_ssl', 'TRUE')))), group('one', ok(parameters(parameter('require_ssl', '1'))))],
    });
    expect(verdicts(findings)).toEqual([['PASS', 'upper'], ['FAIL', 'one']]);
  });

  it('reads each group once for every cluster that shares it', () => {
    const findings = evaluate(check, { 'redshift.clusters': [cluster('a'), cluster('b'), cluster('paused', { ClusterStatus: 'paused' })], 'redshift.clusterParameterGroups': [sslOn] });
    expect(verdicts(findings)).toEqual([['PASS', 'a'], ['PASS', 'b'], ['PASS', 'paused']]);
    expect(findings[2]!.message).toContain('Redshift cluster paused (paused) requires SSL');
  });

  it('fails a group without require_ssl, and reports ERROR for an empty listing, a missing apply status or no group', () => {
    const findings = evaluate(check, {
      'redshift.clusters': [
        cluster('nossl', inGroup('nossl')),
        cluster('empty', inGroup('empty')),
        cluster('nostatus', { ClusterParameterGroups: [{ ParameterGroupName: 'warehouse-params' }] }),
        cluster('nogroup', { ClusterParameterGroups: [] }),
      ],
      'redshift.clusterParameterGroups': [sslOn, group('nossl', ok([parameter('datestyle', 'ISO, MDY')])), group('empty', ok([]))],
    });
    expect(verdicts(findings)).toEqual([['FAIL', 'nossl'], ['ERROR', 'empty'], ['ERROR', 'nostatus'], ['ERROR', 'nogroup']]);
    expect(findings[1]!.message).toContain('lists no parameters at all');
  });

  it('reports ERROR for a cluster whose parameter group could not be read, naming the action', () => {
    const findings = evaluate(check, {
      'redshift.clusters': [cluster('hidden', inGroup('secret-params'))],
      'redshift.clusterParameterGroups': [group('secret-params', failed(awsError('AccessDenied', 'redshift:DescribeClusterParameters')))],
    });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
    expect(findings[0]!.message).toContain('Redshift cluster hidden (parameter group secret-params): access denied to redshift:DescribeClusterParameters');
  });

  it('reports ERROR when the clusters cannot be listed', async () => {
    const findings = await run(check, { 'redshift.clusters': awsError('AccessDenied', 'redshift:DescribeClusters'), 'redshift.clusterParameterGroups': [] });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
