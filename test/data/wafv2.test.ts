// The WAFv2 datasets against recorded answers: regional web ACLs per scanned Region and the
// CLOUDFRONT scope once through us-east-1; AWS's NextMarker on the last page; web ACLs deleted
// meanwhile dropped; logging off answered as an error read as data; the ALBs each web ACL protects,
// asked once whichever dataset needs them; rule groups of both scopes.
import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/data/inventory.js';
import { REGIONAL_RESOURCE_TYPES } from '../../src/data/datasets/wafv2.js';
import { replayLoader } from '../helpers/replay-loader.js';

const answer = (service: RecordedCall['service'], region: string, operation: string, input: Record<string, unknown>, output: unknown): RecordedCall => ({ service, region, operation, input, output });
const refused = (region: string, operation: string, input: Record<string, unknown>, code: string): RecordedCall => ({
  service: 'wafv2',
  region,
  operation,
  input,
  error: { code, message: `refused ${operation}`, httpStatus: 400 },
});
const ACCOUNT = '123456789012';
const aclArn = (region: string, scope: 'regional' | 'global', name: string) => `arn:aws:wafv2:${region}:${ACCOUNT}:${scope}/webacl/${name}/id-${name}`;
const summary = (region: string, scope: 'regional' | 'global', name: string) => ({ Name: name, Id: `id-${name}`, ARN: aclArn(region, scope, name), LockToken: 'lock', Description: '' });
const webAcl = (region: string, scope: 'regional' | 'global', name: string) => ({
  WebACL: { Name: name, Id: `id-${name}`, ARN: aclArn(region, scope, name), DefaultAction: { Allow: {} }, Rules: [], VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: name }, Capacity: 0 },
  LockToken: 'lock',
});
const list = (region: string, scope: 'REGIONAL' | 'CLOUDFRONT', items: unknown[], marker?: string, next?: string) =>
  answer('wafv2', region, 'ListWebACLs', { Scope: scope, Limit: 100, ...(marker ? { NextMarker: marker } : {}) }, { WebACLs: items, ...(next ? { NextMarker: next } : {}) });
const noDistributions = answer('cloudfront', 'us-east-1', 'ListDistributions', {}, { DistributionList: { Quantity: 0, IsTruncated: false, MaxItems: 100, Marker: '' } });

describe('wafv2.webAcls', () => {
  it('lists REGIONAL in each scanned Region and CLOUDFRONT once in us-east-1, ending on the empty page AWS sends after its last NextMarker', async () => {
    const { loader, sent } = replayLoader(
      [
        list('eu-west-1', 'REGIONAL', [summary('eu-west-1', 'regional', 'api')], undefined, 'api'),
        list('eu-west-1', 'REGIONAL', [], 'api', 'api'),
        list('us-east-1', 'CLOUDFRONT', [summary('us-east-1', 'global', 'edge')], undefined, 'edge'),
        list('us-east-1', 'CLOUDFRONT', [], 'edge'),
        answer('wafv2', 'eu-west-1', 'GetWebACL', { Name: 'api', Scope: 'REGIONAL', Id: 'id-api' }, webAcl('eu-west-1', 'regional', 'api')),
        answer('wafv2', 'us-east-1', 'GetWebACL', { Name: 'edge', Scope: 'CLOUDFRONT', Id: 'id-edge' }, webAcl('us-east-1', 'global', 'edge')),
      ],
      ['eu-west-1'],
      'eu-west-1',
    );
    const listings = await loader.load('wafv2.webAcls', 'eu-west-1');
    expect(listings.map((l) => [l.scope, l.region, l.findingRegion, l.result.ok ? l.result.value.map((e) => [e.summary.Name, e.acl.ok]) : 'error'])).toEqual([
      ['REGIONAL', 'eu-west-1', 'eu-west-1', [['api', true]]],
      ['CLOUDFRONT', 'us-east-1', 'global', [['edge', true]]],
    ]);
    expect(sent.filter((r) => r.operation === 'ListWebACLs')).toHaveLength(4);
  });

  it('ends the listing when an endpoint ignores the marker and sends the same page again', async () => {
    const { loader } = replayLoader(
      [
        list('us-east-1', 'REGIONAL', [summary('us-east-1', 'regional', 'a')], undefined, 'Not Implemented'),
        list('us-east-1', 'REGIONAL', [summary('us-east-1', 'regional', 'a')], 'Not Implemented', 'Not Implemented'),
        list('us-east-1', 'CLOUDFRONT', []),
        answer('wafv2', 'us-east-1', 'GetWebACL', { Name: 'a', Scope: 'REGIONAL', Id: 'id-a' }, webAcl('us-east-1', 'regional', 'a')),
      ],
      ['us-east-1'],
    );
    const listings = await loader.load('wafv2.webAcls', 'us-east-1');
    expect(listings.map((l) => (l.result.ok ? l.result.value.map((e) => e.summary.Name) : l.result.error.code))).toEqual([['a'], []]);
  });

  it('fails a listing whose marker comes back after a page with items, instead of ending it as complete', async () => {
    const { loader } = replayLoader(
      [
        list('us-east-1', 'REGIONAL', [summary('us-east-1', 'regional', 'a')], undefined, 'm'),
        list('us-east-1', 'REGIONAL', [summary('us-east-1', 'regional', 'b')], 'm', 'm'),
        list('us-east-1', 'CLOUDFRONT', []),
      ],
      ['us-east-1'],
    );
    const listings = await loader.load('wafv2.webAcls', 'us-east-1');
    expect(listings.map((l) => (l.result.ok ? 'ok' : l.result.error.code))).toEqual(['PaginationTokenRepeated', 'ok']);
  });

  it('keeps a refused Region as that Region’s error, drops a web ACL deleted meanwhile, keeps a refused GetWebACL per web ACL', async () => {
    const { loader } = replayLoader(
      [
        refused('eu-west-1', 'ListWebACLs', { Scope: 'REGIONAL', Limit: 100 }, 'AccessDeniedException'),
        list('us-east-1', 'REGIONAL', [summary('us-east-1', 'regional', 'gone'), summary('us-east-1', 'regional', 'hidden')]),
        refused('us-east-1', 'GetWebACL', { Name: 'gone', Scope: 'REGIONAL', Id: 'id-gone' }, 'WAFNonexistentItemException'),
        refused('us-east-1', 'GetWebACL', { Name: 'hidden', Scope: 'REGIONAL', Id: 'id-hidden' }, 'AccessDeniedException'),
        list('us-east-1', 'CLOUDFRONT', []),
      ],
      ['us-east-1', 'eu-west-1'],
    );
    const listings = await loader.load('wafv2.webAcls', 'us-east-1');
    expect(listings.map((l) => [l.scope, l.region, l.result.ok ? l.result.value.map((e) => [e.summary.Name, e.acl.ok ? 'ok' : e.acl.error.code]) : l.result.error.code])).toEqual([
      ['REGIONAL', 'us-east-1', [['hidden', 'AccessDeniedException']]],
      ['REGIONAL', 'eu-west-1', 'AccessDeniedException'],
      ['CLOUDFRONT', 'us-east-1', []],
    ]);
  });
});

describe('wafv2.webAclLogging', () => {
  it('reads WAFNonexistentItemException as no logging configuration and keeps a refusal as an error', async () => {
    const { loader } = replayLoader(
      [
        list('us-east-1', 'REGIONAL', [summary('us-east-1', 'regional', 'logged'), summary('us-east-1', 'regional', 'silent'), summary('us-east-1', 'regional', 'hidden')]),
        list('us-east-1', 'CLOUDFRONT', []),
        ...['logged', 'silent', 'hidden'].map((n) => answer('wafv2', 'us-east-1', 'GetWebACL', { Name: n, Scope: 'REGIONAL', Id: `id-${n}` }, webAcl('us-east-1', 'regional', n))),
        answer('wafv2', 'us-east-1', 'GetLoggingConfiguration', { ResourceArn: aclArn('us-east-1', 'regional', 'logged') }, {
          LoggingConfiguration: { ResourceArn: aclArn('us-east-1', 'regional', 'logged'), LogDestinationConfigs: ['arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-api'], RedactedFields: [{ SingleHeader: { Name: 'authorization' } }] },
        }),
        refused('us-east-1', 'GetLoggingConfiguration', { ResourceArn: aclArn('us-east-1', 'regional', 'silent') }, 'WAFNonexistentItemException'),
        refused('us-east-1', 'GetLoggingConfiguration', { ResourceArn: aclArn('us-east-1', 'regional', 'hidden') }, 'AccessDeniedException'),
      ],
      ['us-east-1'],
    );
    const logging = await loader.load('wafv2.webAclLogging', 'us-east-1');
    expect(Object.entries(logging).map(([arn, r]) => [arn.split('/')[2], r.ok ? r.value : r.error.code])).toEqual([
      ['hidden', 'AccessDeniedException'],
      // RedactedFields are not kept: which fields are redacted is not judged.
      ['logged', { LogDestinationConfigs: ['arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-api'] }],
      ['silent', null],
    ]);
  });
});

describe('wafv2.albProtection and wafv2.webAclAssociations', () => {
  const calls = [
    list('us-east-1', 'REGIONAL', [summary('us-east-1', 'regional', 'api'), summary('us-east-1', 'regional', 'denied')]),
    list('us-east-1', 'CLOUDFRONT', [summary('us-east-1', 'global', 'edge')]),
    answer('wafv2', 'us-east-1', 'ListResourcesForWebACL', { WebACLArn: aclArn('us-east-1', 'regional', 'api'), ResourceType: 'APPLICATION_LOAD_BALANCER' }, { ResourceArns: ['arn:alb/web'] }),
    answer('wafv2', 'us-east-1', 'ListResourcesForWebACL', { WebACLArn: aclArn('us-east-1', 'regional', 'api'), ResourceType: 'API_GATEWAY' }, { ResourceArns: ['arn:apigw/prod'] }),
    refused('us-east-1', 'ListResourcesForWebACL', { WebACLArn: aclArn('us-east-1', 'regional', 'api'), ResourceType: 'AGENTCORE_GATEWAY' }, 'WAFInvalidParameterException'),
    refused('us-east-1', 'ListResourcesForWebACL', { WebACLArn: aclArn('us-east-1', 'regional', 'denied'), ResourceType: 'APPLICATION_LOAD_BALANCER' }, 'AccessDeniedException'),
    ...REGIONAL_RESOURCE_TYPES.filter((t) => !['APPLICATION_LOAD_BALANCER', 'API_GATEWAY', 'AGENTCORE_GATEWAY'].includes(t)).map((t) =>
      answer('wafv2', 'us-east-1', 'ListResourcesForWebACL', { WebACLArn: aclArn('us-east-1', 'regional', 'api'), ResourceType: t }, { ResourceArns: [] }),
    ),
    ...REGIONAL_RESOURCE_TYPES.filter((t) => t !== 'APPLICATION_LOAD_BALANCER').map((t) =>
      answer('wafv2', 'us-east-1', 'ListResourcesForWebACL', { WebACLArn: aclArn('us-east-1', 'regional', 'denied'), ResourceType: t }, { ResourceArns: [] }),
    ),
    answer('cloudfront', 'us-east-1', 'ListDistributions', {}, {
      DistributionList: { Quantity: 2, IsTruncated: false, Items: [{ Id: 'E1', ARN: 'arn:aws:cloudfront::123456789012:distribution/E1', WebACLId: aclArn('us-east-1', 'global', 'edge') }, { Id: 'E2', ARN: 'arn:aws:cloudfront::123456789012:distribution/E2', WebACLId: '' }] },
    }),
  ];

  it('gives the protected ALBs of the Region and the web ACLs whose ALBs could not be listed', async () => {
    const { loader } = replayLoader(calls, ['us-east-1']);
    const protection = await loader.load('wafv2.albProtection', 'us-east-1');
    expect(protection.protectedBy).toEqual({ 'arn:alb/web': ['api'] });
    expect(protection.unread.map((u) => [u.webAcl, u.error.code])).toEqual([['denied', 'AccessDeniedException']]);
  });

  it('names what each web ACL protects, CloudFront distributions by their WebACLId, and sends the ALB request once for both datasets', async () => {
    const { loader, sent } = replayLoader(calls, ['us-east-1']);
    await loader.load('wafv2.albProtection', 'us-east-1');
    const associations = await loader.load('wafv2.webAclAssociations', 'us-east-1');
    expect(associations[aclArn('us-east-1', 'regional', 'api')]).toEqual({ resources: { APPLICATION_LOAD_BALANCER: ['arn:alb/web'], API_GATEWAY: ['arn:apigw/prod'] }, unread: [] });
    expect(associations[aclArn('us-east-1', 'regional', 'denied')]).toEqual({ resources: {}, unread: ['APPLICATION_LOAD_BALANCER'] });
    expect(associations[aclArn('us-east-1', 'global', 'edge')]).toEqual({ resources: { CLOUDFRONT_DISTRIBUTION: ['arn:aws:cloudfront::123456789012:distribution/E1'] }, unread: [] });
    const albAsks = sent.filter((r) => r.operation === 'ListResourcesForWebACL' && r.input.ResourceType === 'APPLICATION_LOAD_BALANCER');
    expect(albAsks).toHaveLength(2);
  });

  it('asks each ALB with GetWebACLForResource where ListResourcesForWebACL is not offered', async () => {
    const alb = (name: string) => ({ LoadBalancerArn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/${name}/1`, LoadBalancerName: name, Type: 'application' });
    const { loader, sent } = replayLoader(
      [
        list('us-east-1', 'REGIONAL', [summary('us-east-1', 'regional', 'api')]),
        refused('us-east-1', 'ListResourcesForWebACL', { WebACLArn: aclArn('us-east-1', 'regional', 'api'), ResourceType: 'APPLICATION_LOAD_BALANCER' }, 'UnknownOperationException'),
        answer('elbv2', 'us-east-1', 'DescribeLoadBalancers', {}, { LoadBalancers: [alb('web'), alb('admin'), alb('hidden'), { ...alb('tcp'), Type: 'network' }] }),
        answer('wafv2', 'us-east-1', 'GetWebACLForResource', { ResourceArn: alb('web').LoadBalancerArn }, { WebACL: { Name: 'api', ARN: aclArn('us-east-1', 'regional', 'api') } }),
        answer('wafv2', 'us-east-1', 'GetWebACLForResource', { ResourceArn: alb('admin').LoadBalancerArn }, {}),
        refused('us-east-1', 'GetWebACLForResource', { ResourceArn: alb('hidden').LoadBalancerArn }, 'AccessDeniedException'),
      ],
      ['us-east-1'],
    );
    const protection = await loader.load('wafv2.albProtection', 'us-east-1');
    expect(protection.protectedBy).toEqual({ [alb('web').LoadBalancerArn]: ['api'] });
    expect(protection.unread).toEqual([]);
    expect(Object.entries(protection.unreadAlbs ?? {}).map(([arn, e]) => [arn.split('/')[2], e.code])).toEqual([['hidden', 'AccessDeniedException']]);
    // NLBs cannot carry a web ACL: not asked.
    expect(sent.filter((r) => r.operation === 'GetWebACLForResource')).toHaveLength(3);
  });

  it('says CloudFront associations are unknown when the distributions cannot be listed', async () => {
    const { loader } = replayLoader([list('us-east-1', 'REGIONAL', []), list('us-east-1', 'CLOUDFRONT', [summary('us-east-1', 'global', 'edge')]), { ...noDistributions, output: undefined, error: { code: 'AccessDenied', message: 'no', httpStatus: 403 } }], ['us-east-1']);
    const associations = await loader.load('wafv2.webAclAssociations', 'us-east-1');
    expect(associations[aclArn('us-east-1', 'global', 'edge')]).toEqual({ resources: {}, unread: ['CLOUDFRONT_DISTRIBUTION'] });
  });
});

describe('wafv2.ruleGroups', () => {
  it('lists customer rule groups of both scopes and reads each with GetRuleGroup', async () => {
    const group = (region: string, scope: 'regional' | 'global', name: string) => ({ Name: name, Id: `id-${name}`, ARN: `arn:aws:wafv2:${region}:${ACCOUNT}:${scope}/rulegroup/${name}/id-${name}`, LockToken: 'l' });
    const { loader, sent } = replayLoader(
      [
        answer('wafv2', 'eu-west-1', 'ListRuleGroups', { Scope: 'REGIONAL', Limit: 100 }, { RuleGroups: [group('eu-west-1', 'regional', 'geo')] }),
        answer('wafv2', 'us-east-1', 'ListRuleGroups', { Scope: 'CLOUDFRONT', Limit: 100 }, { RuleGroups: [] }),
        answer('wafv2', 'eu-west-1', 'GetRuleGroup', { Name: 'geo', Scope: 'REGIONAL', Id: 'id-geo' }, { RuleGroup: { ...group('eu-west-1', 'regional', 'geo'), Capacity: 1, Rules: [], VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'geo' } } }),
      ],
      ['eu-west-1'],
      'eu-west-1',
    );
    const listings = await loader.load('wafv2.ruleGroups', 'eu-west-1');
    expect(listings.map((l) => [l.scope, l.result.ok ? l.result.value.map((g) => [g.summary.Name, g.group.ok]) : 'error'])).toEqual([
      ['REGIONAL', [['geo', true]]],
      ['CLOUDFRONT', []],
    ]);
    expect(sent.map((r) => `${r.operation}@${r.region}`).sort()).toEqual(['GetRuleGroup@eu-west-1', 'ListRuleGroups@eu-west-1', 'ListRuleGroups@us-east-1']);
  });
});
