// The synthetic account's front door, detection and data-store services (API Gateway, CloudFront,
// ACM, WAF, Shield, Lambda, Secrets Manager, Systems Manager, GuardDuty, Security Hub, Config,
// CloudWatch alarms, CloudWatch Logs, Access Analyzer, EFS, DynamoDB, DAX, SNS, SQS, ElastiCache,
// OpenSearch, Redshift, Redshift Serverless, ECR, AWS Backup), shaped as the SDK v3 returns them
// and built on the EC2, ELB, KMS, RDS and S3 resources of account.mjs (subnets, security groups,
// keys, load balancers, buckets). Counts come from account.mjs's mix; about one resource in four
// is misconfigured. Deterministic for a given size and seed.

/** Another account: a partner, a security account, a key owner. */
export const OTHER_ACCOUNT = '210987654321';

const DAY = 86_400_000;

/** The CIS v5 section 4 filter patterns, as CIS publishes them, by control. */
export const CIS_PATTERNS = {
  '4.1': ['UnauthorizedAPICalls', '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }'],
  '4.2': ['ConsoleSigninWithoutMFA', '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }'],
  '4.3': ['RootAccountUsage', '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'],
  '4.4': ['IAMPolicyChanges', `{ ${events('DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy')} }`],
  '4.5': ['CloudTrailChanges', `{ ${events('CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging')} }`],
  '4.6': ['ConsoleAuthFailures', '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }'],
  '4.7': ['CMKDisableOrDeletion', `{ ($.eventSource = kms.amazonaws.com) && (${events('DisableKey', 'ScheduleKeyDeletion')}) }`],
  '4.8': ['S3BucketPolicyChanges', `{ ($.eventSource = s3.amazonaws.com) && (${events('PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication')}) }`],
  '4.9': ['AWSConfigChanges', `{ ($.eventSource = config.amazonaws.com) && (${events('StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder')}) }`],
  // Security Hub's CloudWatch.10, without ModifySecurityGroupRules: narrower than CIS v5.
  '4.10': ['SecurityGroupChanges', `{ ${events('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup')} }`],
  '4.11': ['NACLChanges', `{ ${events('CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation')} }`],
  '4.12': ['NetworkGatewayChanges', `{ ${events('CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway')} }`],
  '4.13': ['RouteTableChanges', `{ ($.eventSource = ec2.amazonaws.com) && (${events('CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable')}) }`],
  '4.14': ['VPCChanges', `{ ${events('CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection', 'AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink')} }`],
  '4.15': ['OrganizationsChanges', `{ ($.eventSource = organizations.amazonaws.com) && (${events('"AcceptHandshake"', '"AttachPolicy"', '"CreateAccount"', '"CreateOrganizationalUnit"', '"CreatePolicy"', '"DeclineHandshake"', '"DeleteOrganization"', '"DeleteOrganizationalUnit"', '"DeletePolicy"', '"DetachPolicy"', '"DisablePolicyType"', '"EnablePolicyType"', '"InviteAccountToOrganization"', '"LeaveOrganization"', '"MoveAccount"', '"RemoveAccountFromOrganization"', '"UpdatePolicy"', '"UpdateOrganizationalUnit"')}) }`],
};

function events(...names) {
  return names.map((n) => `($.eventName = ${n})`).join(' || ');
}

/**
 * Adds the services to `account` (regional under account.regional[region], global ones under
 * account.global). `rand` is the generator's random source; `n(kind, r)` the count of a kind in the
 * r-th Region.
 */
export function addServices(account, { rand, n, accountId, homeRegion, regions, trailLogGroup }) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const hex = (length) => Array.from({ length }, () => Math.floor(rand() * 16).toString(16)).join('');
  const alnum = (length) => Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rand() * 36)]).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const now = Date.now();
  /** A date `d` days ago (negative: in the future), relative to the scan: expiry and staleness stay what they are. */
  const ago = (d) => new Date(now - d * DAY);
  const arn = (service, region, resource) => `arn:aws:${service}:${region}:${accountId}:${resource}`;
  const policyText = (...Statement) => JSON.stringify({ Version: '2012-10-17', Statement });
  const tags = (obj) => Object.entries(obj).map(([Key, Value]) => ({ Key, Value }));

  const g = account.global;
  const buckets = g.s3.buckets;

  // ---------------------------------------------------------------------------------------------
  // Regional services.
  regions.forEach((region, r) => {
    const count = (kind) => n(kind, r);
    const R = account.regional[region];
    const isHome = region === homeRegion;
    const { vpcs, subnets, securityGroups, instances, volumes } = R.ec2;
    const customerKeys = R.kms.keys.filter((k) => k.KeyManager === 'CUSTOMER' && k.KeyState === 'Enabled' && k.KeyUsage === 'ENCRYPT_DECRYPT');
    const awsKeys = R.kms.keys.filter((k) => k.KeyManager === 'AWS');
    const cmk = () => (customerKeys.length ? pick(customerKeys).Arn : undefined);
    const foreignKey = `arn:aws:kms:${region}:${OTHER_ACCOUNT}:key/${uuid()}`;
    const sg = (i) => securityGroups[i % Math.max(securityGroups.length, 1)]?.GroupId ?? 'sg-00000000000000000';
    const subnetsOf = (i, k) => Array.from({ length: Math.min(k, Math.max(subnets.length, 1)) }, (_, j) => subnets[(i + j) % Math.max(subnets.length, 1)]).filter(Boolean);
    const albs = R.elbv2.loadBalancers;
    // Keys described by ARN because no listing of this account holds them (another account's).
    R.kms.foreignKeys = [];
    const describeForeign = (keyArn) => {
      if (!R.kms.foreignKeys.some((k) => k.Arn === keyArn)) {
        R.kms.foreignKeys.push({ KeyId: keyArn.split('/').pop(), Arn: keyArn, AWSAccountId: keyArn.split(':')[4], CreationDate: ago(700), Enabled: true, Description: 'shared key of the security account', KeyUsage: 'ENCRYPT_DECRYPT', KeyState: 'Enabled', Origin: 'AWS_KMS', KeyManager: 'CUSTOMER', CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT', KeySpec: 'SYMMETRIC_DEFAULT', EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'], MultiRegion: false });
      }
      return keyArn;
    };

    // ACM: the load balancers' certificates (the listeners of account.mjs name them) and others.
    const listenerCerts = new Map();
    for (const lb of albs) for (const l of lb.listeners) for (const c of l.Certificates ?? []) if (c.CertificateArn.includes(':acm:')) (listenerCerts.get(c.CertificateArn) ?? listenerCerts.set(c.CertificateArn, new Set()).get(c.CertificateArn)).add(lb.LoadBalancerArn);
    const certificates = R.acmArns.map((certArn, i) => {
      const imported = chance(0.1);
      const expired = chance(0.04);
      const soon = !expired && chance(0.05);
      const notAfter = expired ? ago(20 + (i % 200)) : soon ? ago(-(3 + (i % 20))) : ago(-(60 + (i % 330)));
      const key = chance(0.05) ? 'RSA_1024' : chance(0.2) ? 'EC_prime256v1' : 'RSA_2048';
      return {
        CertificateArn: certArn,
        DomainName: `svc-${i}.${region}.acme-bench.example`,
        SubjectAlternativeNames: [`svc-${i}.${region}.acme-bench.example`],
        Status: expired ? 'EXPIRED' : 'ISSUED',
        Type: imported ? 'IMPORTED' : 'AMAZON_ISSUED',
        KeyAlgorithm: key,
        SignatureAlgorithm: key.startsWith('EC') ? 'SHA256WITHECDSA' : 'SHA256WITHRSA',
        InUseBy: [...(listenerCerts.get(certArn) ?? [])],
        RenewalEligibility: imported || expired ? 'INELIGIBLE' : 'ELIGIBLE',
        CreatedAt: ago(400 + (i % 300)),
        ...(imported ? { ImportedAt: ago(300) } : { IssuedAt: ago(395 - ((i * 7) % 300)) }),
        NotBefore: ago(395),
        NotAfter: notAfter,
        KeyUsages: [{ Name: 'DIGITAL_SIGNATURE' }, { Name: 'KEY_ENCIPHERMENT' }],
        ExtendedKeyUsages: [{ Name: 'TLS_WEB_SERVER_AUTHENTICATION', OID: '1.3.6.1.5.5.7.3.1' }],
      };
    });
    R.acm = { certificates };

    // Secrets Manager. A few secrets of the home Region are replicated to the second Region.
    const secrets = Array.from({ length: count('secretsmanager.secrets') }, (_, i) => {
      const name = `${pick(['prod', 'staging', 'shared'])}/${pick(['orders', 'billing', 'search', 'reports', 'auth'])}/${pick(['db', 'api-key', 'token', 'signing-key'])}-${i}`;
      const rotated = chance(0.6);
      const lastAccessed = chance(0.1) ? 200 + (i % 100) : i % 20;
      const policy = chance(0.3)
        ? policyText(
            chance(0.15)
              ? { Sid: 'EveryoneRead', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }
              : { Sid: 'PartnerRead', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:role/reader` }, Action: 'secretsmanager:GetSecretValue', Resource: '*' },
          )
        : undefined;
      return {
        ARN: arn('secretsmanager', region, `secret:${name}-${alnum(6)}`),
        Name: name,
        Description: `application secret ${i}`,
        ...(chance(0.4) && cmk() ? { KmsKeyId: cmk() } : {}),
        ...(rotated
          ? { RotationEnabled: true, RotationLambdaARN: arn('lambda', region, 'function:secrets-rotation'), RotationRules: { AutomaticallyAfterDays: pick([30, 30, 60, 90, 365]) }, LastRotatedDate: ago(chance(0.1) ? 200 : i % 25), NextRotationDate: ago(-5) }
          : chance(0.3) ? { RotationEnabled: false, RotationRules: { AutomaticallyAfterDays: 90 } } : {}),
        LastChangedDate: ago(i % 60),
        LastAccessedDate: ago(lastAccessed),
        Tags: [],
        SecretVersionsToStages: { [uuid()]: ['AWSCURRENT'] },
        CreatedDate: ago(300 + (i % 500)),
        ...(isHome && i % 10 === 0 ? { PrimaryRegion: region, ReplicationStatus: [{ Region: regions[1], Status: 'InSync' }] } : {}),
        policy,
      };
    });
    R.secretsmanager = { secrets };

    // Systems Manager.
    const documents = Array.from({ length: count('ssm.documents') }, (_, i) => ({
      Name: `Acme-${pick(['Restart', 'Patch', 'Bootstrap', 'Rotate', 'Collect'])}-${i}`,
      CreatedDate: ago(100 + i),
      Owner: accountId,
      PlatformTypes: ['Linux'],
      DocumentVersion: '1',
      DocumentType: i % 4 === 3 ? 'Automation' : 'Command',
      SchemaVersion: i % 4 === 3 ? '0.3' : '2.2',
      DocumentFormat: 'YAML',
      Tags: [],
      shared: chance(0.05) ? ['all'] : chance(0.15) ? [OTHER_ACCOUNT] : [],
    }));
    const parameters = Array.from({ length: count('ssm.parameters') }, (_, i) => {
      const secretName = chance(0.3);
      const type = secretName ? (chance(0.8) ? 'SecureString' : 'String') : chance(0.15) ? 'StringList' : 'String';
      const name = `/${pick(['orders', 'billing', 'search', 'shared'])}/${pick(['prod', 'staging'])}/${secretName ? pick(['db/password', 'api/token', 'oauth/client-secret']) : pick(['db/host', 'log-level', 'feature-flags', 'endpoint'])}-${i}`;
      return {
        Name: name,
        ARN: arn('ssm', region, `parameter${name}`),
        Type: type,
        ...(type === 'SecureString' ? { KeyId: chance(0.5) && cmk() ? cmk() : 'alias/aws/ssm' } : {}),
        LastModifiedDate: ago(i % 300),
        LastModifiedUser: `arn:aws:iam::${accountId}:role/deploy-pipeline`,
        Version: 1 + (i % 5),
        Tier: 'Standard',
        Policies: [],
        DataType: 'text',
      };
    });
    const running = instances.filter((x) => x.State.Name === 'running');
    const managed = running.filter(() => chance(0.75)).map((x, i) => ({
      InstanceId: x.InstanceId,
      PingStatus: chance(0.9) ? 'Online' : 'ConnectionLost',
      LastPingDateTime: ago(i % 3 ? 0 : 1),
      AgentVersion: '3.3.1142.0',
      IsLatestVersion: chance(0.5),
      PlatformType: 'Linux',
      PlatformName: 'Amazon Linux',
      PlatformVersion: '2023',
      ResourceType: 'EC2Instance',
      IPAddress: x.PrivateIpAddress,
      ComputerName: `ip-${x.PrivateIpAddress.replace(/\./g, '-')}.ec2.internal`,
      AssociationStatus: 'Success',
    }));
    const severities = (counts = {}) => ({ CriticalCount: 0, HighCount: 0, MediumCount: 0, LowCount: 0, InformationalCount: 0, UnspecifiedCount: 0, ...counts });
    const compliance = (type, node, ok) => ({
      ComplianceType: type,
      ResourceType: 'ManagedInstance',
      ResourceId: node.InstanceId,
      Status: ok ? 'COMPLIANT' : 'NON_COMPLIANT',
      OverallSeverity: ok ? 'UNSPECIFIED' : type === 'Patch' ? 'CRITICAL' : 'UNSPECIFIED',
      ExecutionSummary: { ExecutionTime: ago(1), ExecutionId: `exec-${hex(8)}`, ExecutionType: 'Command' },
      CompliantSummary: { CompliantCount: 50, SeveritySummary: severities({ HighCount: 20, MediumCount: 30 }) },
      NonCompliantSummary: { NonCompliantCount: ok ? 0 : 3, SeveritySummary: severities(ok ? {} : type === 'Patch' ? { CriticalCount: 2, HighCount: 1 } : { UnspecifiedCount: 3 }) },
    });
    R.ssm = {
      documents,
      parameters,
      managedInstances: managed,
      patchCompliance: managed.filter(() => chance(0.9)).map((node) => compliance('Patch', node, chance(0.8))),
      associationCompliance: managed.filter(() => chance(0.6)).map((node) => compliance('Association', node, chance(0.9))),
      settings: {
        '/ssm/documents/console/public-sharing-permission': r % 3 === 0 ? ['Disable', 'Customized'] : ['Enable', 'Default'],
        '/ssm/automation/customer-script-log-destination': r % 2 === 0 ? ['CloudWatch', 'Customized'] : ['None', 'Default'],
        '/ssm/automation/customer-script-log-group-name': ['/aws/ssm/automation/executeScript', 'Default'],
      },
    };

    // GuardDuty, Security Hub, Config and Access Analyzer: on in most Regions, off in a few.
    const detectorOn = r < 14;
    R.guardduty = {
      detectors: detectorOn
        ? [
            {
              id: hex(32),
              Status: r === 13 ? 'DISABLED' : 'ENABLED',
              Features: ['CLOUD_TRAIL', 'DNS_LOGS', 'FLOW_LOGS', 'S3_DATA_EVENTS', 'EKS_AUDIT_LOGS', 'EBS_MALWARE_PROTECTION', 'RDS_LOGIN_EVENTS', 'LAMBDA_NETWORK_LOGS', 'RUNTIME_MONITORING', 'EKS_RUNTIME_MONITORING'].map((Name, k) => ({
                Name,
                Status: (k + r) % 5 === 4 ? 'DISABLED' : 'ENABLED',
                UpdatedAt: ago(200),
                ...(Name === 'RUNTIME_MONITORING'
                  ? { AdditionalConfiguration: ['EKS_ADDON_MANAGEMENT', 'ECS_FARGATE_AGENT_MANAGEMENT', 'EC2_AGENT_MANAGEMENT'].map((n2, j) => ({ Name: n2, Status: (j + r) % 3 === 2 ? 'DISABLED' : 'ENABLED', UpdatedAt: ago(200) })) }
                  : {}),
              })),
            },
          ]
        : [],
    };
    R.securityhub = { cspm: r < 10, v2: isHome, standards: ['aws-foundational-security-best-practices/v/1.0.0', 'cis-aws-foundations-benchmark/v/5.0.0'].slice(0, 1 + (r % 2)) };
    const slr = `arn:aws:iam::${accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;
    const recorderArn = arn('config', region, `configuration-recorder/default/${alnum(16)}`);
    R.config =
      r < 15
        ? {
            recorders: [
              {
                arn: recorderArn,
                name: 'default',
                roleARN: r % 4 === 3 ? `arn:aws:iam::${accountId}:role/config-recorder` : slr,
                recordingGroup: { allSupported: r !== 5, includeGlobalResourceTypes: isHome, resourceTypes: r === 5 ? ['AWS::EC2::Instance', 'AWS::S3::Bucket'] : [], exclusionByResourceTypes: { resourceTypes: [] }, recordingStrategy: { useOnly: r === 5 ? 'INCLUSION_BY_RESOURCE_TYPES' : 'ALL_SUPPORTED_RESOURCE_TYPES' } },
                recordingMode: { recordingFrequency: 'CONTINUOUS', recordingModeOverrides: [] },
                recordingScope: 'PAID',
              },
            ],
            statuses: [{ arn: recorderArn, name: 'default', lastStartTime: ago(400), recording: r !== 7, lastStatus: 'SUCCESS', lastStatusChangeTime: ago(1) }],
            deliveryChannels: [{ name: 'default', s3BucketName: `acme-config-${accountId}`, configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' } }],
          }
        : {
            // Only the recorder Security Hub created for its own controls: AWS Config is not on.
            recorders: [
              {
                arn: arn('config', region, `configuration-recorder/AWSConfigurationRecorderForSecurityHub/${alnum(16)}`),
                name: 'AWSConfigurationRecorderForSecurityHub',
                roleARN: `arn:aws:iam::${accountId}:role/aws-service-role/securityhub.amazonaws.com/AWSServiceRoleForSecurityHub`,
                recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::EC2::SecurityGroup'], recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } },
                recordingMode: { recordingFrequency: 'CONTINUOUS', recordingModeOverrides: [] },
                recordingScope: 'INTERNAL',
                servicePrincipal: 'securityhub.amazonaws.com',
              },
            ],
          };
    const analyzer = (name, type) => ({ arn: arn('access-analyzer', region, `analyzer/${name}`), name, type, createdAt: ago(500), lastResourceAnalyzed: `arn:aws:s3:::acme-${region}-data-0000`, lastResourceAnalyzedAt: ago(0), tags: {}, status: 'ACTIVE' });
    const analyzers = [...(r < 12 ? [analyzer(`external-access-${region}`, 'ACCOUNT')] : []), ...(isHome ? [analyzer('org-external-access', 'ORGANIZATION')] : [])];
    const findings = analyzers.length
      ? Array.from({ length: count('accessanalyzer.findings') }, (_, i) => {
          const publicGrant = chance(0.2);
          const type = pick(['AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::KMS::Key', 'AWS::SQS::Queue', 'AWS::Lambda::Function', 'AWS::SecretsManager::Secret']);
          return {
            analyzerArn: analyzers[i % analyzers.length].arn,
            id: uuid(),
            principal: publicGrant ? { AWS: '*' } : { AWS: OTHER_ACCOUNT },
            action: ['s3:GetObject'],
            resource: type === 'AWS::S3::Bucket' ? `arn:aws:s3:::acme-shared-${i}` : arn(type.split('::')[1].toLowerCase(), region, `resource-${i}`),
            isPublic: publicGrant,
            resourceType: type,
            condition: {},
            createdAt: ago(30 + (i % 100)),
            analyzedAt: ago(0),
            updatedAt: ago(0),
            status: 'ACTIVE',
            resourceOwnerAccount: accountId,
          };
        })
      : [];
    R.accessanalyzer = { analyzers, findings };

    // Lambda.
    const functions = Array.from({ length: count('lambda.functions') }, (_, i) => {
      const name = `${pick(['orders', 'billing', 'search', 'media', 'reports', 'auth', 'etl'])}-${pick(['worker', 'api', 'handler', 'sync', 'processor'])}-${i}`;
      const image = chance(0.05);
      const inVpc = chance(0.4) && subnets.length > 0;
      const secretInEnv = chance(0.08);
      const env = chance(0.8)
        ? {
            Variables: {
              TABLE_NAME: `table-${i}`,
              LOG_LEVEL: pick(['info', 'debug', 'warn']),
              QUEUE_URL: `https://sqs.${region}.amazonaws.com/${accountId}/queue-${i}`,
              ...(secretInEnv ? (chance(0.5) ? { DB_PASSWORD: `Bench-Only-Fake-Passw0rd-${hex(6)}` } : { EXPORT_AWS_SECRET_ACCESS_KEY: `${alnum(20)}${hex(20)}` }) : { DB_SECRET_ARN: arn('secretsmanager', region, `secret:db-${i}-${alnum(6)}`) }),
            },
          }
        : undefined;
      const key = env && chance(0.3) ? cmk() : undefined;
      return {
        FunctionName: name,
        FunctionArn: arn('lambda', region, `function:${name}`),
        ...(image ? {} : { Runtime: chance(0.12) ? pick(['nodejs16.x', 'python3.8', 'go1.x']) : pick(['python3.12', 'python3.13', 'nodejs22.x', 'java21', 'provided.al2023']), Handler: 'app.handler' }),
        Role: `arn:aws:iam::${accountId}:role/${name}-role`,
        CodeSize: 18342 + i,
        Description: '',
        Timeout: 30,
        MemorySize: pick([128, 256, 512, 1024]),
        LastModified: ago(i % 200).toISOString().replace('Z', '+0000'),
        CodeSha256: Buffer.from(hex(32), 'hex').toString('base64'),
        Version: '$LATEST',
        TracingConfig: { Mode: chance(0.4) ? 'Active' : 'PassThrough' },
        RevisionId: uuid(),
        PackageType: image ? 'Image' : 'Zip',
        Architectures: [chance(0.5) ? 'arm64' : 'x86_64'],
        EphemeralStorage: { Size: 512 },
        LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${name}` },
        ...(env ? { Environment: env } : {}),
        ...(key ? { KMSKeyArn: key } : {}),
        ...(inVpc ? { VpcConfig: { VpcId: subnets[i % subnets.length].VpcId, SubnetIds: subnetsOf(i, chance(0.7) ? 2 : 1).map((s) => s.SubnetId), SecurityGroupIds: [sg(i)], Ipv6AllowedForDualStack: false } } : {}),
      };
    });
    const lambdaPolicies = new Map();
    const functionUrls = new Map();
    functions.forEach((fn, i) => {
      const fnArn = fn.FunctionArn;
      const statements = [];
      if (chance(0.35)) statements.push({ Sid: 'apigw-invoke', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fnArn, Condition: { ArnLike: { 'AWS:SourceArn': arn('execute-api', region, `${alnum(10)}/*/*/*`) } } });
      if (chance(0.1)) statements.push({ Sid: 's3-invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fnArn, Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:s3:::acme-drop-${i}` } } });
      if (chance(0.03)) statements.push({ Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: fnArn });
      const urls = [];
      if (chance(0.1)) {
        const open = chance(0.5);
        urls.push({ FunctionUrl: `https://${alnum(32)}.lambda-url.${region}.on.aws/`, FunctionArn: fnArn, AuthType: open ? 'NONE' : 'AWS_IAM', ...(chance(0.5) ? { Cors: { AllowOrigins: [chance(0.5) ? '*' : 'https://app.example.com'], AllowMethods: ['GET', 'POST'] } } : {}), CreationTime: ago(100).toISOString(), LastModifiedTime: ago(50).toISOString(), InvokeMode: 'BUFFERED' });
        if (open) statements.push({ Sid: 'FunctionURLAllowPublicAccess', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: fnArn, Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } });
        // An alias with a URL of its own: its policy is the alias's.
        if (chance(0.3)) urls.push({ FunctionUrl: `https://${alnum(32)}.lambda-url.${region}.on.aws/`, FunctionArn: `${fnArn}:live`, AuthType: 'NONE', CreationTime: ago(90).toISOString(), LastModifiedTime: ago(40).toISOString(), InvokeMode: 'BUFFERED' });
      }
      if (statements.length) lambdaPolicies.set(fn.FunctionName, JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: statements }));
      functionUrls.set(fn.FunctionName, urls);
    });
    R.lambda = { functions, policies: lambdaPolicies, urls: functionUrls };

    // API Gateway REST APIs (v1).
    const restApis = Array.from({ length: count('apigateway.restApis') }, (_, i) => {
      const id = alnum(10);
      const type = chance(0.15) ? 'PRIVATE' : chance(0.2) ? 'EDGE' : 'REGIONAL';
      const restricted = type === 'PRIVATE' || chance(0.2);
      const api = {
        id,
        name: `${pick(['orders', 'partners', 'admin', 'webhooks', 'reports'])}-api-${i}`,
        description: '',
        createdDate: ago(300 + i),
        apiKeySource: 'HEADER',
        endpointConfiguration: { types: [type], ipAddressType: 'ipv4' },
        disableExecuteApiEndpoint: false,
        rootResourceId: `${id.slice(0, 6)}0`,
        ...(restricted
          ? {
              policy: policyText({
                Effect: 'Allow',
                Principal: '*',
                Action: 'execute-api:Invoke',
                Resource: arn('execute-api', region, `${id}/*`),
                Condition: type === 'PRIVATE' ? { StringEquals: { 'aws:SourceVpce': `vpce-${hex(17)}` } } : { IpAddress: { 'aws:SourceIp': ['198.51.100.0/24'] } },
              }).replace(/"/g, '\\"'),
            }
          : {}),
        tags: {},
      };
      const method = (httpMethod, authorizationType, apiKeyRequired = false) => ({ httpMethod, authorizationType, apiKeyRequired, ...(authorizationType === 'COGNITO_USER_POOLS' || authorizationType === 'CUSTOM' ? { authorizerId: alnum(6) } : {}), methodIntegration: { type: httpMethod === 'OPTIONS' ? 'MOCK' : pick(['AWS_PROXY', 'HTTP_PROXY']), connectionType: 'INTERNET' } });
      const auth = () => (chance(0.15) ? 'NONE' : pick(['AWS_IAM', 'COGNITO_USER_POOLS', 'CUSTOM']));
      const resources = [{ id: `${id.slice(0, 6)}0`, path: '/' }];
      for (let k = 1; k <= 2 + (i % 5); k++) {
        const verbs = ['GET', ...(k % 2 ? ['POST'] : []), ...(k % 3 === 0 ? ['OPTIONS'] : [])];
        resources.push({ id: `${id.slice(0, 6)}${k}`, parentId: `${id.slice(0, 6)}0`, pathPart: `res${k}`, path: `/res${k}`, resourceMethods: Object.fromEntries(verbs.map((v) => [v, method(v, v === 'OPTIONS' ? 'NONE' : auth(), chance(0.1))])) });
      }
      const stages = Array.from({ length: 1 + (i % 3) }, (_, k) => {
        const logging = chance(0.7);
        // A production stage with a cache cluster caches every method by default.
        const cache = k === 0 && chance(0.3);
        return {
          deploymentId: alnum(6),
          stageName: ['prod', 'staging', 'dev'][k],
          cacheClusterEnabled: cache,
          cacheClusterStatus: cache ? 'AVAILABLE' : 'NOT_AVAILABLE',
          ...(cache ? { cacheClusterSize: '0.5' } : {}),
          methodSettings: {
            '*/*': {
              metricsEnabled: true,
              loggingLevel: logging ? pick(['ERROR', 'INFO']) : 'OFF',
              dataTraceEnabled: false,
              throttlingBurstLimit: chance(0.5) ? 250 : 5000,
              throttlingRateLimit: chance(0.5) ? 500 : 10000,
              cachingEnabled: cache,
              cacheTtlInSeconds: 300,
              cacheDataEncrypted: chance(0.5),
              requireAuthorizationForCacheControl: true,
              unauthorizedCacheControlHeaderStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
            },
          },
          ...(chance(0.6) ? { accessLogSettings: { destinationArn: arn('logs', region, `log-group:/aws/apigateway/${api.name}/${k}`), format: '$context.requestId $context.status' } } : {}),
          tracingEnabled: chance(0.5),
          ...(chance(0.4) ? { clientCertificateId: alnum(10) } : {}),
          createdDate: ago(300),
          lastUpdatedDate: ago(10),
          variables: chance(0.1) ? { backendHost: 'backend.internal.example.com', backendPassword: `Bench-Only-Fake-Passw0rd-${hex(4)}` } : { backendHost: 'backend.internal.example.com' },
          webAclName: type !== 'PRIVATE' && chance(0.5) ? 'api' : undefined,
        };
      });
      return { api, resources, stages };
    });
    const restDomainNames = Array.from({ length: Math.ceil(restApis.length / 3) }, (_, i) => ({
      domainName: `api-${i}.${region}.acme-bench.example`,
      ...(certificates.length ? { regionalCertificateArn: certificates[i % certificates.length].CertificateArn } : {}),
      regionalDomainName: `d-${alnum(10)}.execute-api.${region}.amazonaws.com`,
      regionalHostedZoneId: 'Z1UJRXOUMOOFQ8',
      endpointConfiguration: { types: ['REGIONAL'] },
      domainNameStatus: 'AVAILABLE',
      securityPolicy: chance(0.25) ? 'TLS_1_0' : 'TLS_1_2',
      tags: {},
    }));
    const usagePlans = restApis.filter(() => chance(0.3)).map(({ api, stages }) => ({ id: alnum(8), name: `${api.name}-plan`, apiStages: [{ apiId: api.id, stage: stages[0].stageName }], throttle: { burstLimit: 20, rateLimit: 10 }, quota: { limit: 1_000_000, offset: 0, period: 'MONTH' } }));
    R.apigateway = {
      restApis,
      domainNames: restDomainNames,
      usagePlans,
      account: { ...(r % 4 !== 3 ? { cloudwatchRoleArn: `arn:aws:iam::${accountId}:role/apigateway-cloudwatch-logs` } : {}), throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ['UsagePlans'], apiKeyVersion: '4' },
    };

    // API Gateway HTTP and WebSocket APIs (v2).
    const v2Apis = Array.from({ length: count('apigatewayv2.apis') }, (_, i) => {
      const ws = i % 4 === 3;
      const id = alnum(10);
      const api = { ApiId: id, Name: `${ws ? 'chat' : 'shop'}-${i}`, ProtocolType: ws ? 'WEBSOCKET' : 'HTTP', ApiEndpoint: `${ws ? 'wss' : 'https'}://${id}.execute-api.${region}.amazonaws.com`, RouteSelectionExpression: ws ? '$request.body.action' : '$request.method $request.path', CreatedDate: ago(200), DisableExecuteApiEndpoint: false, Tags: {} };
      const routes = (ws ? ['$connect', '$disconnect', '$default', 'sendMessage'] : ['GET /items', 'POST /items', 'GET /items/{id}', 'GET /health', 'OPTIONS /{proxy+}']).map((RouteKey, k) => {
        const AuthorizationType = RouteKey.startsWith('OPTIONS') || RouteKey === '$disconnect' || RouteKey === '$default' ? 'NONE' : chance(0.15) ? 'NONE' : ws ? 'CUSTOM' : pick(['JWT', 'AWS_IAM']);
        return { RouteId: alnum(7), RouteKey, AuthorizationType, ApiKeyRequired: false, ...(AuthorizationType === 'JWT' || AuthorizationType === 'CUSTOM' ? { AuthorizerId: alnum(6) } : {}), Target: `integrations/int${k}` };
      });
      const integrations = ws
        ? []
        : [
            { IntegrationId: alnum(7), IntegrationType: 'AWS_PROXY', IntegrationUri: functions.length ? functions[i % functions.length].FunctionArn : arn('lambda', region, 'function:shop'), ConnectionType: 'INTERNET', PayloadFormatVersion: '2.0', TimeoutInMillis: 30000 },
            ...(chance(0.4) && albs.length
              ? [{ IntegrationId: alnum(7), IntegrationType: 'HTTP_PROXY', IntegrationMethod: 'ANY', IntegrationUri: albs[i % albs.length].listeners[0].ListenerArn, ConnectionType: 'VPC_LINK', ConnectionId: alnum(8), PayloadFormatVersion: '1.0', TimeoutInMillis: 30000, ...(chance(0.6) ? { TlsConfig: { ServerNameToVerify: 'backend.internal.example.com' } } : {}) }]
              : []),
          ];
      const stages = [
        {
          StageName: ws ? 'production' : '$default',
          AutoDeploy: true,
          CreatedDate: ago(200),
          LastUpdatedDate: ago(20),
          DefaultRouteSettings: ws ? { DataTraceEnabled: false, DetailedMetricsEnabled: true, LoggingLevel: chance(0.6) ? 'INFO' : 'OFF' } : { DetailedMetricsEnabled: false },
          RouteSettings: {},
          StageVariables: chance(0.1) ? { apiToken: `Bench-Only-Fake-Token-${hex(12)}` } : {},
          Tags: {},
          ...(chance(0.6) ? { AccessLogSettings: { DestinationArn: arn('logs', region, `log-group:/aws/apigateway/${api.Name}`), Format: '$context.requestId $context.status' } } : {}),
        },
      ];
      return { api, routes, integrations, stages };
    });
    R.apigatewayv2 = {
      apis: v2Apis,
      domainNames: Array.from({ length: Math.ceil(v2Apis.length / 4) }, (_, i) => ({
        DomainName: `ws-${i}.${region}.acme-bench.example`,
        ApiMappingSelectionExpression: '$request.basepath',
        DomainNameConfigurations: [{ ApiGatewayDomainName: `d-${alnum(10)}.execute-api.${region}.amazonaws.com`, ...(certificates.length ? { CertificateArn: certificates[i % certificates.length].CertificateArn } : {}), DomainNameStatus: 'AVAILABLE', EndpointType: 'REGIONAL', HostedZoneId: 'Z1UJRXOUMOOFQ8', SecurityPolicy: chance(0.2) ? 'TLS_1_0' : 'TLS_1_2' }],
        Tags: {},
      })),
    };

    // WAF: regional web ACLs protecting load balancers and REST API stages, and rule groups.
    const visibility = (MetricName, on = true) => ({ SampledRequestsEnabled: true, CloudWatchMetricsEnabled: on, MetricName });
    const managedRule = (Name, Priority, count) => ({ Name, Priority, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name } }, OverrideAction: count ? { Count: {} } : { None: {} }, VisibilityConfig: visibility(Name, chance(0.9)) });
    const rateRule = (Priority) => ({ Name: 'per-ip-limit', Priority, Statement: { RateBasedStatement: { Limit: 2000, EvaluationWindowSec: 300, AggregateKeyType: 'IP' } }, Action: chance(0.8) ? { Block: {} } : { Count: {} }, VisibilityConfig: visibility('per-ip-limit') });
    const webAclOf = (scope, where, name) => {
      const id = uuid();
      const aclArn = `arn:aws:wafv2:${where}:${accountId}:${scope === 'CLOUDFRONT' ? 'global' : 'regional'}/webacl/${name}/${id}`;
      const empty = chance(0.1);
      const rules = empty ? [] : [managedRule('AWSManagedRulesCommonRuleSet', 0, chance(0.15)), ...(chance(0.6) ? [managedRule('AWSManagedRulesKnownBadInputsRuleSet', 1, false)] : []), ...(chance(0.6) ? [rateRule(2)] : [])];
      return {
        scope,
        summary: { Name: name, Id: id, Description: '', LockToken: uuid(), ARN: aclArn },
        acl: { Name: name, Id: id, ARN: aclArn, DefaultAction: { Allow: {} }, Description: '', Rules: rules, VisibilityConfig: visibility(name), Capacity: rules.length ? 1200 : 0, ManagedByFirewallManager: false, LabelNamespace: `awswaf:${accountId}:webacl:${name}:`, RetrofittedByFirewallManager: false },
        logging: chance(0.6) ? { ResourceArn: aclArn, LogDestinationConfigs: [arn('logs', where, `log-group:aws-waf-logs-${name}`)], LogType: 'WAF_LOGS', LogScope: 'CUSTOMER', ManagedByFirewallManager: false } : null,
        resources: {},
      };
    };
    const webAcls = Array.from({ length: count('wafv2.webAcls') }, (_, i) => webAclOf('REGIONAL', region, `web-acl-${region}-${i}`));
    albs.forEach((lb, i) => {
      if (webAcls.length && chance(0.6)) (webAcls[i % webAcls.length].resources.APPLICATION_LOAD_BALANCER ??= []).push(lb.LoadBalancerArn);
    });
    restApis.forEach(({ api, stages }) =>
      stages.forEach((stage) => {
        if (stage.webAclName && webAcls.length) {
          const acl = webAcls[(api.id.charCodeAt(0) + stage.stageName.length) % webAcls.length];
          stage.webAclArn = acl.summary.ARN;
          (acl.resources.API_GATEWAY ??= []).push(`arn:aws:apigateway:${region}::/restapis/${api.id}/stages/${stage.stageName}`);
        }
        delete stage.webAclName;
      }),
    );
    const ruleGroups = Array.from({ length: count('wafv2.ruleGroups') }, (_, i) => {
      const id = uuid();
      const name = `rule-group-${i}`;
      const groupArn = arn('wafv2', region, `regional/rulegroup/${name}/${id}`);
      return {
        scope: 'REGIONAL',
        summary: { Name: name, Id: id, Description: '', LockToken: uuid(), ARN: groupArn },
        group: { Name: name, Id: id, Capacity: 50, ARN: groupArn, Description: '', Rules: [{ Name: 'geo-block', Priority: 0, Statement: { GeoMatchStatement: { CountryCodes: ['KP'] } }, Action: { Block: {} }, VisibilityConfig: visibility('geo-block', chance(0.7)) }], VisibilityConfig: visibility(name), LabelNamespace: `awswaf:${accountId}:rulegroup:${name}:` },
      };
    });
    R.wafv2 = { webAcls, ruleGroups };

    // CloudWatch Logs: log groups of the functions and of the services, the trail's group at home.
    const logGroupNames = [
      ...(isHome ? [trailLogGroup] : []),
      ...functions.map((fn) => `/aws/lambda/${fn.FunctionName}`),
      ...Array.from({ length: count('logs.logGroups') }, (_, i) => `/${pick(['aws/rds/instance', 'aws/apigateway', 'vpc/flow-logs', 'app', 'aws/ecs'])}/${pick(['orders', 'billing', 'search'])}-${i}`),
    ];
    const logGroups = logGroupNames.map((name, i) => ({
      logGroupName: name,
      creationTime: now - (400 - (i % 300)) * DAY,
      ...(chance(0.6) ? { retentionInDays: pick([7, 14, 30, 90, 365, 400, 731]) } : {}),
      metricFilterCount: name === trailLogGroup ? 15 : 0,
      arn: arn('logs', region, `log-group:${name}:*`),
      storedBytes: Math.floor(rand() * 1e9),
      ...(chance(0.3) && cmk() ? { kmsKeyId: cmk() } : {}),
      logGroupClass: 'STANDARD',
      logGroupArn: arn('logs', region, `log-group:${name}`),
    }));
    R.logs = { logGroups, metricFilters: {}, deliverySources: [], deliveries: [] };

    // SNS topics; at home the security-alerts topic the CIS alarms notify.
    const topicNames = [...(isHome ? ['security-alerts', 'security-alerts-unconfirmed'] : []), ...Array.from({ length: count('sns.topics') }, (_, i) => `${pick(['orders', 'media', 'billing', 'ops'])}-events-${i}`)];
    let subSerial = 0;
    const topics = topicNames.map((name, i) => {
      const topicArn = arn('sns', region, name);
      const sub = (Protocol, Endpoint, pending = false) => ({ SubscriptionArn: pending ? 'PendingConfirmation' : `${topicArn}:${uuid()}`, Owner: accountId, Protocol, TopicArn: topicArn, ...(Endpoint ? { Endpoint } : {}), serial: subSerial++ });
      const subs =
        name === 'security-alerts'
          ? [sub('email', 'security@acme.example'), sub('https', 'https://events.pagerduty.com/integration/abc/enqueue')]
          : name === 'security-alerts-unconfirmed'
            ? [sub('email', 'oncall@acme.example', true)]
            : Array.from({ length: i % 4 }, (_, k) => (k === 0 ? sub('sqs', arn('sqs', region, `queue-${i}`)) : k === 1 ? sub(chance(0.2) ? 'http' : 'https', `${chance(0.2) ? 'http' : 'https'}://hooks-${i}.acme.example/sns`, chance(0.2)) : sub('lambda', arn('lambda', region, `function:fn-${i}`))));
      const defaultStatement = { Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:Subscribe', 'SNS:Publish'], Resource: topicArn, Condition: { StringEquals: { 'AWS:SourceOwner': accountId } } };
      const open = chance(0.05) ? [{ Sid: 'PartnerPublish', Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: topicArn }] : [];
      return {
        arn: topicArn,
        subscriptions: subs,
        attributes: {
          TopicArn: topicArn,
          Owner: accountId,
          DisplayName: '',
          Policy: JSON.stringify({ Version: '2008-10-17', Id: '__default_policy_ID', Statement: [defaultStatement, ...open] }),
          SubscriptionsConfirmed: String(subs.filter((s) => s.SubscriptionArn !== 'PendingConfirmation').length),
          SubscriptionsPending: String(subs.filter((s) => s.SubscriptionArn === 'PendingConfirmation').length),
          SubscriptionsDeleted: '0',
          ...(chance(0.6) ? { KmsMasterKeyId: chance(0.5) ? 'alias/aws/sns' : cmk() ?? 'alias/aws/sns' } : {}),
        },
      };
    });
    R.sns = { topics };

    // CloudWatch alarms; at home the CIS alarms on the trail log group's metrics.
    const topicArnsHere = topics.map((t) => t.arn);
    const metricAlarm = (AlarmName, extra) => ({
      AlarmName,
      AlarmArn: arn('cloudwatch', region, `alarm:${AlarmName}`),
      AlarmConfigurationUpdatedTimestamp: ago(300),
      ActionsEnabled: true,
      OKActions: [],
      AlarmActions: [],
      InsufficientDataActions: [],
      StateValue: 'OK',
      StateReason: 'Threshold Crossed',
      StateUpdatedTimestamp: ago(1),
      Statistic: 'Sum',
      Dimensions: [],
      Period: 300,
      EvaluationPeriods: 1,
      DatapointsToAlarm: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      ...extra,
    });
    const alarms = [];
    if (isHome) {
      for (const [control, [metric]] of Object.entries(CIS_PATTERNS)) {
        if (control === '4.6') continue; // no filter, no alarm
        alarms.push(
          metricAlarm(`CIS-${control}-${metric}`, {
            MetricName: metric,
            Namespace: 'CISBenchmark',
            AlarmActions: [arn('sns', region, control === '4.8' ? 'security-alerts-unconfirmed' : 'security-alerts')],
            ...(control === '4.5' ? { ActionsEnabled: false } : {}),
          }),
        );
      }
      R.logs.metricFilters[trailLogGroup] = Object.entries(CIS_PATTERNS)
        .filter(([control]) => control !== '4.6')
        .map(([control, [metricName, filterPattern]], i) => ({ filterName: `cis-${control}`, filterPattern, metricTransformations: [{ metricName, metricNamespace: 'CISBenchmark', metricValue: '1' }], creationTime: now - (300 - i) * DAY, logGroupName: trailLogGroup, applyOnTransformedLogs: false }));
    }
    for (let i = 0; i < count('cloudwatch.alarms'); i++) {
      const noAction = chance(0.2);
      alarms.push(
        metricAlarm(`app-alarm-${i}`, {
          MetricName: pick(['CPUUtilization', 'Errors', 'HTTPCode_Target_5XX_Count', 'ApproximateNumberOfMessagesVisible']),
          Namespace: pick(['AWS/EC2', 'AWS/Lambda', 'AWS/ApplicationELB', 'AWS/SQS']),
          Dimensions: [{ Name: 'Resource', Value: `resource-${i}` }],
          ActionsEnabled: !chance(0.1),
          AlarmActions: noAction || !topicArnsHere.length ? [] : [pick(topicArnsHere)],
          Threshold: 80,
        }),
      );
    }
    const compositeAlarms =
      alarms.length > 2 && topicArnsHere.length
        ? [{ AlarmName: `service-degraded-${region}`, AlarmArn: arn('cloudwatch', region, `alarm:service-degraded-${region}`), AlarmRule: `ALARM("${alarms.at(-1).AlarmName}")`, ActionsEnabled: true, AlarmActions: [topicArnsHere[0]], OKActions: [], InsufficientDataActions: [], StateValue: 'OK', StateUpdatedTimestamp: ago(2), AlarmConfigurationUpdatedTimestamp: ago(100) }]
        : [];
    R.cloudwatch = { metricAlarms: alarms, compositeAlarms };

    // SQS.
    const queues = Array.from({ length: count('sqs.queues') }, (_, i) => {
      const name = `${pick(['orders', 'billing', 'media', 'jobs'])}-queue-${i}${i % 10 === 9 ? '.fifo' : ''}`;
      const queueArn = arn('sqs', region, name);
      const encryption = chance(0.1) ? { SqsManagedSseEnabled: 'false' } : chance(0.3) ? { SqsManagedSseEnabled: 'false', KmsMasterKeyId: cmk() ?? 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: '300' } : { SqsManagedSseEnabled: 'true' };
      const policy = chance(0.4)
        ? JSON.stringify({
            Version: '2012-10-17',
            Id: `${queueArn}/SQSDefaultPolicy`,
            Statement: [
              chance(0.1)
                ? { Sid: 'AnyoneSend', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: queueArn }
                : { Sid: 'TopicSend', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: queueArn, Condition: { ArnEquals: { 'aws:SourceArn': arn('sns', region, `orders-events-${i}`) } } },
            ],
          })
        : undefined;
      return {
        url: `https://sqs.${region}.amazonaws.com/${accountId}/${name}`,
        attributes: {
          QueueArn: queueArn,
          ApproximateNumberOfMessages: '0',
          ApproximateNumberOfMessagesNotVisible: '0',
          ApproximateNumberOfMessagesDelayed: '0',
          CreatedTimestamp: String(Math.floor((now - (500 - i) * DAY) / 1000)),
          LastModifiedTimestamp: String(Math.floor((now - 30 * DAY) / 1000)),
          VisibilityTimeout: '30',
          MaximumMessageSize: '262144',
          MessageRetentionPeriod: '345600',
          DelaySeconds: '0',
          ReceiveMessageWaitTimeSeconds: '20',
          ...encryption,
          ...(name.endsWith('.fifo') ? { FifoQueue: 'true', ContentBasedDeduplication: 'true' } : {}),
          ...(policy ? { Policy: policy } : {}),
        },
      };
    });
    R.sqs = { queues };

    // DynamoDB and DAX.
    const tables = Array.from({ length: count('dynamodb.tables') }, (_, i) => {
      const name = `${pick(['orders', 'sessions', 'audit', 'catalog', 'events'])}-table-${String(i).padStart(4, '0')}`;
      const provisioned = chance(0.3);
      const keyChoice = rand();
      const keyArn = keyChoice < 0.3 ? cmk() : keyChoice < 0.4 && awsKeys.length ? pick(awsKeys).Arn : keyChoice < 0.42 ? describeForeign(foreignKey) : undefined;
      const tableArn = arn('dynamodb', region, `table/${name}`);
      return {
        name,
        tags: { team: pick(['orders', 'web', 'security']), ...(chance(0.5) ? { backup: 'daily' } : {}) },
        pitr: chance(0.6),
        scaled: provisioned && chance(0.6),
        description: {
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          TableName: name,
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          TableStatus: 'ACTIVE',
          CreationDateTime: ago(300 + (i % 500)),
          ProvisionedThroughput: provisioned ? { NumberOfDecreasesToday: 0, ReadCapacityUnits: 25, WriteCapacityUnits: 10 } : { NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
          TableSizeBytes: 73400320,
          ItemCount: 184220,
          TableArn: tableArn,
          TableId: uuid(),
          ...(provisioned ? {} : { BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: ago(300) } }),
          ...(keyArn ? { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: keyArn } } : {}),
          TableClassSummary: { TableClass: 'STANDARD' },
          DeletionProtectionEnabled: chance(0.5),
        },
      };
    });
    const scalableTargets = tables
      .filter((t) => t.scaled)
      .flatMap((t) =>
        ['ReadCapacityUnits', 'WriteCapacityUnits'].map((unit) => ({
          ServiceNamespace: 'dynamodb',
          ResourceId: `table/${t.name}`,
          ScalableDimension: `dynamodb:table:${unit}`,
          MinCapacity: 5,
          MaxCapacity: 200,
          RoleARN: `arn:aws:iam::${accountId}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable`,
          CreationTime: ago(200),
          SuspendedState: { DynamicScalingInSuspended: false, DynamicScalingOutSuspended: false, ScheduledScalingSuspended: false },
        })),
      );
    const daxClusters = Array.from({ length: count('dax.clusters') }, (_, i) => {
      const name = `cache-${i}`;
      const tls = chance(0.7);
      return {
        ClusterName: name,
        Description: `${name} read cache`,
        ClusterArn: arn('dax', region, `cache/${name}`),
        TotalNodes: 3,
        ActiveNodes: 3,
        NodeType: 'dax.r5.large',
        Status: 'available',
        ClusterDiscoveryEndpoint: { Address: `${name}.${alnum(6)}.dax-clusters.${region}.amazonaws.com`, Port: tls ? 9111 : 8111, URL: `${tls ? 'daxs' : 'dax'}://${name}.dax-clusters.${region}.amazonaws.com` },
        PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
        SubnetGroup: 'dax-subnets',
        SecurityGroups: [{ SecurityGroupIdentifier: sg(i), Status: 'active' }],
        IamRoleArn: `arn:aws:iam::${accountId}:role/DAXServiceRole`,
        ParameterGroup: { ParameterGroupName: 'default.dax1.0', ParameterApplyStatus: 'in-sync', NodeIdsToReboot: [] },
        SSEDescription: { Status: chance(0.8) ? 'ENABLED' : 'DISABLED' },
        ClusterEndpointEncryptionType: tls ? 'TLS' : 'NONE',
        NetworkType: 'ipv4',
      };
    });
    R.dynamodb = { tables, scalableTargets };
    R.dax = { clusters: daxClusters };

    // EFS: mount targets sit on network interfaces of their own (listed by ec2:DescribeNetworkInterfaces).
    const fileSystems = Array.from({ length: count('efs.fileSystems') }, (_, i) => {
      const id = `fs-${hex(17)}`;
      const fsArn = arn('elasticfilesystem', region, `file-system/${id}`);
      const encrypted = chance(0.85);
      const backup = chance(0.5);
      const mountTargets = subnets.length
        ? subnetsOf(i, i % 4 === 3 ? 0 : 1 + (i % 3)).map((subnet, k) => {
            const eni = `eni-${hex(17)}`;
            const group = sg(i + k);
            R.ec2.networkInterfaces.push({
              NetworkInterfaceId: eni,
              SubnetId: subnet.SubnetId,
              VpcId: subnet.VpcId,
              AvailabilityZone: subnet.AvailabilityZone,
              InterfaceType: 'efs',
              Description: `EFS mount target for ${id}`,
              Status: 'in-use',
              SourceDestCheck: true,
              RequesterManaged: true,
              RequesterId: '641247547298',
              OwnerId: accountId,
              PrivateIpAddress: `10.9.${i % 250}.${10 + k}`,
              Groups: [{ GroupId: group, GroupName: 'efs' }],
              TagSet: [],
            });
            return { OwnerId: accountId, MountTargetId: `fsmt-${hex(17)}`, FileSystemId: id, SubnetId: subnet.SubnetId, LifeCycleState: 'available', IpAddress: `10.9.${i % 250}.${10 + k}`, NetworkInterfaceId: eni, AvailabilityZoneId: `${region.slice(0, 2)}az${k + 1}`, AvailabilityZoneName: subnet.AvailabilityZone, VpcId: subnet.VpcId };
          })
        : [];
      const accessPoints = Array.from({ length: i % 3 }, (_, k) => {
        const apId = `fsap-${hex(17)}`;
        const root = k === 0 && chance(0.3) ? '/' : `/app-${k}`;
        return {
          ClientToken: `console-${apId}`,
          Name: `ap-${k}`,
          Tags: [],
          AccessPointId: apId,
          AccessPointArn: arn('elasticfilesystem', region, `access-point/${apId}`),
          FileSystemId: id,
          ...(chance(0.7) ? { PosixUser: { Uid: 1000 + k, Gid: 1000 + k, SecondaryGids: [] } } : {}),
          RootDirectory: root === '/' ? { Path: '/' } : { Path: root, CreationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '750' } },
          OwnerId: accountId,
          LifeCycleState: 'available',
        };
      });
      const policyKind = rand();
      const policy =
        policyKind < 0.5
          ? policyText(
              { Sid: 'mount', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], Resource: fsArn, Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } },
              { Sid: 'tls', Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Resource: fsArn, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
            )
          : policyKind < 0.55
            ? policyText({ Sid: 'anyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientMount'], Resource: fsArn })
            : undefined;
      return {
        description: {
          OwnerId: accountId,
          CreationToken: `console-${id}`,
          FileSystemId: id,
          FileSystemArn: fsArn,
          CreationTime: ago(300 + i),
          LifeCycleState: 'available',
          Name: `fs-${i}`,
          NumberOfMountTargets: mountTargets.length,
          SizeInBytes: { Value: 48318382080, ValueInIA: 12884901888, ValueInStandard: 35433480192, ValueInArchive: 0 },
          PerformanceMode: 'generalPurpose',
          Encrypted: encrypted,
          ...(encrypted ? { KmsKeyId: cmk() ?? arn('kms', region, `key/${uuid()}`) } : {}),
          ThroughputMode: 'elastic',
          Tags: [{ Key: 'Name', Value: `fs-${i}` }, ...(backup ? [{ Key: 'aws:elasticfilesystem:default-backup', Value: 'enabled' }] : []), ...(chance(0.4) ? [{ Key: 'backup', Value: 'daily' }] : [])],
          FileSystemProtection: { ReplicationOverwriteProtection: 'ENABLED' },
        },
        policy,
        backup: backup ? 'ENABLED' : chance(0.5) ? 'DISABLED' : undefined,
        mountTargets,
        accessPoints,
      };
    });
    R.efs = { fileSystems };

    // ElastiCache: replication groups with their member clusters, and standalone clusters.
    const cacheGroups = [];
    const cacheClusters = [];
    for (let i = 0; i < count('elasticache.replicationGroups'); i++) {
      const id = `cache-rg-${i}`;
      const engine = chance(0.3) ? 'valkey' : 'redis';
      const version = engine === 'valkey' ? '8.0.1' : pick(['7.1.0', '6.2.6', '5.0.6']);
      const transit = chance(0.7) ? 'required' : chance(0.5) ? 'preferred' : undefined;
      const failover = chance(0.6);
      const members = Array.from({ length: failover ? 2 : 1 }, (_, k) => `${id}-00${k + 1}`);
      const atRest = chance(0.8);
      const retention = chance(0.6) ? 7 : 0;
      cacheGroups.push({
        ReplicationGroupId: id,
        Description: `cache ${i}`,
        Status: 'available',
        PendingModifiedValues: {},
        MemberClusters: members,
        NodeGroups: [{ NodeGroupId: '0001', Status: 'available', PrimaryEndpoint: { Address: `master.${id}.${alnum(6)}.cache.amazonaws.com`, Port: 6379 }, NodeGroupMembers: members.map((m, k) => ({ CacheClusterId: m, CacheNodeId: '0001', PreferredAvailabilityZone: `${region}${'abc'[k]}`, CurrentRole: k ? 'replica' : 'primary' })) }],
        SnapshottingClusterId: members.at(-1),
        AutomaticFailover: failover ? 'enabled' : 'disabled',
        MultiAZ: failover ? 'enabled' : 'disabled',
        SnapshotRetentionLimit: retention,
        SnapshotWindow: '03:00-04:00',
        ClusterEnabled: false,
        CacheNodeType: 'cache.r7g.large',
        AuthTokenEnabled: chance(0.3),
        TransitEncryptionEnabled: transit !== undefined,
        ...(transit ? { TransitEncryptionMode: transit } : {}),
        AtRestEncryptionEnabled: atRest,
        ...(atRest && chance(0.5) && cmk() ? { KmsKeyId: cmk() } : {}),
        ARN: arn('elasticache', region, `replicationgroup:${id}`),
        UserGroupIds: [],
        LogDeliveryConfigurations: [],
        ReplicationGroupCreateTime: ago(400),
        DataTiering: 'disabled',
        AutoMinorVersionUpgrade: chance(0.8),
        NetworkType: 'ipv4',
        IpDiscovery: 'ipv4',
        ClusterMode: 'disabled',
        Engine: engine,
      });
      for (const m of members) cacheClusters.push(cacheCluster(m, { engine, version, transit, atRest, retention, replicationGroupId: id }));
    }
    for (let i = 0; i < count('elasticache.cacheClusters'); i++) {
      const memcached = chance(0.6);
      cacheClusters.push(cacheCluster(`cache-${i}`, { engine: memcached ? 'memcached' : 'redis', version: memcached ? pick(['1.6.22', '1.6.6']) : '7.1.0', transit: memcached && chance(0.5) ? 'required' : undefined, atRest: false, retention: chance(0.3) ? 1 : 0, nodes: memcached ? 2 : 1 }));
    }
    function cacheCluster(id, o) {
      const memcached = o.engine === 'memcached';
      return {
        CacheClusterId: id,
        ...(memcached ? { ConfigurationEndpoint: { Address: `${id}.${alnum(6)}.cfg.cache.amazonaws.com`, Port: 11211 } } : {}),
        ClientDownloadLandingPage: 'https://console.aws.amazon.com/elasticache/home#client-download:',
        CacheNodeType: 'cache.m7g.large',
        Engine: o.engine,
        EngineVersion: o.version,
        CacheClusterStatus: 'available',
        NumCacheNodes: o.nodes ?? 1,
        PreferredAvailabilityZone: `${region}a`,
        CacheClusterCreateTime: ago(400),
        PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
        PendingModifiedValues: {},
        CacheSecurityGroups: [],
        CacheParameterGroup: { CacheParameterGroupName: memcached ? 'default.memcached1.6' : 'default.redis7', ParameterApplyStatus: 'in-sync', CacheNodeIdsToReboot: [] },
        CacheSubnetGroupName: chance(0.2) ? 'default' : 'cache-private',
        AutoMinorVersionUpgrade: chance(0.8),
        SecurityGroups: [{ SecurityGroupId: sg(id.length), Status: 'active' }],
        ...(o.replicationGroupId ? { ReplicationGroupId: o.replicationGroupId } : {}),
        ...(memcached ? {} : { SnapshotRetentionLimit: o.retention, SnapshotWindow: '03:00-04:00', AuthTokenEnabled: false }),
        TransitEncryptionEnabled: o.transit !== undefined,
        ...(o.transit && !memcached ? { TransitEncryptionMode: o.transit } : {}),
        AtRestEncryptionEnabled: o.atRest,
        ARN: arn('elasticache', region, `cluster:${id}`),
        ReplicationGroupLogDeliveryEnabled: !!o.replicationGroupId,
        LogDeliveryConfigurations: [],
        NetworkType: 'ipv4',
        IpDiscovery: 'ipv4',
      };
    }
    R.elasticache = { replicationGroups: cacheGroups, cacheClusters };

    // OpenSearch.
    const domains = Array.from({ length: count('opensearch.domains') }, (_, i) => {
      const name = `search-${i}`;
      const elastic = chance(0.2);
      const inVpc = chance(0.6) && subnets.length > 0;
      const hardened = chance(0.7);
      const domainArn = `arn:aws:es:${region}:${accountId}:domain/${name}`;
      const open = !inVpc && chance(0.3);
      const updatable = chance(0.2);
      return {
        DomainId: `${accountId}/${name}`,
        DomainName: name,
        ARN: domainArn,
        Created: true,
        Deleted: false,
        ...(inVpc
          ? { Endpoints: { vpc: `vpc-${name}-${alnum(10)}.${region}.es.amazonaws.com` }, VPCOptions: { VPCId: subnets[i % subnets.length].VpcId, SubnetIds: subnetsOf(i, 2).map((s) => s.SubnetId), AvailabilityZones: subnetsOf(i, 2).map((s) => s.AvailabilityZone), SecurityGroupIds: [sg(i)] } }
          : { Endpoint: `search-${name}-${alnum(10)}.${region}.es.amazonaws.com` }),
        Processing: false,
        UpgradeProcessing: false,
        EngineVersion: elastic ? 'Elasticsearch_7.10' : pick(['OpenSearch_2.13', 'OpenSearch_2.17']),
        ClusterConfig: {
          InstanceType: 'r6g.large.search',
          InstanceCount: hardened ? 3 : 1,
          DedicatedMasterEnabled: hardened,
          ...(hardened ? { DedicatedMasterType: 'm6g.large.search', DedicatedMasterCount: 3 } : {}),
          ZoneAwarenessEnabled: hardened,
          ...(hardened ? { ZoneAwarenessConfig: { AvailabilityZoneCount: 3 } } : {}),
          WarmEnabled: false,
          ColdStorageOptions: { Enabled: false },
          MultiAZWithStandbyEnabled: false,
        },
        EBSOptions: { EBSEnabled: true, VolumeType: 'gp3', VolumeSize: 200, Iops: 3000, Throughput: 125 },
        AccessPolicies: policyText({ Effect: 'Allow', Principal: { AWS: open ? '*' : `arn:aws:iam::${accountId}:role/search-${i}` }, Action: 'es:ESHttp*', Resource: `${domainArn}/*` }),
        IPAddressType: 'ipv4',
        SnapshotOptions: {},
        CognitoOptions: { Enabled: false },
        EncryptionAtRestOptions: hardened || chance(0.5) ? { Enabled: true, KmsKeyId: cmk() ?? arn('kms', region, `key/${uuid()}`) } : { Enabled: false },
        NodeToNodeEncryptionOptions: { Enabled: hardened },
        AdvancedOptions: { 'rest.action.multi.allow_explicit_index': 'true' },
        LogPublishingOptions: hardened ? { ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: arn('logs', region, `log-group:/aws/opensearch/${name}/application`), Enabled: true }, ...(chance(0.5) ? { AUDIT_LOGS: { CloudWatchLogsLogGroupArn: arn('logs', region, `log-group:/aws/opensearch/${name}/audit`), Enabled: true } } : {}) } : {},
        ServiceSoftwareOptions: { CurrentVersion: 'OpenSearch_2_13_R20250303-P4', NewVersion: updatable ? 'OpenSearch_2_13_R20251103-P1' : '', UpdateAvailable: updatable, Cancellable: false, UpdateStatus: updatable ? 'ELIGIBLE' : 'COMPLETED', Description: '', AutomatedUpdateDate: new Date(0), OptionalDeployment: true },
        DomainEndpointOptions: { EnforceHTTPS: hardened || chance(0.5), TLSSecurityPolicy: hardened ? 'Policy-Min-TLS-1-2-PFS-2023-10' : pick(['Policy-Min-TLS-1-0-2019-07', 'Policy-Min-TLS-1-2-2019-07']), CustomEndpointEnabled: false },
        AdvancedSecurityOptions: { Enabled: hardened, InternalUserDatabaseEnabled: false, AnonymousAuthEnabled: false },
        AutoTuneOptions: { State: 'ENABLED', UseOffPeakWindow: true },
        SoftwareUpdateOptions: { AutoSoftwareUpdateEnabled: !updatable },
        DomainProcessingStatus: 'Active',
        ModifyingProperties: [],
      };
    });
    R.opensearch = { domains };

    // Redshift (provisioned) and Redshift Serverless.
    const paramGroups = {};
    const redshiftClusters = Array.from({ length: count('redshift.clusters') }, (_, i) => {
      const id = `warehouse-${i}`;
      const hardened = chance(0.6);
      const group = hardened ? `warehouse-params-${i % 3}` : 'default.redshift-1.0';
      paramGroups[group] ??= { require_ssl: hardened ? String(i % 3 !== 2) : 'false', enable_user_activity_logging: hardened ? 'true' : 'false' };
      const nodes = hardened ? 2 : 1;
      const vpc = subnets[i % Math.max(subnets.length, 1)]?.VpcId ?? vpcs[0].VpcId;
      return {
        ClusterIdentifier: id,
        NodeType: hardened ? 'ra3.xlplus' : 'dc2.large',
        ClusterStatus: i % 7 === 6 ? 'paused' : 'available',
        ClusterAvailabilityStatus: i % 7 === 6 ? 'Paused' : 'Available',
        MasterUsername: hardened ? `dw_admin_${i}` : 'awsuser',
        DBName: 'dev',
        Endpoint: { Address: `${id}.${alnum(12)}.${region}.redshift.amazonaws.com`, Port: hardened ? 5439 : 8088 },
        ClusterCreateTime: ago(500),
        AutomatedSnapshotRetentionPeriod: hardened ? 14 : chance(0.5) ? 1 : 0,
        ManualSnapshotRetentionPeriod: -1,
        ClusterSecurityGroups: [],
        VpcSecurityGroups: [{ VpcSecurityGroupId: sg(i), Status: 'active' }],
        ClusterParameterGroups: [{ ParameterGroupName: group, ParameterApplyStatus: 'in-sync', ClusterParameterStatusList: [] }],
        ClusterSubnetGroupName: hardened ? 'warehouse-subnets' : 'default',
        VpcId: vpc,
        AvailabilityZone: `${region}a`,
        PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
        PendingModifiedValues: {},
        ClusterVersion: '1.0',
        AllowVersionUpgrade: hardened,
        NumberOfNodes: nodes,
        PubliclyAccessible: !hardened && chance(0.5),
        Encrypted: hardened || chance(0.3),
        ...(hardened ? { KmsKeyId: cmk() ?? arn('kms', region, `key/${uuid()}`) } : {}),
        ClusterNodes: Array.from({ length: nodes }, (_, k) => ({ NodeRole: nodes === 1 ? 'SHARED' : k === 0 ? 'LEADER' : `COMPUTE-${k - 1}`, PrivateIPAddress: `10.20.1.${50 + k}` })),
        Tags: [{ Key: 'team', Value: 'analytics' }],
        EnhancedVpcRouting: hardened,
        IamRoles: [],
        MaintenanceTrackName: 'current',
        DeferredMaintenanceWindows: [],
        AvailabilityZoneRelocationStatus: hardened ? 'enabled' : 'disabled',
        ClusterNamespaceArn: arn('redshift', region, `namespace:${uuid()}`),
        TotalStorageCapacityInMegaBytes: 4194304,
        AquaConfiguration: { AquaStatus: 'disabled', AquaConfigurationStatus: 'auto' },
        MultiAZ: hardened ? 'Enabled' : 'Disabled',
        logging: hardened ? { LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog', 'useractivitylog'] } : { LoggingEnabled: false },
      };
    });
    const redshiftParam = (ParameterName, ParameterValue, Source) => ({ ParameterName, ParameterValue, Description: ParameterName.replace(/_/g, ' '), Source, DataType: 'boolean', AllowedValues: 'true,false', ApplyType: 'static', IsModifiable: true });
    const redshiftParameters = Object.fromEntries(
      Object.entries(paramGroups).map(([name, own]) => [
        name,
        [
          ...['auto_analyze', 'datestyle', 'enable_case_sensitive_identifier', 'extra_float_digits', 'max_concurrency_scaling_clusters', 'query_group', 'search_path', 'statement_timeout', 'use_fips_ssl', 'wlm_json_configuration'].map((p) => redshiftParam(p, 'false', 'engine-default')),
          ...Array.from({ length: 100 }, (_, k) => redshiftParam(`internal_setting_${String(k).padStart(3, '0')}`, '0', 'engine-default')),
          redshiftParam('require_ssl', own.require_ssl, name.startsWith('default.') ? 'engine-default' : 'user'),
          redshiftParam('enable_user_activity_logging', own.enable_user_activity_logging, name.startsWith('default.') ? 'engine-default' : 'user'),
        ],
      ]),
    );
    const subnetGroupOf = (name, list) => ({ ClusterSubnetGroupName: name, Description: name, VpcId: list[0]?.VpcId ?? vpcs[0].VpcId, SubnetGroupStatus: 'Complete', Subnets: list.map((s) => ({ SubnetIdentifier: s.SubnetId, SubnetAvailabilityZone: { Name: s.AvailabilityZone, SupportedPlatforms: [] }, SubnetStatus: 'Active' })), Tags: [], SupportedClusterIpAddressTypes: ['ipv4'] });
    const redshiftSubnetGroups = redshiftClusters.length ? [subnetGroupOf('default', subnetsOf(0, 1)), subnetGroupOf('warehouse-subnets', subnetsOf(1, 3))] : [];
    const namespaces = [];
    const workgroups = [];
    for (let i = 0; i < count('redshiftServerless.workgroups'); i++) {
      const name = `serverless-${i}`;
      const hardened = chance(0.6);
      const nsId = uuid();
      const keyChoice = hardened ? cmk() : chance(0.2) ? describeForeign(foreignKey) : 'AWS_OWNED_KMS_KEY';
      namespaces.push({ namespaceArn: arn('redshift-serverless', region, `namespace/${nsId}`), namespaceId: nsId, namespaceName: name, adminUsername: hardened ? `admin_${i}` : 'admin', dbName: 'dev', kmsKeyId: keyChoice ?? 'AWS_OWNED_KMS_KEY', iamRoles: [], logExports: hardened ? ['connectionlog', 'userlog', 'useractivitylog'] : ['connectionlog'], status: 'AVAILABLE', creationDate: ago(200) });
      const wgId = uuid();
      const wgSubnets = subnetsOf(i, hardened ? 3 : 1);
      workgroups.push({
        workgroupId: wgId,
        workgroupArn: arn('redshift-serverless', region, `workgroup/${wgId}`),
        workgroupName: name,
        namespaceName: name,
        baseCapacity: 32,
        enhancedVpcRouting: hardened,
        configParameters: [
          { parameterKey: 'enable_user_activity_logging', parameterValue: 'true' },
          { parameterKey: 'require_ssl', parameterValue: hardened ? 'true' : 'false' },
          { parameterKey: 'use_fips_ssl', parameterValue: 'false' },
        ],
        securityGroupIds: [sg(i)],
        subnetIds: wgSubnets.map((s) => s.SubnetId),
        status: 'AVAILABLE',
        endpoint: { address: `${name}.${accountId}.${region}.redshift-serverless.amazonaws.com`, port: 5439 },
        publiclyAccessible: !hardened && chance(0.5),
        creationDate: ago(200),
        port: 5439,
        maxCapacity: 256,
        ipAddressType: 'ipv4',
      });
    }
    R.redshift = { clusters: redshiftClusters, parameters: redshiftParameters, subnetGroups: redshiftSubnetGroups };
    R.redshiftServerless = { namespaces, workgroups };

    // ECR.
    const lifecycle = JSON.stringify({ rules: [{ rulePriority: 1, description: 'Expire untagged images after 14 days', selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] });
    const pull = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];
    const repositories = Array.from({ length: count('ecr.repositories') }, (_, i) => {
      const name = `${pick(['prod', 'staging', 'tools'])}-${pick(['api', 'web', 'worker', 'batch'])}-${i}`;
      const keyChoice = rand();
      const encryption = keyChoice < 0.3 && cmk() ? { encryptionType: 'KMS', kmsKey: cmk() } : keyChoice < 0.35 ? { encryptionType: 'KMS' } : keyChoice < 0.37 ? { encryptionType: 'KMS', kmsKey: describeForeign(foreignKey) } : { encryptionType: 'AES256' };
      return {
        repository: {
          repositoryArn: arn('ecr', region, `repository/${name}`),
          registryId: accountId,
          repositoryName: name,
          repositoryUri: `${accountId}.dkr.ecr.${region}.amazonaws.com/${name}`,
          createdAt: ago(300 + i),
          imageTagMutability: chance(0.5) ? 'IMMUTABLE' : 'MUTABLE',
          imageScanningConfiguration: { scanOnPush: chance(0.6) },
          encryptionConfiguration: encryption,
        },
        policy: chance(0.3) ? JSON.stringify({ Version: '2012-10-17', Statement: [chance(0.15) ? { Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: pull } : { Sid: 'CrossAccountPull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }, Action: pull }] }) : undefined,
        lifecycle: chance(0.6) ? lifecycle : undefined,
      };
    });
    R.ecr = { repositories, scanning: r % 3 === 0 ? { scanType: 'ENHANCED', rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }] } : { scanType: 'BASIC', rules: r % 3 === 1 ? [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'prod-*', filterType: 'WILDCARD' }] }] : [] } };

    // AWS Backup: plans selecting by tag, by ARN pattern and with exclusions; vaults and their recovery points.
    const role = `arn:aws:iam::${accountId}:role/service-role/AWSBackupDefaultServiceRole`;
    const conditions = (equals = []) => ({ StringEquals: equals, StringNotEquals: [], StringLike: [], StringNotLike: [] });
    const selection = (SelectionName, o) => ({ SelectionName, IamRoleArn: role, Resources: o.resources ?? [], NotResources: o.notResources ?? [], ListOfTags: o.listOfTags ?? [], Conditions: conditions(o.equals) });
    const selectionTemplates = [
      () => selection('tagged-daily', { resources: ['*'], equals: [{ ConditionKey: 'aws:ResourceTag/backup', ConditionValue: 'daily' }] }),
      () => selection('databases', { resources: ['arn:aws:rds:*:*:db:*'], notResources: R.rds.dbInstances.length ? [R.rds.dbInstances[0].DBInstanceArn] : [] }),
      () => selection('efs-automatic', { listOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'aws:elasticfilesystem:default-backup', ConditionValue: 'enabled' }] }),
      () => selection('tables', { resources: [arn('dynamodb', region, 'table/orders-*')] }),
      () => selection('volumes', { resources: volumes.slice(0, 5).map((v) => arn('ec2', region, `volume/${v.VolumeId}`)) }),
    ];
    const plans = Array.from({ length: count('backup.plans') }, (_, i) => ({
      BackupPlanArn: arn('backup', region, `backup-plan:${uuid()}`),
      BackupPlanId: uuid(),
      CreationDate: ago(400),
      VersionId: alnum(24),
      BackupPlanName: `plan-${i}`,
      LastExecutionDate: ago(1),
      selections: Array.from({ length: 1 + (i % 2) }, (_, k) => ({ id: uuid(), value: selectionTemplates[(i + k * 2) % selectionTemplates.length]() })),
    }));
    const vaults = Array.from({ length: count('backup.vaults') }, (_, i) => {
      const name = i === 0 ? 'Default' : `vault-${i}`;
      const locked = chance(0.4);
      return {
        BackupVaultName: name,
        BackupVaultArn: arn('backup', region, `backup-vault:${name}`),
        VaultType: i % 5 === 4 ? 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT' : 'BACKUP_VAULT',
        CreationDate: ago(400),
        EncryptionKeyArn: cmk() ?? arn('kms', region, `key/${uuid()}`),
        CreatorRequestId: `console-${name}`,
        NumberOfRecoveryPoints: 0,
        Locked: locked,
        ...(locked ? { MinRetentionDays: 7, MaxRetentionDays: 365, LockDate: ago(100) } : {}),
        points: [],
      };
    });
    const protectable = [...volumes.map((v) => [arn('ec2', region, `volume/${v.VolumeId}`), 'EBS']), ...R.rds.dbInstances.map((d) => [d.DBInstanceArn, 'RDS']), ...tables.map((t) => [t.description.TableArn, 'DynamoDB']), ...fileSystems.map((f) => [f.description.FileSystemArn, 'EFS'])];
    if (vaults.length && protectable.length) {
      for (let i = 0; i < count('backup.recoveryPoints'); i++) {
        const vault = vaults[i % vaults.length];
        const [resource, type] = protectable[i % protectable.length];
        const encrypted = !chance(0.03);
        vault.points.push({
          RecoveryPointArn: arn('backup', region, `recovery-point:${uuid()}`),
          BackupVaultName: vault.BackupVaultName,
          BackupVaultArn: vault.BackupVaultArn,
          ResourceArn: resource,
          ResourceType: type,
          CreatedBy: {},
          IamRoleArn: role,
          Status: 'COMPLETED',
          CreationDate: ago(i % 35),
          CompletionDate: ago(i % 35),
          BackupSizeInBytes: 21474836480,
          Lifecycle: { DeleteAfterDays: 35 },
          ...(encrypted ? { EncryptionKeyArn: vault.EncryptionKeyArn } : {}),
          IsEncrypted: encrypted,
          VaultType: vault.VaultType,
        });
      }
      for (const v of vaults) v.NumberOfRecoveryPoints = v.points.length;
    }
    const optIn = { Aurora: true, DynamoDB: r % 4 !== 1, EBS: true, EC2: true, EFS: true, FSx: true, RDS: true, Redshift: false, S3: true, 'Storage Gateway': false, VirtualMachine: false };
    R.backup = { plans, vaults, optIn };
  });

  // ---------------------------------------------------------------------------------------------
  // Global services: CloudFront (with its certificates, web ACLs and standard logging v2), Shield.
  const home = account.regional[homeRegion];
  const edgeFunctions = home.lambda.functions.filter((fn) => !fn.VpcConfig).slice(0, 3);
  const cloudfrontAcls = Array.from({ length: Math.max(1, Math.ceil(n('cloudfront.distributions') / 15)) }, (_, i) => {
    const id = uuid();
    const name = `edge-acl-${i}`;
    const aclArn = `arn:aws:wafv2:${homeRegion}:${accountId}:global/webacl/${name}/${id}`;
    return {
      scope: 'CLOUDFRONT',
      summary: { Name: name, Id: id, Description: '', LockToken: uuid(), ARN: aclArn },
      acl: {
        Name: name,
        Id: id,
        ARN: aclArn,
        DefaultAction: { Allow: {} },
        Description: '',
        Rules: [{ Name: 'AWSManagedRulesCommonRuleSet', Priority: 0, Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' } }, OverrideAction: { None: {} }, VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'common' } }],
        VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: name },
        Capacity: 700,
        ManagedByFirewallManager: false,
        LabelNamespace: `awswaf:${accountId}:webacl:${name}:`,
      },
      logging: i % 2 === 0 ? { ResourceArn: aclArn, LogDestinationConfigs: [`arn:aws:s3:::aws-waf-logs-edge-${accountId}`], LogType: 'WAF_LOGS', LogScope: 'CUSTOMER', ManagedByFirewallManager: false } : null,
      resources: {},
    };
  });
  const list = (items) => (items.length ? { Quantity: items.length, Items: items } : { Quantity: 0 });
  const s3Origin = (Id, DomainName, oac) => ({ Id, DomainName, OriginPath: '', CustomHeaders: list([]), S3OriginConfig: { OriginAccessIdentity: oac ? '' : 'origin-access-identity/cloudfront/E74FTE3AJFJ256A', OriginReadTimeout: 30 }, ConnectionAttempts: 3, ConnectionTimeout: 10, OriginShield: { Enabled: false }, OriginAccessControlId: oac ? `E${alnum(13).toUpperCase()}` : '' });
  const customOrigin = (Id, DomainName, policy, protocols, oac = '') => ({
    Id,
    DomainName,
    OriginPath: '',
    CustomHeaders: list([{ HeaderName: 'X-Origin-Verify', HeaderValue: `bench-only-${hex(16)}` }]),
    CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: policy, OriginSslProtocols: list(protocols), OriginReadTimeout: 30, OriginKeepaliveTimeout: 5, IpAddressType: 'ipv4' },
    ConnectionAttempts: 3,
    ConnectionTimeout: 10,
    OriginShield: { Enabled: false },
    OriginAccessControlId: oac,
  });
  const behavior = (TargetOriginId, ViewerProtocolPolicy, extra = {}) => ({
    TargetOriginId,
    TrustedSigners: { Enabled: false, Quantity: 0 },
    TrustedKeyGroups: { Enabled: false, Quantity: 0 },
    ViewerProtocolPolicy,
    AllowedMethods: { Quantity: 2, Items: ['HEAD', 'GET'], CachedMethods: { Quantity: 2, Items: ['HEAD', 'GET'] } },
    SmoothStreaming: false,
    Compress: true,
    LambdaFunctionAssociations: list([]),
    FunctionAssociations: list([]),
    FieldLevelEncryptionId: '',
    CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
    ...extra,
  });
  const foreignBuckets = {};
  const homeAlbs = home.elbv2.loadBalancers;
  const distributions = Array.from({ length: n('cloudfront.distributions') }, (_, i) => {
    const id = `E${alnum(13).toUpperCase()}`;
    const distributionArn = `arn:aws:cloudfront::${accountId}:distribution/${id}`;
    const good = chance(0.7);
    const bucket = buckets[i % Math.max(buckets.length, 1)];
    const origins = [];
    if (chance(0.85) && bucket) origins.push(s3Origin('assets', `${bucket.Name}.s3.${bucket.BucketRegion}.amazonaws.com`, good));
    else {
      // A bucket outside the account: deleted since (HeadBucket 404), or another account's (403).
      const name = `acme-campaign-${i}`;
      foreignBuckets[name] = chance(0.5) ? 'missing' : 'forbidden';
      origins.push(s3Origin('assets', `${name}.s3.amazonaws.com`, good));
    }
    if (homeAlbs.length && chance(0.6)) origins.push(customOrigin('api', homeAlbs[i % homeAlbs.length].DNSName, good ? 'https-only' : pick(['http-only', 'match-viewer']), good ? ['TLSv1.2'] : ['SSLv3', 'TLSv1', 'TLSv1.2']));
    const failover = origins.length === 1 && chance(0.3) && buckets.length > 1;
    if (failover) origins.push(s3Origin('assets-failover', `${buckets[(i + 1) % buckets.length].Name}.s3.${buckets[(i + 1) % buckets.length].BucketRegion}.amazonaws.com`, good));
    const certificate = good && home.acm.certificates.length ? home.acm.certificates[i % home.acm.certificates.length] : undefined;
    if (certificate) certificate.InUseBy.push(distributionArn);
    const edge = edgeFunctions.length && chance(0.2) ? edgeFunctions[i % edgeFunctions.length] : undefined;
    const acl = good && chance(0.8) ? cloudfrontAcls[i % cloudfrontAcls.length] : undefined;
    const summary = {
      Id: id,
      ARN: distributionArn,
      ETag: alnum(14).toUpperCase(),
      Status: 'Deployed',
      LastModifiedTime: ago(30),
      DomainName: `d${alnum(13)}.cloudfront.net`,
      Aliases: list([`www-${i}.acme-bench.example`]),
      Origins: list(origins),
      OriginGroups: list(
        failover
          ? [{ Id: 'assets-group', FailoverCriteria: { StatusCodes: list([500, 502, 503, 504]) }, Members: list([{ OriginId: 'assets' }, { OriginId: 'assets-failover' }]), SelectionCriteria: 'default' }]
          : [],
      ),
      DefaultCacheBehavior: behavior(failover ? 'assets-group' : 'assets', good ? 'redirect-to-https' : 'allow-all', edge ? { LambdaFunctionAssociations: list([{ LambdaFunctionARN: `${edge.FunctionArn}:3`, EventType: 'viewer-response', IncludeBody: false }]) } : {}),
      CacheBehaviors: list(origins.some((o) => o.Id === 'api') ? [{ PathPattern: '/api/*', ...behavior('api', good ? 'https-only' : 'allow-all') }] : []),
      CustomErrorResponses: list([]),
      Comment: `site ${i}`,
      PriceClass: 'PriceClass_100',
      Enabled: true,
      ViewerCertificate: certificate
        ? { CloudFrontDefaultCertificate: false, ACMCertificateArn: certificate.CertificateArn, SSLSupportMethod: chance(0.9) ? 'sni-only' : 'vip', MinimumProtocolVersion: chance(0.8) ? 'TLSv1.2_2021' : 'TLSv1.1_2016', Certificate: certificate.CertificateArn, CertificateSource: 'acm' }
        : { CloudFrontDefaultCertificate: true, SSLSupportMethod: 'vip', MinimumProtocolVersion: 'TLSv1', CertificateSource: 'cloudfront' },
      Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
      WebACLId: acl ? acl.summary.ARN : '',
      HttpVersion: 'http2and3',
      IsIPV6Enabled: true,
      Staging: false,
    };
    const logging = chance(0.5) ? { Enabled: true, IncludeCookies: false, Bucket: `acme-cloudfront-logs-${accountId}.s3.amazonaws.com`, Prefix: `cf/${id}/` } : { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' };
    return { summary, config: { DefaultRootObject: chance(0.8) ? 'index.html' : '', Logging: logging } };
  });
  // Standard logging v2 for some distributions without legacy logging.
  for (const d of distributions.filter((x) => !x.config.Logging.Enabled).slice(0, 3)) {
    const name = `cloudfront-${d.summary.Id}`;
    home.logs.deliverySources.push({ name, arn: arn('logs', homeRegion, `delivery-source:${name}`), resourceArns: [d.summary.ARN], service: 'cloudfront', logType: 'ACCESS_LOGS' });
    home.logs.deliveries.push({ id: alnum(16), arn: arn('logs', homeRegion, `delivery:${alnum(16)}`), deliverySourceName: name, deliveryDestinationArn: arn('logs', homeRegion, 'delivery-destination:cloudfront-logs'), deliveryDestinationType: 'CWL' });
  }
  g.cloudfront = { distributions };
  g.s3.foreignBuckets = foreignBuckets;
  g.wafCloudfront = { webAcls: cloudfrontAcls };
  g.shield = {
    state: 'ACTIVE',
    protections: [
      ...distributions.filter((_, i) => i % 3 === 0).map((d) => ({ Id: uuid(), Name: `edge-${d.summary.Id}`, ResourceArn: d.summary.ARN, HealthCheckIds: [], ProtectionArn: `arn:aws:shield::${accountId}:protection/${uuid()}` })),
      ...homeAlbs.slice(0, 2).map((lb) => ({ Id: uuid(), Name: lb.LoadBalancerName, ResourceArn: lb.LoadBalancerArn, HealthCheckIds: [], ProtectionArn: `arn:aws:shield::${accountId}:protection/${uuid()}` })),
    ],
  };
}
