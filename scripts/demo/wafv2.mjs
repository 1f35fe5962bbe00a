// Recorded AWS WAF (WAFv2) calls of the demo account: regional web ACLs in us-east-1 and
// eu-west-1, the CloudFront-scope web ACL (read through us-east-1), customer rule groups, logging
// configurations and what each regional web ACL protects.
// - prod-web-acl (us-east-1): the core rule set blocking, known bad inputs, a rate limit, logging;
//   protects the prod-web ALB (legacy-admin has no web ACL);
// - staging-acl (us-east-1): created and forgotten, no rules, no logging, associated with nothing;
// - eu-web-acl (eu-west-1): the core rule set in Count and a rate-based rule that only counts, one
//   rule without CloudWatch metrics; protects the eu-web ALB;
// - edge-acl (CloudFront scope): the shop distribution's, blocking, with a challenge rate limit.
// AWS sends a NextMarker with the last page of ListWebACLs; the page after it is empty.

const ACCOUNT = '123456789012';
const call = (region, operation, input, output) => ({ service: 'wafv2', region, operation, input, output });
const refused = (region, operation, input, code, message) => ({ service: 'wafv2', region, operation, input, error: { code, message, httpStatus: 400 } });
const visibility = (MetricName, CloudWatchMetricsEnabled = true) => ({ SampledRequestsEnabled: true, CloudWatchMetricsEnabled, MetricName });
const place = (region, scope) => ({ region, scope, path: scope === 'CLOUDFRONT' ? 'global' : 'regional' });
const albArn = (region, path) => `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/app/${path}`;

const managed = (Name, Priority, group, extra = {}, statement = {}) => ({
  Name,
  Priority,
  Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: group, ...statement } },
  OverrideAction: { None: {} },
  VisibilityConfig: visibility(Name),
  ...extra,
});
const rateBased = (Name, Priority, action, Limit, metrics = true) => ({
  Name,
  Priority,
  Statement: { RateBasedStatement: { Limit, EvaluationWindowSec: 300, AggregateKeyType: 'IP' } },
  Action: { [action]: {} },
  VisibilityConfig: visibility(Name, metrics),
});
const geoBlock = (Name, Priority, metrics = true) => ({
  Name,
  Priority,
  Statement: { GeoMatchStatement: { CountryCodes: ['KP', 'IR'] } },
  Action: { Block: {} },
  VisibilityConfig: visibility(Name, metrics),
});

const webAcl = ({ region, scope, path }, Name, id, Rules, logging, resources = {}) => ({
  region,
  scope,
  summary: { Name, Id: id, Description: '', LockToken: `lock-${id.slice(0, 8)}`, ARN: `arn:aws:wafv2:${region}:${ACCOUNT}:${path}/webacl/${Name}/${id}` },
  acl: {
    Name,
    Id: id,
    ARN: `arn:aws:wafv2:${region}:${ACCOUNT}:${path}/webacl/${Name}/${id}`,
    DefaultAction: { Allow: {} },
    Description: '',
    Rules,
    VisibilityConfig: visibility(Name),
    Capacity: Rules.length ? 1200 : 0,
    ManagedByFirewallManager: false,
    LabelNamespace: `awswaf:${ACCOUNT}:webacl:${Name}:`,
    RetrofittedByFirewallManager: false,
  },
  logging,
  resources,
});

const US = place('us-east-1', 'REGIONAL');
const EU = place('eu-west-1', 'REGIONAL');
const EDGE = place('us-east-1', 'CLOUDFRONT');

const WEB_ACLS = [
  webAcl(
    US,
    'prod-web-acl',
    'b7e4c1a9-2d6f-4e8b-a3c5-9f1d7e2b4a60',
    [
      managed('AWS-AWSManagedRulesCommonRuleSet', 0, 'AWSManagedRulesCommonRuleSet', {}, { RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }] }),
      managed('AWS-AWSManagedRulesKnownBadInputsRuleSet', 1, 'AWSManagedRulesKnownBadInputsRuleSet'),
      rateBased('per-ip-2000', 2, 'Block', 2000),
      { Name: 'geo-block', Priority: 3, Statement: { RuleGroupReferenceStatement: { ARN: `arn:aws:wafv2:us-east-1:${ACCOUNT}:regional/rulegroup/geo-block/6c2e8a4f-1d3b-4f5e-9a7c-0b2d4f6a8c1e` } }, OverrideAction: { None: {} }, VisibilityConfig: visibility('geo-block') },
    ],
    { ResourceArn: '', LogDestinationConfigs: [`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:aws-waf-logs-prod-web`], LogType: 'WAF_LOGS', LogScope: 'CUSTOMER', ManagedByFirewallManager: false },
    { APPLICATION_LOAD_BALANCER: [albArn('us-east-1', 'prod-web/50dc6c495c0c9188')] },
  ),
  webAcl(US, 'staging-acl', 'd2f6a0c4-8b1e-4d3f-b5a7-1c9e3f5b7d02', [], null),
  webAcl(
    EU,
    'eu-web-acl',
    'e9a3c5f7-4b2d-4f6a-8c0e-3d5f7b9a1c24',
    [
      managed('AWS-AWSManagedRulesCommonRuleSet', 0, 'AWSManagedRulesCommonRuleSet', { OverrideAction: { Count: {} } }),
      managed('AWS-AWSManagedRulesSQLiRuleSet', 1, 'AWSManagedRulesSQLiRuleSet'),
      rateBased('per-ip-observe', 2, 'Count', 1000),
      geoBlock('sanctioned-countries', 3, false),
    ],
    { ResourceArn: '', LogDestinationConfigs: [`arn:aws:firehose:eu-west-1:${ACCOUNT}:deliverystream/aws-waf-logs-eu-web`], LogType: 'WAF_LOGS', LogScope: 'CUSTOMER', ManagedByFirewallManager: false },
    { APPLICATION_LOAD_BALANCER: [albArn('eu-west-1', 'eu-web/a1b2c3d4e5f60718')] },
  ),
  webAcl(
    EDGE,
    'edge-acl',
    '3f9a1c2e-7b4d-4e8a-9c6f-0d2b5e8a1c47',
    [
      managed('AWS-AWSManagedRulesCommonRuleSet', 0, 'AWSManagedRulesCommonRuleSet'),
      managed('AWS-AWSManagedRulesAmazonIpReputationList', 1, 'AWSManagedRulesAmazonIpReputationList'),
      rateBased('per-ip-challenge', 2, 'Challenge', 500),
    ],
    { ResourceArn: '', LogDestinationConfigs: [`arn:aws:s3:::aws-waf-logs-acme-edge-${ACCOUNT}`], LogType: 'WAF_LOGS', LogScope: 'CUSTOMER', ManagedByFirewallManager: false },
  ),
];

const ruleGroup = ({ region, scope, path }, Name, id, Rules) => ({
  region,
  scope,
  summary: { Name, Id: id, Description: '', LockToken: `lock-${id.slice(0, 8)}`, ARN: `arn:aws:wafv2:${region}:${ACCOUNT}:${path}/rulegroup/${Name}/${id}` },
  group: { Name, Id: id, Capacity: 50, ARN: `arn:aws:wafv2:${region}:${ACCOUNT}:${path}/rulegroup/${Name}/${id}`, Description: '', Rules, VisibilityConfig: visibility(Name), LabelNamespace: `awswaf:${ACCOUNT}:rulegroup:${Name}:` },
});

const RULE_GROUPS = [
  ruleGroup(US, 'geo-block', '6c2e8a4f-1d3b-4f5e-9a7c-0b2d4f6a8c1e', [geoBlock('sanctioned-countries', 0)]),
  ruleGroup(EU, 'legacy-blocklist', '8e4a0c6f-2b5d-4a7e-9c1f-3e5a7c9e1b36', [geoBlock('old-partner-block', 0, false), rateBased('login-burst', 1, 'Block', 100, false)]),
];

const RESOURCE_TYPES = ['APPLICATION_LOAD_BALANCER', 'API_GATEWAY', 'APPSYNC', 'COGNITO_USER_POOL', 'APP_RUNNER_SERVICE', 'VERIFIED_ACCESS_INSTANCE', 'AGENTCORE_GATEWAY'];

/** AWS's paging: a NextMarker with the last page, then an empty page. */
const listing = (operation, key, region, scope, items) =>
  items.length
    ? [
        call(region, operation, { Scope: scope, Limit: 100 }, { [key]: items, NextMarker: items[items.length - 1].Name }),
        call(region, operation, { Scope: scope, Limit: 100, NextMarker: items[items.length - 1].Name }, { [key]: [] }),
      ]
    : [call(region, operation, { Scope: scope, Limit: 100 }, { [key]: [] })];

const SCOPES = [US, EU, EDGE];

export default [
  ...SCOPES.flatMap(({ region, scope }) => listing('ListWebACLs', 'WebACLs', region, scope, WEB_ACLS.filter((a) => a.region === region && a.scope === scope).map((a) => a.summary))),
  ...SCOPES.flatMap(({ region, scope }) => listing('ListRuleGroups', 'RuleGroups', region, scope, RULE_GROUPS.filter((g) => g.region === region && g.scope === scope).map((g) => g.summary))),
  ...WEB_ACLS.flatMap((a) => [
    call(a.region, 'GetWebACL', { Name: a.summary.Name, Scope: a.scope, Id: a.summary.Id }, { WebACL: a.acl, LockToken: a.summary.LockToken, ApplicationIntegrationURL: '' }),
    a.logging
      ? call(a.region, 'GetLoggingConfiguration', { ResourceArn: a.summary.ARN }, { LoggingConfiguration: { ...a.logging, ResourceArn: a.summary.ARN } })
      : refused(a.region, 'GetLoggingConfiguration', { ResourceArn: a.summary.ARN }, 'WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.'),
    // ListResourcesForWebACL serves regional web ACLs only; CloudFront's are named by the distributions.
    ...(a.scope === 'REGIONAL' ? RESOURCE_TYPES.map((type) => call(a.region, 'ListResourcesForWebACL', { WebACLArn: a.summary.ARN, ResourceType: type }, { ResourceArns: a.resources[type] ?? [] })) : []),
  ]),
  ...RULE_GROUPS.map((g) => call(g.region, 'GetRuleGroup', { Name: g.summary.Name, Scope: g.scope, Id: g.summary.Id }, { RuleGroup: g.group, LockToken: g.summary.LockToken })),
];
