// A fake AWS: answers every catalogue operation the datasets call from a synthetic account, pages
// large listings the way each service does, waits a fixed latency per request, enforces EC2's and
// ELB's documented request token buckets, and counts what it sees (requests, duplicates, throttles,
// pages per listing, peak concurrency). It runs in its own process (fake-server.mjs) so that its
// CPU and memory are not charged to the scan. BENCH_DEBUG=1 prints every duplicate request.

import { setTimeout as sleep } from 'node:timers/promises';
import { respondManagement, respondMember } from './fake-org.mjs';
import { respondServices, SERVICE_BUCKETS, SERVICE_TOKEN_PARAMS } from './fake-services.mjs';
import { parseRequest, writeError, writeOutput } from './wire.mjs';

/** Page sizes each service uses when the caller names none, and the largest it accepts. */
const PAGE = {
  ec2: { input: 'MaxResults', token: 'NextToken', outToken: 'NextToken', default: Infinity, max: 1000 },
  iam: { input: 'MaxItems', token: 'Marker', outToken: 'Marker', default: 100, max: 1000, truncated: 'IsTruncated' },
  rds: { input: 'MaxRecords', token: 'Marker', outToken: 'Marker', default: 100, max: 100 },
  elbv2: { input: 'PageSize', token: 'Marker', outToken: 'NextMarker', default: 400, max: 400 },
  kms: { input: 'Limit', token: 'Marker', outToken: 'NextMarker', default: 100, max: 1000, truncated: 'Truncated' },
  s3: { input: 'max-buckets', token: 'continuation-token', outToken: 'ContinuationToken', default: 10_000, max: 10_000 },
  s3control: { input: 'maxResults', token: 'nextToken', outToken: 'NextToken', default: 1000, max: 1000 },
};
const TOKEN_PARAMS = new Set([...Object.values(PAGE).map((p) => p.token), ...SERVICE_TOKEN_PARAMS]);

/**
 * Documented request token buckets (per account and Region): EC2 keeps one per API action for
 * non-mutating actions, ELB one shared by all its Describe* actions; the other services' in
 * fake-services.mjs. A request needs a token of every bucket that applies to it (`applies`, all by
 * default); buckets with the same `group` are shared by several services (API Gateway's two APIs).
 */
const BUCKETS = {
  ec2: [{ capacity: 100, refillPerSecond: 20, key: (r) => `${r.region}|${r.operation}`, code: 'RequestLimitExceeded', status: 503 }],
  elbv2: [{ capacity: 40, refillPerSecond: 10, key: (r) => r.region, code: 'Throttling', status: 400 }],
  ...SERVICE_BUCKETS,
};

/** A token bucket refilled continuously. */
class TokenBucket {
  constructor({ capacity, refillPerSecond }) {
    this.capacity = capacity;
    this.rate = refillPerSecond;
    this.tokens = capacity;
    this.at = performance.now();
  }
  /** Whether a token is there now. */
  available() {
    const now = performance.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.rate);
    this.at = now;
    return this.tokens >= 1;
  }
  take() {
    this.tokens -= 1;
  }
}

export function createFakeAws(account, { latencyMs = 50, enforceRateLimits = true } = {}) {
  const stats = {
    requests: 0,
    duplicates: 0,
    throttled: 0,
    throttledByOperation: {},
    errors: 0,
    byService: {},
    byOperation: {},
    unhandled: {},
    peakInFlight: 0,
    peakInFlightByScope: {},
    /** Requests per throttling scope and operation (`ec2@eu-west-1|DescribeVolumes`): what each client-side limit had to pace. */
    requestsByScope: {},
    /** Total milliseconds the latency timers actually took: they fire late on a busy machine. */
    sleptMs: 0,
    /** Pages served per listing (operation + input without its continuation token). */
    listings: new Map(),
  };
  const seen = new Set();
  const buckets = new Map();
  let inFlight = 0;
  const inFlightByScope = {};
  let requestCounter = 0;

  /** The bucket spec that refuses the request, or undefined when every bucket that applies gives it a token. */
  function throttled(req) {
    if (!enforceRateLimits) return undefined;
    const specs = (BUCKETS[req.service] ?? []).filter((spec) => !spec.applies || spec.applies(req));
    const taken = specs.map((spec) => {
      const key = `${spec.group ?? req.service}|${spec.key(req)}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = new TokenBucket(spec)));
      return [spec, bucket];
    });
    const dry = taken.find(([, bucket]) => !bucket.available());
    if (dry) return dry[0];
    for (const [, bucket] of taken) bucket.take();
    return undefined;
  }

  /**
   * Answers one parsed request `{ service, region, operation, params, identity }` after the
   * latency: `{ output }`, `{ error }`, `{ throttled }` or `{ unhandled }`.
   */
  async function serve(req) {
    const scope = req.service === 'iam' || req.service === 's3' ? req.service : `${req.service}@${req.region}`;
    stats.requests++;
    stats.byService[req.service] = (stats.byService[req.service] ?? 0) + 1;
    const opKey = `${req.service}:${req.operation}`;
    const scopeKey = `${scope}|${req.operation}`;
    stats.requestsByScope[scopeKey] = (stats.requestsByScope[scopeKey] ?? 0) + 1;
    stats.byOperation[opKey] = (stats.byOperation[opKey] ?? 0) + 1;
    if (seen.has(req.identity)) {
      stats.duplicates++;
      if (process.env.BENCH_DEBUG) console.error(`duplicate: ${req.identity}`);
    } else seen.add(req.identity);
    const listingParams = Object.fromEntries(Object.entries(req.params).filter(([k]) => !TOKEN_PARAMS.has(k)));
    const listingKey = `${req.service}|${req.region}|${req.operation}|${JSON.stringify(listingParams)}`;
    stats.listings.set(listingKey, (stats.listings.get(listingKey) ?? 0) + 1);

    inFlight++;
    inFlightByScope[scope] = (inFlightByScope[scope] ?? 0) + 1;
    stats.peakInFlight = Math.max(stats.peakInFlight, inFlight);
    stats.peakInFlightByScope[scope] = Math.max(stats.peakInFlightByScope[scope] ?? 0, inFlightByScope[scope]);
    try {
      let result;
      const refusedBy = throttled(req);
      if (refusedBy) {
        stats.throttled++;
        stats.throttledByOperation[opKey] = (stats.throttledByOperation[opKey] ?? 0) + 1;
        result = { error: { code: refusedBy.code, message: 'Rate exceeded', status: refusedBy.status }, throttled: true };
      } else {
        result = respond(account, req);
        if (result === undefined) {
          stats.unhandled[opKey] = (stats.unhandled[opKey] ?? 0) + 1;
          result = { error: { code: 'InvalidAction', message: `The fake has no answer for ${opKey}`, status: 400 } };
        } else if (result.error) stats.errors++;
      }
      const slept = performance.now();
      await sleep(latencyMs);
      stats.sleptMs += performance.now() - slept;
      return result;
    } finally {
      inFlight--;
      inFlightByScope[scope]--;
    }
  }

  /** Answers one request `{ method, hostname, path, query, headers, body }` as the SDK signed it. */
  async function answer(request) {
    const req = parseRequest(request);
    const result = await serve(req);
    const requestId = `req-${++requestCounter}`;
    const reply = result.error ? writeError(req.service, result.error, requestId) : await writeOutput(req.service, req.operation, result.output, requestId);
    const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
    return { statusCode: reply.statusCode, headers: { ...reply.headers, 'content-length': String(body.length) }, body };
  }

  return { answer, serve, stats };
}

function paged(service, params, items, member) {
  const spec = PAGE[service];
  const asked = Number(params[spec.input]);
  const size = Number.isFinite(asked) && asked > 0 ? Math.min(asked, spec.max) : spec.default;
  const start = params[spec.token] ? Number(Buffer.from(params[spec.token], 'base64').toString('utf8').slice(2)) : 0;
  const end = Math.min(items.length, start + size);
  const out = { [member]: items.slice(start, end) };
  const more = end < items.length;
  if (more) out[spec.outToken] = Buffer.from(`p:${end}`).toString('base64');
  if (spec.truncated) out[spec.truncated] = more;
  return out;
}

const notFound = (code, message, status = 404) => ({ error: { code, message, status } });
/** Strips the generator's bookkeeping fields (lower-case names) so outputs carry only SDK members. */
const sdk = (obj) => Object.fromEntries(Object.entries(obj).filter(([k]) => /^[A-Z]/.test(k)));

/** Repeated form members (`Filter.member.1`, `OwnerId.1`) as a list. */
function listParam(params, prefix) {
  return Object.entries(params)
    .filter(([k]) => k.startsWith(`${prefix}.`))
    .map(([, v]) => v);
}

function respond(account, { service, region, operation, params }) {
  // The organization benchmark's management account answers only what the organization reading asks.
  if (account.management) return respondManagement(account.memberIds, { service, region, operation, params });
  const regional = account.regional[region];
  const g = account.global;
  switch (`${service}:${operation}`) {
    case 'sts:GetCallerIdentity':
      return { output: { Account: account.id, Arn: `arn:aws:iam::${account.id}:role/posture-scanner`, UserId: 'AROAEXAMPLEID:scanner' } };
    case 'ec2:DescribeRegions':
      return { output: { Regions: account.regions.map((r) => ({ RegionName: r, Endpoint: `ec2.${r}.amazonaws.com`, OptInStatus: 'opt-in-not-required' })) } };

    case 'ec2:DescribeInstances':
      return { output: paged('ec2', params, regional.ec2.reservations, 'Reservations') };
    case 'ec2:DescribeVolumes':
      return { output: paged('ec2', params, regional.ec2.volumes, 'Volumes') };
    case 'ec2:DescribeSnapshots':
      return { output: paged('ec2', params, regional.ec2.snapshots.map(sdk), 'Snapshots') };
    case 'ec2:DescribeSnapshotAttribute': {
      const snap = regional.ec2.snapshots.find((s) => s.SnapshotId === params.SnapshotId);
      if (!snap) return notFound('InvalidSnapshot.NotFound', `The snapshot '${params.SnapshotId}' does not exist.`, 400);
      return { output: { SnapshotId: snap.SnapshotId, CreateVolumePermissions: snap.public ? [{ Group: 'all' }] : [] } };
    }
    case 'ec2:DescribeSecurityGroups':
      return { output: paged('ec2', params, regional.ec2.securityGroups, 'SecurityGroups') };
    case 'ec2:DescribeNetworkAcls':
      return { output: paged('ec2', params, regional.ec2.networkAcls, 'NetworkAcls') };
    case 'ec2:DescribeNetworkInterfaces':
      return { output: paged('ec2', params, regional.ec2.networkInterfaces, 'NetworkInterfaces') };
    case 'ec2:DescribeVpcs':
      return { output: paged('ec2', params, regional.ec2.vpcs, 'Vpcs') };
    case 'ec2:DescribeSubnets':
      return { output: paged('ec2', params, regional.ec2.subnets, 'Subnets') };
    case 'ec2:DescribeFlowLogs':
      return { output: paged('ec2', params, regional.ec2.flowLogs, 'FlowLogs') };
    case 'ec2:DescribeVpcEndpoints':
      return { output: paged('ec2', params, regional.ec2.vpcEndpoints, 'VpcEndpoints') };
    case 'ec2:DescribeTransitGateways':
      return { output: paged('ec2', params, regional.ec2.transitGateways, 'TransitGateways') };
    case 'ec2:DescribeClientVpnEndpoints':
      return { output: paged('ec2', params, regional.ec2.clientVpnEndpoints, 'ClientVpnEndpoints') };
    case 'ec2:DescribeVpnConnections':
      return { output: { VpnConnections: regional.ec2.vpnConnections } };
    case 'ec2:DescribeRouteTables':
      return { output: paged('ec2', params, regional.ec2.routeTables, 'RouteTables') };
    case 'ec2:DescribeInternetGateways':
      return { output: paged('ec2', params, regional.ec2.internetGateways, 'InternetGateways') };
    case 'ec2:DescribeManagedPrefixLists':
      // The account's own prefix lists: none (AWS-managed ones are not referenced by the synthetic rules).
      return { output: paged('ec2', params, [], 'PrefixLists') };
    case 'ec2:DescribeImages':
      return { output: paged('ec2', params, regional.ec2.images, 'Images') };
    case 'ec2:DescribeLaunchTemplates':
      return { output: paged('ec2', params, regional.ec2.launchTemplates.map(sdk), 'LaunchTemplates') };
    case 'ec2:DescribeLaunchTemplateVersions': {
      const template = regional.ec2.launchTemplates.find((t) => t.LaunchTemplateId === params.LaunchTemplateId);
      if (!template) return notFound('InvalidLaunchTemplateId.NotFound', `The launch template ID '${params.LaunchTemplateId}' does not exist`, 400);
      return { output: { LaunchTemplateVersions: [template.defaultVersion] } };
    }
    case 'ec2:GetEbsEncryptionByDefault':
      return { output: { EbsEncryptionByDefault: regional.ec2.ebsEncryptionByDefault, SseType: 'sse-ebs' } };
    case 'ec2:GetSnapshotBlockPublicAccessState':
      return { output: { State: regional.ec2.snapshotBlockPublicAccess, ManagedBy: 'account' } };
    case 'ec2:GetInstanceMetadataDefaults':
      return { output: { AccountLevel: regional.ec2.instanceMetadataDefaults } };
    // The account settings that declarative policies govern: set by the account, alternating by Region.
    case 'ec2:GetImageBlockPublicAccessState':
      return { output: { ImageBlockPublicAccessState: regional.ec2.snapshotBlockPublicAccess === 'unblocked' ? 'unblocked' : 'block-new-sharing', ManagedBy: 'account' } };
    case 'ec2:GetSerialConsoleAccessStatus':
      return { output: { SerialConsoleAccessEnabled: regional.ec2.snapshotBlockPublicAccess === 'unblocked', ManagedBy: 'account' } };
    case 'ec2:GetAllowedImagesSettings':
      return { output: { State: regional.ec2.snapshotBlockPublicAccess === 'unblocked' ? 'disabled' : 'enabled', ImageCriteria: [{ ImageProviders: ['amazon'] }], ManagedBy: 'account' } };
    case 'ec2:DescribeVpcBlockPublicAccessOptions':
      return { output: { VpcBlockPublicAccessOptions: regional.ec2.vpcBlockPublicAccess } };

    case 'iam:GetAccountSummary':
      return { output: { SummaryMap: g.iam.summary } };
    case 'iam:GetAccountPasswordPolicy':
      return { output: { PasswordPolicy: g.iam.passwordPolicy } };
    case 'iam:GetCredentialReport':
      return { output: { Content: g.iam.credentialReport, ReportFormat: 'text/csv', GeneratedTime: new Date(Date.now() - 3_600_000) } };
    case 'iam:GenerateCredentialReport':
      return { output: { State: 'COMPLETE', Description: 'No report generation in progress' } };
    case 'iam:ListServerCertificates':
      return { output: paged('iam', params, g.iam.serverCertificates, 'ServerCertificateMetadataList') };
    case 'iam:ListPolicies': {
      const scope = params.Scope ?? 'All';
      const all = [...g.iam.customerPolicies, ...g.iam.attachedPolicies.filter((p) => p.Arn.includes(':aws:policy/'))];
      const chosen = all.filter((p) => (params.OnlyAttached === 'true' ? p.AttachmentCount > 0 : true) && (scope === 'All' || (scope === 'Local') === !p.Arn.includes(':aws:policy/')));
      return { output: paged('iam', params, chosen.map(sdk), 'Policies') };
    }
    case 'iam:GetPolicyVersion': {
      const policy = [...g.iam.customerPolicies, ...g.iam.attachedPolicies].find((p) => p.Arn === params.PolicyArn);
      if (!policy) return notFound('NoSuchEntity', `Policy ${params.PolicyArn} was not found.`);
      return { output: { PolicyVersion: { Document: encodeURIComponent(JSON.stringify(policy.document)), VersionId: params.VersionId, IsDefaultVersion: true, CreateDate: policy.UpdateDate } } };
    }
    case 'iam:ListOrganizationsFeatures':
      return { output: { OrganizationId: 'o-exampleorgid', EnabledFeatures: ['RootCredentialsManagement', 'RootSessions'] } };
    case 'iam:ListVirtualMFADevices':
      return { output: paged('iam', params, g.iam.mfaDevices, 'VirtualMFADevices') };
    case 'iam:GetAccountAuthorizationDetails': {
      const filter = new Set(listParam(params, 'Filter.member'));
      const want = (kind) => filter.size === 0 || filter.has(kind);
      // One sequence of entities paged together, as IAM does: users, groups, roles, then policies.
      const entities = [
        ...(want('User') ? g.iam.users.map((u) => ['UserDetailList', sdk(u)]) : []),
        ...(want('Group') ? g.iam.groups.map((x) => ['GroupDetailList', x]) : []),
        ...(want('Role') ? g.iam.roles.map((x) => ['RoleDetailList', x]) : []),
        ...(want('LocalManagedPolicy')
          ? g.iam.customerPolicies.map((p) => [
              'Policies',
              { ...sdk(p), PolicyVersionList: [{ Document: encodeURIComponent(JSON.stringify(p.document)), VersionId: p.DefaultVersionId, IsDefaultVersion: true, CreateDate: p.UpdateDate }] },
            ])
          : []),
      ];
      const page = paged('iam', params, entities, 'entries');
      const output = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [], IsTruncated: page.IsTruncated, ...(page.Marker ? { Marker: page.Marker } : {}) };
      for (const [list, item] of page.entries) output[list].push(item);
      return { output };
    }
    case 'iam:ListRoles':
      return { output: paged('iam', params, g.iam.roles.map(({ RoleName, RoleId, Arn, Path, CreateDate, AssumeRolePolicyDocument, MaxSessionDuration }) => ({ RoleName, RoleId, Arn, Path, CreateDate, AssumeRolePolicyDocument, MaxSessionDuration })), 'Roles') };
    case 'iam:ListEntitiesForPolicy': {
      const name = params.PolicyArn.split('/').pop();
      const roles = g.iam.roles.filter((r) => r.AttachedManagedPolicies.some((p) => p.PolicyName === name)).map((r) => ({ RoleName: r.RoleName, RoleId: r.RoleId }));
      const users = g.iam.users.filter((u) => u.AttachedManagedPolicies.some((p) => p.PolicyName === name)).map((u) => ({ UserName: u.UserName, UserId: u.UserId }));
      return { output: { PolicyRoles: roles, PolicyUsers: users, PolicyGroups: [], IsTruncated: false } };
    }

    case 's3:ListBuckets':
      return { output: { ...paged('s3', params, g.s3.buckets.map(({ Name, CreationDate, BucketRegion }) => ({ Name, CreationDate, BucketRegion })), 'Buckets'), Owner: { ID: 'c0ffee', DisplayName: 'acme' } } };
    case 's3:GetBucketLocation':
    case 's3:GetBucketPolicy':
    case 's3:GetBucketPolicyStatus':
    case 's3:GetPublicAccessBlock':
    case 's3:GetBucketAcl':
    case 's3:GetBucketEncryption':
    case 's3:GetBucketVersioning':
    case 's3:GetBucketLogging':
    case 's3:GetBucketLifecycleConfiguration':
    case 's3:GetObjectLockConfiguration':
    case 's3:GetBucketOwnershipControls':
    case 's3:GetBucketNotificationConfiguration':
      return bucketRead(account, region, operation, params.Bucket);

    case 's3control:GetPublicAccessBlock':
      return { output: { PublicAccessBlockConfiguration: g.s3.accountPublicAccessBlock } };
    case 's3control:ListAccessPoints':
      return {
        output: paged('s3control', params, regional.s3control.accessPoints.map(({ Name, NetworkOrigin, VpcConfiguration, Bucket, AccessPointArn, Alias, BucketAccountId }) => ({ Name, NetworkOrigin, VpcConfiguration, Bucket, AccessPointArn, Alias, BucketAccountId })), 'AccessPointList'),
      };
    case 's3control:GetAccessPoint': {
      const ap = regional.s3control.accessPoints.find((a) => a.Name === params.Name);
      if (!ap) return notFound('NoSuchAccessPoint', 'The specified accesspoint does not exist');
      return { output: ap };
    }
    case 's3control:ListMultiRegionAccessPoints':
      return { output: { AccessPoints: g.s3.multiRegionAccessPoints } };

    case 'rds:DescribeDBInstances':
      return { output: paged('rds', params, regional.rds.dbInstances, 'DBInstances') };
    case 'rds:DescribeDBClusters':
      return { output: paged('rds', params, regional.rds.dbClusters, 'DBClusters') };
    case 'rds:DescribeDBSnapshots':
      return { output: paged('rds', params, regional.rds.dbSnapshots.map(sdk), 'DBSnapshots') };
    case 'rds:DescribeDBClusterSnapshots':
      return { output: paged('rds', params, regional.rds.dbClusterSnapshots.map(sdk), 'DBClusterSnapshots') };
    case 'rds:DescribeDBSnapshotAttributes': {
      const snap = regional.rds.dbSnapshots.find((s) => s.DBSnapshotIdentifier === params.DBSnapshotIdentifier);
      if (!snap) return notFound('DBSnapshotNotFound', `DBSnapshot ${params.DBSnapshotIdentifier} not found.`);
      return { output: { DBSnapshotAttributesResult: { DBSnapshotIdentifier: snap.DBSnapshotIdentifier, DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: snap.public ? ['all'] : [] }] } } };
    }
    case 'rds:DescribeDBClusterSnapshotAttributes': {
      const snap = regional.rds.dbClusterSnapshots.find((s) => s.DBClusterSnapshotIdentifier === params.DBClusterSnapshotIdentifier);
      if (!snap) return notFound('DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${params.DBClusterSnapshotIdentifier} not found.`);
      return { output: { DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: snap.DBClusterSnapshotIdentifier, DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: snap.public ? ['all'] : [] }] } } };
    }
    case 'rds:DescribeDBParameters':
      return { output: paged('rds', params, dbParameters(regional.rds, params.DBParameterGroupName), 'Parameters') };
    case 'rds:DescribeDBClusterParameters':
      return { output: paged('rds', params, dbClusterParameters(regional.rds, params.DBClusterParameterGroupName), 'Parameters') };
    case 'rds:DescribeDBProxies':
      return { output: paged('rds', params, regional.rds.dbProxies, 'DBProxies') };
    case 'rds:DescribeEventSubscriptions':
      return { output: paged('rds', params, regional.rds.eventSubscriptions, 'EventSubscriptionsList') };

    case 'kms:ListKeys':
      return { output: paged('kms', params, regional.kms.keys.map((k) => ({ KeyId: k.KeyId, KeyArn: k.Arn })), 'Keys') };
    case 'kms:DescribeKey': {
      const key = [...regional.kms.keys, ...(regional.kms.foreignKeys ?? [])].find((k) => k.KeyId === params.KeyId || k.Arn === params.KeyId);
      if (!key) return notFound('NotFoundException', `Key '${params.KeyId}' does not exist`, 400);
      return { output: { KeyMetadata: sdk(key) } };
    }
    case 'kms:GetKeyRotationStatus': {
      const key = regional.kms.keys.find((k) => k.KeyId === params.KeyId);
      if (!key) return notFound('NotFoundException', `Key '${params.KeyId}' does not exist`, 400);
      return { output: { KeyRotationEnabled: key.rotation, KeyId: key.Arn, RotationPeriodInDays: key.rotation ? 365 : undefined } };
    }
    case 'kms:GetKeyPolicy': {
      const key = regional.kms.keys.find((k) => k.KeyId === params.KeyId);
      if (!key) return notFound('NotFoundException', `Key '${params.KeyId}' does not exist`, 400);
      return { output: { Policy: key.policy, PolicyName: 'default' } };
    }

    case 'cloudtrail:DescribeTrails':
      // A multi-Region trail shows in every Region; a single-Region trail only in its home Region.
      return { output: { trailList: g.trails.filter((t) => t.IsMultiRegionTrail || t.HomeRegion === region) } };
    case 'cloudtrail:GetTrailStatus': {
      const trail = g.trails.find((t) => t.TrailARN === params.Name || t.Name === params.Name);
      if (!trail) return notFound('TrailNotFoundException', `Unknown trail: ${params.Name}`, 400);
      return { output: { IsLogging: true, LatestDeliveryTime: new Date(Date.now() - 600_000), StartLoggingTime: new Date(Date.UTC(2024, 0, 1)), LatestCloudWatchLogsDeliveryTime: new Date(Date.now() - 600_000) } };
    }
    case 'cloudtrail:GetEventSelectors': {
      const trail = g.trails.find((t) => t.TrailARN === params.TrailName || t.Name === params.TrailName);
      if (!trail) return notFound('TrailNotFoundException', `Unknown trail: ${params.TrailName}`, 400);
      return {
        output: {
          TrailARN: trail.TrailARN,
          EventSelectors: [{ ReadWriteType: trail.IsMultiRegionTrail ? 'All' : 'WriteOnly', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }], ExcludeManagementEventSources: [] }],
        },
      };
    }

    case 'elbv2:DescribeLoadBalancers':
      return { output: paged('elbv2', params, regional.elbv2.loadBalancers.map(sdk), 'LoadBalancers') };
    case 'elbv2:DescribeListeners': {
      const lb = regional.elbv2.loadBalancers.find((l) => l.LoadBalancerArn === params.LoadBalancerArn);
      if (!lb) return notFound('LoadBalancerNotFound', `Load balancer '${params.LoadBalancerArn}' not found`, 400);
      return { output: paged('elbv2', params, lb.listeners.map(sdk), 'Listeners') };
    }
    case 'elbv2:DescribeRules': {
      const listener = regional.elbv2.loadBalancers.flatMap((l) => l.listeners).find((l) => l.ListenerArn === params.ListenerArn);
      if (!listener) return notFound('ListenerNotFound', `Listener '${params.ListenerArn}' not found`, 400);
      return { output: paged('elbv2', params, listener.rules, 'Rules') };
    }
    case 'elbv2:DescribeLoadBalancerAttributes': {
      const lb = regional.elbv2.loadBalancers.find((l) => l.LoadBalancerArn === params.LoadBalancerArn);
      if (!lb) return notFound('LoadBalancerNotFound', `Load balancer '${params.LoadBalancerArn}' not found`, 400);
      return { output: { Attributes: lb.attributes } };
    }
    case 'elbv2:DescribeTargetGroups':
      return { output: paged('elbv2', params, regional.elbv2.targetGroups.map(sdk), 'TargetGroups') };
    case 'elbv2:DescribeTargetHealth': {
      const group = regional.elbv2.targetGroups.find((g) => g.TargetGroupArn === params.TargetGroupArn);
      if (!group) return notFound('TargetGroupNotFound', `Target groups '${params.TargetGroupArn}' not found`, 400);
      return { output: { TargetHealthDescriptions: group.targets } };
    }
    case 'elbv2:DescribeSSLPolicies':
      return { output: paged('elbv2', params, SSL_POLICIES, 'SslPolicies') };
    case 'elbv2:DescribeListenerCertificates': {
      const listener = regional.elbv2.loadBalancers.flatMap((l) => l.listeners).find((l) => l.ListenerArn === params.ListenerArn);
      if (!listener) return notFound('ListenerNotFound', `Listener '${params.ListenerArn}' not found`, 400);
      // The default certificate, and the additional (SNI) ones of the listener.
      const certificates = [...(listener.Certificates ?? []).map((c) => ({ CertificateArn: c.CertificateArn, IsDefault: true })), ...(listener.extraCertificates ?? []).map((arn) => ({ CertificateArn: arn, IsDefault: false }))];
      return { output: paged('elbv2', params, certificates, 'Certificates') };
    }
    case 'organizations:DescribeOrganization':
      // A single account stands alone; the organization benchmark's accounts are members.
      if (!account.organization) return { error: { code: 'AWSOrganizationsNotInUseException', message: 'Your account is not a member of an organization.', status: 400 } };
      return respondMember(account.id, { service, operation });
    case 'organizations:ListDelegatedAdministrators':
    case 'organizations:DescribeEffectivePolicy':
      return account.organization ? respondMember(account.id, { service, operation }) : undefined;
    default:
      return respondServices(account, { service, region, operation, params });
  }
}

function bucketRead(account, region, operation, name) {
  const bucket = account.global.s3.buckets.find((b) => b.Name === name);
  if (!bucket) return notFound('NoSuchBucket', 'The specified bucket does not exist');
  if (bucket.BucketRegion !== region && operation !== 'GetBucketLocation') {
    return { error: { code: 'PermanentRedirect', message: 'The bucket you are attempting to access must be addressed using the specified endpoint.', status: 301 } };
  }
  switch (operation) {
    case 'GetBucketLocation':
      return { output: { LocationConstraint: bucket.BucketRegion === 'us-east-1' ? undefined : bucket.BucketRegion } };
    case 'GetBucketPolicy':
      return bucket.policy ? { output: { Policy: bucket.policy } } : notFound('NoSuchBucketPolicy', 'The bucket policy does not exist');
    case 'GetBucketPolicyStatus':
      return bucket.policy ? { output: { PolicyStatus: { IsPublic: false } } } : notFound('NoSuchBucketPolicy', 'The bucket policy does not exist');
    case 'GetPublicAccessBlock':
      return bucket.publicAccessBlock
        ? { output: { PublicAccessBlockConfiguration: bucket.publicAccessBlock } }
        : notFound('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found');
    case 'GetBucketAcl':
      return { output: { Owner: { ID: 'c0ffee', DisplayName: 'acme' }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: 'c0ffee', DisplayName: 'acme' }, Permission: 'FULL_CONTROL' }] } };
    case 'GetBucketEncryption':
      return { output: { ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: bucket.encryption, BucketKeyEnabled: bucket.encryption.SSEAlgorithm === 'aws:kms' }] } } };
    case 'GetBucketVersioning':
      return { output: bucket.versioning ? { Status: bucket.versioning, MFADelete: 'Disabled' } : {} };
    case 'GetBucketLogging':
      return { output: bucket.logging ? { LoggingEnabled: bucket.logging } : {} };
    case 'GetBucketLifecycleConfiguration':
      return bucket.lifecycle
        ? { output: { Rules: [{ ID: 'expire-old-versions', Status: 'Enabled', Filter: { Prefix: '' }, NoncurrentVersionExpiration: { NoncurrentDays: 90 }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }] } }
        : notFound('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist');
    case 'GetObjectLockConfiguration':
      return bucket.objectLock
        ? { output: { ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } } } }
        : notFound('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket');
    case 'GetBucketOwnershipControls':
      return bucket.ownership
        ? { output: { OwnershipControls: { Rules: [{ ObjectOwnership: bucket.ownership }] } } }
        : notFound('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found');
    case 'GetBucketNotificationConfiguration':
      return {
        output: bucket.notifications
          ? { TopicConfigurations: [{ Id: 'object-events', TopicArn: `arn:aws:sns:${region}:${account.id}:bucket-events`, Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] }] }
          : {},
      };
    default:
      return undefined;
  }
}

/** A MySQL-family parameter group holds a few hundred parameters; RDS pages them 100 at a time. */
function dbParameters(rds, name) {
  const group = rds.parameterGroups.find((p) => p.name === name);
  const tls = name.includes('postgres') ? 'rds.force_ssl' : name.includes('sqlserver') ? 'rds.force_ssl' : 'require_secure_transport';
  const params = Array.from({ length: 320 }, (_, i) => ({ ParameterName: `param_${String(i).padStart(3, '0')}`, ParameterValue: String(i), Source: 'engine-default', ApplyType: 'dynamic', DataType: 'integer', IsModifiable: true }));
  params[200] = { ParameterName: tls, ParameterValue: group?.requireTls ? (tls === 'rds.force_ssl' ? '1' : 'ON') : '0', Source: group ? 'user' : 'engine-default', ApplyType: 'dynamic', DataType: 'boolean', IsModifiable: true };
  return params;
}

function dbClusterParameters(rds, name) {
  const group = rds.clusterParameterGroups.find((p) => p.name === name);
  const params = Array.from({ length: 210 }, (_, i) => ({ ParameterName: `cluster_param_${String(i).padStart(3, '0')}`, ParameterValue: String(i), Source: 'engine-default', ApplyType: 'dynamic', DataType: 'integer', IsModifiable: true }));
  params[150] = { ParameterName: 'server_audit_logging', ParameterValue: group?.audit ? '1' : '0', Source: 'user', ApplyType: 'dynamic', DataType: 'boolean', IsModifiable: true };
  params[151] = { ParameterName: 'server_audit_events', ParameterValue: 'CONNECT,QUERY_DCL,QUERY_DDL', Source: 'user', ApplyType: 'dynamic', DataType: 'list', IsModifiable: true };
  return params;
}

const SSL_POLICIES = [
  { Name: 'ELBSecurityPolicy-TLS13-1-2-2021-06', SslProtocols: ['TLSv1.2', 'TLSv1.3'], SupportedLoadBalancerTypes: ['application', 'network'] },
  { Name: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06', SslProtocols: ['TLSv1.2', 'TLSv1.3'], SupportedLoadBalancerTypes: ['application', 'network'] },
  { Name: 'ELBSecurityPolicy-TLS-1-2-2017-01', SslProtocols: ['TLSv1.2'], SupportedLoadBalancerTypes: ['application', 'network'] },
  { Name: 'ELBSecurityPolicy-2016-08', SslProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'], SupportedLoadBalancerTypes: ['application', 'network'] },
  { Name: 'ELBSecurityPolicy-TLS-1-1-2017-01', SslProtocols: ['TLSv1.1', 'TLSv1.2'], SupportedLoadBalancerTypes: ['application', 'network'] },
].map((p) => ({ ...p, Ciphers: [{ Name: 'ECDHE-RSA-AES128-GCM-SHA256', Priority: 1 }] }));
