// The fake AWS's answers for the services of account-services.mjs: paging as each service pages
// when the caller names no page size (and up to the most it gives when the caller names one), the
// "not configured" and "not found" codes each uses, and the request-rate buckets AWS documents for
// them (cited by the catalogue modules, src/aws/services/*.ts).

const notFound = (code, message, status = 404) => ({ error: { code, message, status } });
const ok = (output) => ({ output });
/** The object without the generator's bookkeeping members. */
const without = (obj, ...keys) => Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));

/**
 * How each listing pages: the input member that names a page size, the continuation token in and
 * out, the page size when none is named and the most the service gives. AWS does not document
 * every default; where it does not, the value is the service's maximum or 100 (see
 * docs/performance.md).
 */
const P = {
  accessanalyzer: { input: 'maxResults', token: 'nextToken', outToken: 'nextToken', default: 100, max: 1000 },
  acm: { input: 'MaxItems', token: 'NextToken', outToken: 'NextToken', default: 1000, max: 1000 },
  apigateway: { input: 'limit', token: 'position', outToken: 'position', default: 25, max: 500 },
  apigatewayv2: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 100, max: 500 },
  'application-autoscaling': { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 50, max: 50 },
  backup: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 100, max: 1000 },
  cloudwatch: { input: 'MaxRecords', token: 'NextToken', outToken: 'NextToken', default: 50, max: 100 },
  dax: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 100, max: 100 },
  ecr: { input: 'maxResults', token: 'nextToken', outToken: 'nextToken', default: 100, max: 1000 },
  'efs:DescribeFileSystems': { input: 'MaxItems', token: 'Marker', outToken: 'NextMarker', default: 100, max: 100 },
  'efs:DescribeMountTargets': { input: 'MaxItems', token: 'Marker', outToken: 'NextMarker', default: 10, max: 100 },
  'efs:DescribeAccessPoints': { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 100, max: 100 },
  elasticache: { input: 'MaxRecords', token: 'Marker', outToken: 'Marker', default: 100, max: 100 },
  guardduty: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 50, max: 50 },
  lambda: { input: 'MaxItems', token: 'Marker', outToken: 'NextMarker', default: 50, max: 50 },
  logs: { input: 'limit', token: 'nextToken', outToken: 'nextToken', default: 50, max: 50 },
  redshift: { input: 'MaxRecords', token: 'Marker', outToken: 'Marker', default: 100, max: 100 },
  'redshift-serverless': { input: 'maxResults', token: 'nextToken', outToken: 'nextToken', default: 100, max: 100 },
  secretsmanager: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 100, max: 100 },
  securityhub: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 100, max: 100 },
  shield: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 20, max: 10_000 },
  sns: { input: undefined, token: 'NextToken', outToken: 'NextToken', default: 100, max: 100 },
  // ListQueues hands out a NextToken only when MaxResults is sent; without it, up to 1,000 URLs.
  sqs: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 1000, max: 1000, tokenOnlyWhenAsked: true },
  ssm: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 50, max: 50 },
  'ssm:DescribeDocumentPermission': { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: 200, max: 200 },
  'dynamodb:ListTagsOfResource': { input: undefined, token: 'NextToken', outToken: 'NextToken', default: 50, max: 50 },
};

/** The continuation-token members of these listings: a listing is its request without them. */
export const SERVICE_TOKEN_PARAMS = ['position', 'nextToken', 'NextToken', 'Marker', 'NextMarker', 'ExclusiveStartTableName'];

function specOf(service, operation) {
  return P[`${service}:${operation}`] ?? P[service];
}

function page(service, operation, params, items, member) {
  const spec = specOf(service, operation);
  const asked = spec.input ? Number(params[spec.input]) : NaN;
  const size = Number.isFinite(asked) && asked > 0 ? Math.min(asked, spec.max) : spec.default;
  const token = params[spec.token];
  const start = token ? Number(Buffer.from(String(token), 'base64').toString('utf8').slice(2)) : 0;
  const end = Math.min(items.length, start + size);
  const out = { [member]: items.slice(start, end) };
  if (end < items.length && !(spec.tokenOnlyWhenAsked && !Number.isFinite(asked))) out[spec.outToken] = Buffer.from(`p:${end}`).toString('base64');
  return out;
}

/**
 * AWS WAF's paging: a NextMarker with every page that holds items, the last one included; the
 * page after the last comes back empty (and without a marker).
 */
function wafPage(params, items, member) {
  const size = Math.min(Number(params.Limit) || 100, 100);
  const start = params.NextMarker ? Number(Buffer.from(String(params.NextMarker), 'base64').toString('utf8').slice(2)) : 0;
  const end = Math.min(items.length, start + size);
  const out = { [member]: items.slice(start, end) };
  if (end > start) out.NextMarker = Buffer.from(`p:${end}`).toString('base64');
  return out;
}

/** Request-rate buckets per account and Region, as the catalogue modules cite AWS's quotas. */
export const SERVICE_BUCKETS = {
  // Lambda: control plane requests 15 per second, GetPolicy 15 per second of its own.
  lambda: [{ capacity: 15, refillPerSecond: 15, key: (r) => `${r.region}|${r.operation === 'GetPolicy' ? 'GetPolicy' : 'control'}`, code: 'TooManyRequestsException', status: 429 }],
  // API Gateway: "Total operations" 10 per second, bursts of 40, REST and HTTP/WebSocket APIs
  // together; GetResources 5 every 2 seconds.
  apigateway: [
    { capacity: 40, refillPerSecond: 10, key: (r) => `total|${r.region}`, group: 'apigateway', code: 'TooManyRequestsException', status: 429 },
    { capacity: 5, refillPerSecond: 2.5, key: (r) => `${r.region}|GetResources`, applies: (r) => r.operation === 'GetResources', code: 'TooManyRequestsException', status: 429 },
  ],
  apigatewayv2: [{ capacity: 40, refillPerSecond: 10, key: (r) => `total|${r.region}`, group: 'apigateway', code: 'TooManyRequestsException', status: 429 }],
  // ACM: DescribeCertificate 10 per second.
  acm: [{ capacity: 10, refillPerSecond: 10, key: (r) => `${r.region}|DescribeCertificate`, applies: (r) => r.operation === 'DescribeCertificate', code: 'ThrottlingException', status: 400 }],
  // Secrets Manager: GetResourcePolicy 50 per second (shared with the policy writes), ListSecrets 100.
  secretsmanager: [
    { capacity: 50, refillPerSecond: 50, key: (r) => `${r.region}|GetResourcePolicy`, applies: (r) => r.operation === 'GetResourcePolicy', code: 'ThrottlingException', status: 400 },
    { capacity: 100, refillPerSecond: 100, key: (r) => `${r.region}|ListSecrets`, applies: (r) => r.operation === 'ListSecrets', code: 'ThrottlingException', status: 400 },
  ],
  // CloudWatch Logs: DescribeLogGroups and DescribeMetricFilters 5 per second each.
  logs: [{ capacity: 5, refillPerSecond: 5, key: (r) => `${r.region}|${r.operation}`, applies: (r) => r.operation === 'DescribeLogGroups' || r.operation === 'DescribeMetricFilters', code: 'ThrottlingException', status: 400 }],
  // CloudWatch: DescribeAlarms 9 per second.
  cloudwatch: [{ capacity: 9, refillPerSecond: 9, key: (r) => `${r.region}|${r.operation}`, code: 'Throttling', status: 400 }],
  // SNS: ListTopics and ListSubscriptionsByTopic 30 per second each.
  sns: [{ capacity: 30, refillPerSecond: 30, key: (r) => `${r.region}|${r.operation}`, applies: (r) => r.operation === 'ListTopics' || r.operation === 'ListSubscriptionsByTopic', code: 'Throttling', status: 400 }],
  // Security Hub: every operation but GetFindings 10 per second, bursts of 30.
  securityhub: [{ capacity: 30, refillPerSecond: 10, key: (r) => `${r.region}|${r.operation}`, code: 'TooManyRequestsException', status: 429 }],
  // DynamoDB: control-plane requests 2,500 per second.
  dynamodb: [{ capacity: 2500, refillPerSecond: 2500, key: (r) => r.region, code: 'ThrottlingException', status: 400 }],
};

/** The answer to one request of a service of account-services.mjs, or undefined when the operation is not one of theirs. */
export function respondServices(account, { service, region, operation, params }) {
  const R = account.regional[region];
  const g = account.global;
  switch (`${service}:${operation}`) {
    // ACM
    case 'acm:ListCertificates': {
      const statuses = params.CertificateStatuses ?? [];
      const keyTypes = params.Includes?.keyTypes ?? ['RSA_1024', 'RSA_2048'];
      const summaries = R.acm.certificates
        .filter((c) => (statuses.length === 0 || statuses.includes(c.Status)) && keyTypes.includes(c.KeyAlgorithm))
        .map((c) => ({
          CertificateArn: c.CertificateArn,
          DomainName: c.DomainName,
          SubjectAlternativeNameSummaries: c.SubjectAlternativeNames,
          HasAdditionalSubjectAlternativeNames: false,
          Status: c.Status,
          Type: c.Type,
          KeyAlgorithm: c.KeyAlgorithm,
          KeyUsages: ['DIGITAL_SIGNATURE', 'KEY_ENCIPHERMENT'],
          ExtendedKeyUsages: ['TLS_WEB_SERVER_AUTHENTICATION'],
          InUse: c.InUseBy.length > 0,
          Exported: false,
          RenewalEligibility: c.RenewalEligibility,
          NotBefore: c.NotBefore,
          NotAfter: c.NotAfter,
          CreatedAt: c.CreatedAt,
          ...(c.IssuedAt ? { IssuedAt: c.IssuedAt } : {}),
          ...(c.ImportedAt ? { ImportedAt: c.ImportedAt } : {}),
        }));
      return ok(page(service, operation, params, summaries, 'CertificateSummaryList'));
    }
    case 'acm:DescribeCertificate': {
      const c = R.acm.certificates.find((x) => x.CertificateArn === params.CertificateArn);
      return c ? ok({ Certificate: c }) : notFound('ResourceNotFoundException', `Could not find certificate ${params.CertificateArn}.`, 400);
    }

    // API Gateway (REST)
    case 'apigateway:GetRestApis':
      return ok(page(service, operation, params, R.apigateway.restApis.map((a) => a.api), 'items'));
    case 'apigateway:GetStages': {
      const api = R.apigateway.restApis.find((a) => a.api.id === params.restApiId);
      return api ? ok({ item: api.stages }) : notFound('NotFoundException', 'Invalid API identifier specified');
    }
    case 'apigateway:GetResources': {
      const api = R.apigateway.restApis.find((a) => a.api.id === params.restApiId);
      if (!api) return notFound('NotFoundException', 'Invalid API identifier specified');
      // Without embed=methods, resources come without their methods' details.
      const embed = String(params.embed ?? '').includes('methods');
      return ok(page(service, operation, params, embed ? api.resources : api.resources.map((x) => without(x, 'resourceMethods')), 'items'));
    }
    case 'apigateway:GetDomainNames':
      return ok(page(service, operation, params, R.apigateway.domainNames, 'items'));
    case 'apigateway:GetUsagePlans':
      return ok(page(service, operation, params, R.apigateway.usagePlans, 'items'));
    case 'apigateway:GetAccount':
      return ok(R.apigateway.account);

    // API Gateway (HTTP and WebSocket)
    case 'apigatewayv2:GetApis':
      return ok(page(service, operation, params, R.apigatewayv2.apis.map((a) => a.api), 'Items'));
    case 'apigatewayv2:GetStages':
    case 'apigatewayv2:GetRoutes':
    case 'apigatewayv2:GetIntegrations': {
      const api = R.apigatewayv2.apis.find((a) => a.api.ApiId === params.ApiId);
      if (!api) return notFound('NotFoundException', `Invalid API identifier specified ${params.ApiId}`);
      const items = operation === 'GetStages' ? api.stages : operation === 'GetRoutes' ? api.routes : api.integrations;
      return ok(page(service, operation, params, items, 'Items'));
    }
    case 'apigatewayv2:GetDomainNames':
      return ok(page(service, operation, params, R.apigatewayv2.domainNames, 'Items'));

    // CloudFront (global, through us-east-1)
    case 'cloudfront:ListDistributions': {
      const all = g.cloudfront.distributions;
      const size = Math.min(Number(params.MaxItems) || 100, 1000);
      const start = params.Marker ? all.findIndex((d) => d.summary.Id === params.Marker) + 1 : 0;
      const items = all.slice(start, start + size).map((d) => d.summary);
      const truncated = start + size < all.length;
      return ok({ DistributionList: { Marker: params.Marker ?? '', MaxItems: size, IsTruncated: truncated, Quantity: items.length, ...(items.length ? { Items: items } : {}), ...(truncated ? { NextMarker: items.at(-1).Id } : {}) } });
    }
    case 'cloudfront:GetDistributionConfig': {
      const d = g.cloudfront.distributions.find((x) => x.summary.Id === params.Id);
      if (!d) return notFound('NoSuchDistribution', 'The specified distribution does not exist.');
      const s = d.summary;
      return ok({
        ETag: s.ETag,
        DistributionConfig: {
          CallerReference: `bench-${s.Id}`,
          Aliases: s.Aliases,
          DefaultRootObject: d.config.DefaultRootObject,
          Origins: s.Origins,
          OriginGroups: s.OriginGroups,
          DefaultCacheBehavior: s.DefaultCacheBehavior,
          CacheBehaviors: s.CacheBehaviors,
          CustomErrorResponses: s.CustomErrorResponses,
          Comment: s.Comment,
          Logging: d.config.Logging,
          PriceClass: s.PriceClass,
          Enabled: s.Enabled,
          ViewerCertificate: s.ViewerCertificate,
          Restrictions: s.Restrictions,
          WebACLId: s.WebACLId,
          HttpVersion: s.HttpVersion,
          IsIPV6Enabled: s.IsIPV6Enabled,
          Staging: false,
        },
      });
    }
    case 's3:HeadBucket': {
      if (g.s3.buckets.some((b) => b.Name === params.Bucket)) return ok({ BucketRegion: g.s3.buckets.find((b) => b.Name === params.Bucket).BucketRegion });
      return g.s3.foreignBuckets?.[params.Bucket] === 'forbidden' ? notFound('Forbidden', 'Forbidden', 403) : notFound('NotFound', 'Not Found', 404);
    }

    // WAF
    case 'wafv2:ListWebACLs':
      return ok(wafPage(params, wafAcls(account, region, params.Scope).map((a) => a.summary), 'WebACLs'));
    case 'wafv2:ListRuleGroups':
      return ok(wafPage(params, params.Scope === 'CLOUDFRONT' ? [] : R.wafv2.ruleGroups.map((x) => x.summary), 'RuleGroups'));
    case 'wafv2:GetWebACL': {
      const acl = wafAcls(account, region, params.Scope).find((a) => a.summary.Id === params.Id && a.summary.Name === params.Name);
      return acl ? ok({ WebACL: acl.acl, LockToken: acl.summary.LockToken, ApplicationIntegrationURL: '' }) : notFound('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.', 400);
    }
    case 'wafv2:GetRuleGroup': {
      const group = R.wafv2.ruleGroups.find((x) => x.summary.Id === params.Id && x.summary.Name === params.Name);
      return group && params.Scope === 'REGIONAL' ? ok({ RuleGroup: group.group, LockToken: group.summary.LockToken }) : notFound('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.', 400);
    }
    case 'wafv2:ListResourcesForWebACL': {
      const acl = R.wafv2.webAcls.find((a) => a.summary.ARN === params.WebACLArn);
      if (!acl) return notFound('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.', 400);
      return ok({ ResourceArns: acl.resources[params.ResourceType ?? 'APPLICATION_LOAD_BALANCER'] ?? [] });
    }
    case 'wafv2:GetWebACLForResource': {
      const acl = R.wafv2.webAcls.find((a) => Object.values(a.resources).some((arns) => arns.includes(params.ResourceArn)));
      return acl ? ok({ WebACL: acl.acl }) : notFound('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.', 400);
    }
    case 'wafv2:GetLoggingConfiguration': {
      const acl = [...R.wafv2.webAcls, ...(region === account.homeRegion ? g.wafCloudfront.webAcls : [])].find((a) => a.summary.ARN === params.ResourceArn);
      return acl?.logging ? ok({ LoggingConfiguration: acl.logging }) : notFound('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.', 400);
    }

    // Shield Advanced (global, through us-east-1)
    case 'shield:GetSubscriptionState':
      return ok({ SubscriptionState: g.shield.state });
    case 'shield:DescribeSubscription':
      return g.shield.state === 'ACTIVE'
        ? ok({ Subscription: { StartTime: new Date(Date.UTC(2025, 0, 1)), TimeCommitmentInSeconds: 31_536_000, AutoRenew: 'ENABLED', ProactiveEngagementStatus: 'DISABLED', SubscriptionLimits: { ProtectionLimits: { ProtectedResourceTypeLimits: [] }, ProtectionGroupLimits: { MaxProtectionGroups: 1000, PatternTypeLimits: { ArbitraryPatternLimits: { MaxMembers: 10_000 } } } } } })
        : notFound('ResourceNotFoundException', 'The subscription does not exist.', 400);
    case 'shield:ListProtections':
      return ok(page(service, operation, params, g.shield.protections, 'Protections'));

    // Lambda
    case 'lambda:ListFunctions':
      return ok(page(service, operation, params, R.lambda.functions, 'Functions'));
    case 'lambda:GetPolicy': {
      const fn = R.lambda.functions.find((f) => f.FunctionName === params.FunctionName || f.FunctionArn === params.FunctionName);
      if (!fn) return notFound('ResourceNotFoundException', `Function not found: ${params.FunctionName}`);
      // An alias's policy is its own: the aliases of the bench account have none.
      const policy = params.Qualifier ? undefined : R.lambda.policies.get(fn.FunctionName);
      return policy ? ok({ Policy: policy, RevisionId: fn.RevisionId }) : notFound('ResourceNotFoundException', 'The resource you requested does not exist.');
    }
    case 'lambda:ListFunctionUrlConfigs': {
      const fn = R.lambda.functions.find((f) => f.FunctionName === params.FunctionName);
      if (!fn) return notFound('ResourceNotFoundException', `Function not found: ${params.FunctionName}`);
      return ok(page(service, operation, params, R.lambda.urls.get(fn.FunctionName) ?? [], 'FunctionUrlConfigs'));
    }

    // Secrets Manager
    case 'secretsmanager:ListSecrets': {
      // A secret replicated from the home Region shows in its replica Region too, naming its primary.
      const replicas = region === account.regions[1] ? account.regional[account.homeRegion].secretsmanager.secrets.filter((s) => s.PrimaryRegion) : [];
      const listed = [...R.secretsmanager.secrets, ...replicas].map((s) => without(s, 'policy', 'ReplicationStatus'));
      return ok(page(service, operation, params, listed, 'SecretList'));
    }
    case 'secretsmanager:GetResourcePolicy': {
      const s = R.secretsmanager.secrets.find((x) => x.ARN === params.SecretId || x.Name === params.SecretId);
      if (!s) return notFound('ResourceNotFoundException', "Secrets Manager can't find the specified secret.", 400);
      return ok({ ARN: s.ARN, Name: s.Name, ...(s.policy ? { ResourcePolicy: s.policy } : {}) });
    }

    // Systems Manager
    case 'ssm:ListDocuments':
      return ok(page(service, operation, params, R.ssm.documents.map((d) => without(d, 'shared')), 'DocumentIdentifiers'));
    case 'ssm:DescribeDocumentPermission': {
      const d = R.ssm.documents.find((x) => x.Name === params.Name);
      if (!d) return notFound('InvalidDocument', 'The specified document does not exist.', 400);
      const out = page(service, operation, params, d.shared, 'AccountIds');
      return ok({ ...out, AccountSharingInfoList: out.AccountIds.map((AccountId) => ({ AccountId, SharedDocumentVersion: 'default' })) });
    }
    case 'ssm:GetServiceSetting': {
      const setting = R.ssm.settings[params.SettingId];
      if (!setting) return notFound('ServiceSettingNotFound', `The service setting ${params.SettingId} was not found.`, 400);
      const [value, status] = setting;
      return ok({ ServiceSetting: { SettingId: params.SettingId, SettingValue: value, LastModifiedDate: new Date(Date.UTC(2025, 5, 3)), LastModifiedUser: status === 'Default' ? 'System' : `arn:aws:iam::${account.id}:role/platform-admin`, ARN: `arn:aws:ssm:${region}:${account.id}:servicesetting${params.SettingId}`, Status: status } });
    }
    case 'ssm:DescribeParameters':
      return ok(page(service, operation, params, R.ssm.parameters, 'Parameters'));
    case 'ssm:DescribeInstanceInformation':
      return ok(page(service, operation, params, R.ssm.managedInstances, 'InstanceInformationList'));
    case 'ssm:ListResourceComplianceSummaries': {
      const type = (params.Filters ?? []).find((f) => f.Key === 'ComplianceType')?.Values?.[0];
      const items = type === 'Patch' ? R.ssm.patchCompliance : type === 'Association' ? R.ssm.associationCompliance : [...R.ssm.patchCompliance, ...R.ssm.associationCompliance];
      return ok(page(service, operation, params, items, 'ResourceComplianceSummaryItems'));
    }

    // GuardDuty
    case 'guardduty:ListDetectors':
      return ok(page(service, operation, params, R.guardduty.detectors.map((d) => d.id), 'DetectorIds'));
    case 'guardduty:GetDetector': {
      const d = R.guardduty.detectors.find((x) => x.id === params.DetectorId);
      if (!d) return notFound('BadRequestException', 'The request is rejected because the input detectorId is not owned by the current account.', 400);
      return ok({ CreatedAt: '2024-05-11T09:12:44.021Z', FindingPublishingFrequency: 'SIX_HOURS', ServiceRole: `arn:aws:iam::${account.id}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`, Status: d.Status, UpdatedAt: '2025-03-04T10:15:00.000Z', Tags: {}, Features: d.Features });
    }

    // Security Hub
    case 'securityhub:DescribeHub':
      return R.securityhub.cspm
        ? ok({ HubArn: `arn:aws:securityhub:${region}:${account.id}:hub/default`, SubscribedAt: '2024-02-06T14:03:11.212Z', AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' })
        : notFound('InvalidAccessException', `Account ${account.id} is not subscribed to AWS Security Hub`, 401);
    case 'securityhub:DescribeSecurityHubV2':
      return R.securityhub.v2 ? ok({ HubV2Arn: `arn:aws:securityhub:${region}:${account.id}:hubv2/${account.id}`, SubscribedAt: '2026-01-15T10:00:00.000Z' }) : notFound('ResourceNotFoundException', 'Security Hub is not enabled for this account.');
    case 'securityhub:GetEnabledStandards':
      return ok(
        page(
          service,
          operation,
          params,
          R.securityhub.standards.map((standard) => ({ StandardsSubscriptionArn: `arn:aws:securityhub:${region}:${account.id}:subscription/${standard}`, StandardsArn: `arn:aws:securityhub:${region}::standards/${standard}`, StandardsInput: {}, StandardsStatus: 'READY', StandardsControlsUpdatable: 'READY_FOR_UPDATES' })),
          'StandardsSubscriptions',
        ),
      );

    // AWS Config
    case 'config:DescribeConfigurationRecorders':
      return ok({ ConfigurationRecorders: R.config.recorders });
    case 'config:DescribeConfigurationRecorderStatus':
      return ok({ ConfigurationRecordersStatus: R.config.statuses ?? [] });
    case 'config:DescribeDeliveryChannels':
      return ok({ DeliveryChannels: R.config.deliveryChannels ?? [] });

    // IAM Access Analyzer
    case 'accessanalyzer:ListAnalyzers':
      return ok(page(service, operation, params, R.accessanalyzer.analyzers.filter((a) => !params.type || a.type === params.type), 'analyzers'));
    case 'accessanalyzer:ListFindings': {
      const analyzer = R.accessanalyzer.analyzers.find((a) => a.arn === params.analyzerArn);
      if (!analyzer) return notFound('ResourceNotFoundException', `Analyzer ${params.analyzerArn} not found`);
      const statuses = params.filter?.status?.eq;
      const findings = R.accessanalyzer.findings.filter((f) => f.analyzerArn === analyzer.arn && (!statuses || statuses.includes(f.status))).map((f) => without(f, 'analyzerArn'));
      return ok(page(service, operation, params, findings, 'findings'));
    }

    // CloudWatch
    case 'cloudwatch:DescribeAlarms': {
      const types = params.AlarmTypes ?? ['MetricAlarm'];
      const all = [...(types.includes('MetricAlarm') ? R.cloudwatch.metricAlarms.map((a) => ['MetricAlarms', a]) : []), ...(types.includes('CompositeAlarm') ? R.cloudwatch.compositeAlarms.map((a) => ['CompositeAlarms', a]) : [])];
      const out = page(service, operation, params, all, 'entries');
      const answer = { MetricAlarms: [], CompositeAlarms: [], ...(out.NextToken ? { NextToken: out.NextToken } : {}) };
      for (const [list, alarm] of out.entries) answer[list].push(alarm);
      return ok(answer);
    }

    // CloudWatch Logs
    case 'logs:DescribeLogGroups':
      return ok(page(service, operation, params, R.logs.logGroups, 'logGroups'));
    case 'logs:DescribeMetricFilters': {
      if (params.logGroupName && !R.logs.logGroups.some((x) => x.logGroupName === params.logGroupName)) return notFound('ResourceNotFoundException', 'The specified log group does not exist.', 400);
      return ok(page(service, operation, params, R.logs.metricFilters[params.logGroupName] ?? [], 'metricFilters'));
    }
    case 'logs:DescribeDeliverySources':
      return ok(page(service, operation, params, R.logs.deliverySources, 'deliverySources'));
    case 'logs:DescribeDeliveries':
      return ok(page(service, operation, params, R.logs.deliveries, 'deliveries'));

    // SNS
    case 'sns:ListTopics':
      return ok(page(service, operation, params, R.sns.topics.map((t) => ({ TopicArn: t.arn })), 'Topics'));
    case 'sns:GetTopicAttributes': {
      const t = R.sns.topics.find((x) => x.arn === params.TopicArn);
      return t ? ok({ Attributes: t.attributes }) : notFound('NotFound', 'Topic does not exist');
    }
    case 'sns:ListSubscriptionsByTopic': {
      const t = R.sns.topics.find((x) => x.arn === params.TopicArn);
      return t ? ok(page(service, operation, params, t.subscriptions.map((s) => without(s, 'serial')), 'Subscriptions')) : notFound('NotFound', 'Topic does not exist');
    }

    // SQS
    case 'sqs:ListQueues':
      return ok(page(service, operation, params, R.sqs.queues.map((q) => q.url), 'QueueUrls'));
    case 'sqs:GetQueueAttributes': {
      const q = R.sqs.queues.find((x) => x.url === params.QueueUrl);
      return q ? ok({ Attributes: q.attributes }) : notFound('QueueDoesNotExist', 'The specified queue does not exist.', 400);
    }

    // DynamoDB, Application Auto Scaling and DAX
    case 'dynamodb:ListTables': {
      const names = R.dynamodb.tables.map((t) => t.name).sort();
      const start = params.ExclusiveStartTableName ? names.findIndex((n) => n > params.ExclusiveStartTableName) : 0;
      const from = start < 0 ? names.length : start;
      const size = Math.min(Number(params.Limit) || 100, 100);
      const slice = names.slice(from, from + size);
      return ok({ TableNames: slice, ...(from + size < names.length ? { LastEvaluatedTableName: slice.at(-1) } : {}) });
    }
    case 'dynamodb:DescribeTable': {
      const t = R.dynamodb.tables.find((x) => x.name === params.TableName);
      return t ? ok({ Table: t.description }) : notFound('ResourceNotFoundException', `Requested resource not found: Table: ${params.TableName} not found`, 400);
    }
    case 'dynamodb:DescribeContinuousBackups': {
      const t = R.dynamodb.tables.find((x) => x.name === params.TableName);
      if (!t) return notFound('TableNotFoundException', `Table not found: ${params.TableName}`, 400);
      return ok({
        ContinuousBackupsDescription: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: t.pitr ? { PointInTimeRecoveryStatus: 'ENABLED', RecoveryPeriodInDays: 35, EarliestRestorableDateTime: new Date(Date.now() - 35 * 86_400_000), LatestRestorableDateTime: new Date(Date.now() - 300_000) } : { PointInTimeRecoveryStatus: 'DISABLED' },
        },
      });
    }
    case 'dynamodb:ListTagsOfResource': {
      const t = R.dynamodb.tables.find((x) => x.description.TableArn === params.ResourceArn);
      if (!t) return notFound('ResourceNotFoundException', `Requested resource not found: ResourcearN: ${params.ResourceArn} not found`, 400);
      return ok(page(service, operation, params, Object.entries(t.tags).map(([Key, Value]) => ({ Key, Value })), 'Tags'));
    }
    case 'application-autoscaling:DescribeScalableTargets':
      return ok(page(service, operation, params, params.ServiceNamespace === 'dynamodb' ? R.dynamodb.scalableTargets : [], 'ScalableTargets'));
    case 'dax:DescribeClusters':
      return ok(page(service, operation, params, R.dax.clusters, 'Clusters'));

    // EFS
    case 'efs:DescribeFileSystems':
      return ok(page(service, operation, params, R.efs.fileSystems.map((f) => f.description), 'FileSystems'));
    case 'efs:DescribeFileSystemPolicy':
    case 'efs:DescribeBackupPolicy':
    case 'efs:DescribeMountTargets':
    case 'efs:DescribeAccessPoints': {
      const f = R.efs.fileSystems.find((x) => x.description.FileSystemId === params.FileSystemId);
      if (!f) return notFound('FileSystemNotFound', `File system '${params.FileSystemId}' does not exist.`);
      if (operation === 'DescribeFileSystemPolicy') return f.policy ? ok({ FileSystemId: params.FileSystemId, Policy: f.policy }) : notFound('PolicyNotFound', `File System '${params.FileSystemId}' does not have a policy`);
      if (operation === 'DescribeBackupPolicy') return f.backup ? ok({ BackupPolicy: { Status: f.backup } }) : notFound('PolicyNotFound', `File System '${params.FileSystemId}' does not have a backup policy`);
      return operation === 'DescribeMountTargets' ? ok(page(service, operation, params, f.mountTargets, 'MountTargets')) : ok(page(service, operation, params, f.accessPoints, 'AccessPoints'));
    }

    // ElastiCache
    case 'elasticache:DescribeReplicationGroups':
      return ok(page(service, operation, params, R.elasticache.replicationGroups, 'ReplicationGroups'));
    case 'elasticache:DescribeCacheClusters':
      return ok(page(service, operation, params, R.elasticache.cacheClusters, 'CacheClusters'));

    // OpenSearch: every domain in one answer; DescribeDomains takes up to five names.
    case 'opensearch:ListDomainNames':
      return ok({ DomainNames: R.opensearch.domains.map((d) => ({ DomainName: d.DomainName, EngineType: d.EngineVersion.startsWith('Elasticsearch_') ? 'Elasticsearch' : 'OpenSearch' })) });
    case 'opensearch:DescribeDomains': {
      const names = params.DomainNames ?? [];
      if (names.length > 5) return notFound('ValidationException', 'Please provide a maximum of 5 domain names to describe.', 400);
      return ok({ DomainStatusList: R.opensearch.domains.filter((d) => names.includes(d.DomainName)) });
    }

    // Redshift
    case 'redshift:DescribeClusters':
      return ok(page(service, operation, params, R.redshift.clusters.map((c) => without(c, 'logging')), 'Clusters'));
    case 'redshift:DescribeClusterParameters': {
      const parameters = R.redshift.parameters[params.ParameterGroupName];
      return parameters ? ok(page(service, operation, params, parameters, 'Parameters')) : notFound('ClusterParameterGroupNotFound', `ParameterGroup ${params.ParameterGroupName} not found.`);
    }
    case 'redshift:DescribeLoggingStatus': {
      const c = R.redshift.clusters.find((x) => x.ClusterIdentifier === params.ClusterIdentifier);
      return c ? ok(c.logging) : notFound('ClusterNotFound', `Cluster ${params.ClusterIdentifier} not found.`);
    }
    case 'redshift:DescribeClusterSubnetGroups':
      return ok(page(service, operation, params, R.redshift.subnetGroups, 'ClusterSubnetGroups'));
    case 'redshift-serverless:ListNamespaces':
      return ok(page(service, operation, params, R.redshiftServerless.namespaces, 'namespaces'));
    case 'redshift-serverless:ListWorkgroups':
      return ok(page(service, operation, params, R.redshiftServerless.workgroups, 'workgroups'));

    // ECR
    case 'ecr:DescribeRepositories':
      return ok(page(service, operation, params, R.ecr.repositories.map((x) => x.repository), 'repositories'));
    case 'ecr:GetRepositoryPolicy':
    case 'ecr:GetLifecyclePolicy': {
      const repo = R.ecr.repositories.find((x) => x.repository.repositoryName === params.repositoryName);
      if (!repo) return notFound('RepositoryNotFoundException', `The repository with name '${params.repositoryName}' does not exist in the registry with id '${account.id}'`, 400);
      if (operation === 'GetRepositoryPolicy') {
        return repo.policy
          ? ok({ registryId: account.id, repositoryName: params.repositoryName, policyText: repo.policy })
          : notFound('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${params.repositoryName}' in the registry with id '${account.id}'`, 400);
      }
      return repo.lifecycle
        ? ok({ registryId: account.id, repositoryName: params.repositoryName, lifecyclePolicyText: repo.lifecycle, lastEvaluatedAt: new Date(Date.now() - 86_400_000) })
        : notFound('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository with name '${params.repositoryName}' in the registry with id '${account.id}'`, 400);
    }
    case 'ecr:GetRegistryScanningConfiguration':
      return ok({ registryId: account.id, scanningConfiguration: R.ecr.scanning });

    // AWS Backup
    case 'backup:DescribeRegionSettings':
      return ok({ ResourceTypeOptInPreference: R.backup.optIn, ResourceTypeManagementPreference: { DynamoDB: true, EFS: true } });
    case 'backup:ListBackupPlans':
      return ok(page(service, operation, params, R.backup.plans.map((p) => without(p, 'selections')), 'BackupPlansList'));
    case 'backup:ListBackupSelections': {
      const plan = R.backup.plans.find((p) => p.BackupPlanId === params.BackupPlanId);
      if (!plan) return notFound('ResourceNotFoundException', `Failed reading Backup plan with provided version`, 400);
      return ok(page(service, operation, params, plan.selections.map((s) => ({ SelectionId: s.id, SelectionName: s.value.SelectionName, BackupPlanId: plan.BackupPlanId, CreationDate: plan.CreationDate, IamRoleArn: s.value.IamRoleArn })), 'BackupSelectionsList'));
    }
    case 'backup:GetBackupSelection': {
      const plan = R.backup.plans.find((p) => p.BackupPlanId === params.BackupPlanId);
      const selection = plan?.selections.find((s) => s.id === params.SelectionId);
      return selection ? ok({ BackupSelection: selection.value, SelectionId: selection.id, BackupPlanId: plan.BackupPlanId, CreationDate: plan.CreationDate }) : notFound('ResourceNotFoundException', 'Selection not found', 400);
    }
    case 'backup:ListBackupVaults':
      return ok(page(service, operation, params, R.backup.vaults.map((v) => without(v, 'points')), 'BackupVaultList'));
    case 'backup:ListRecoveryPointsByBackupVault': {
      const vault = R.backup.vaults.find((v) => v.BackupVaultName === params.BackupVaultName);
      return vault ? ok(page(service, operation, params, vault.points, 'RecoveryPoints')) : notFound('ResourceNotFoundException', `Backup vault ${params.BackupVaultName} does not exist`, 400);
    }

    default:
      return undefined;
  }
}

/** Web ACLs of a scope in a Region: CLOUDFRONT scope only through the home Region. */
function wafAcls(account, region, scope) {
  if (scope === 'CLOUDFRONT') return region === account.homeRegion ? account.global.wafCloudfront.webAcls : [];
  return account.regional[region].wafv2.webAcls;
}
