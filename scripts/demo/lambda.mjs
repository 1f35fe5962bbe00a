// Recorded Lambda calls of the demo account, in us-east-1 and eu-west-1: a well-kept orders
// processor in two Availability Zones, an old billing sync on a deprecated runtime with credentials
// in its environment and an S3 permission any bucket of that name can use, a public webhook behind
// a function URL without authentication, a Lambda@Edge function, a container-image function in a
// single zone, and a European report builder with an IAM-authenticated URL.
import { existsSync } from 'node:fs';

const ACCOUNT = '123456789012';
const lambda = (region, operation, input, output) => ({ service: 'lambda', region, operation, input, output });
const noPolicy = (region, input) => ({
  service: 'lambda',
  region,
  operation: 'GetPolicy',
  input,
  error: { code: 'ResourceNotFoundException', message: `The resource you requested does not exist.`, httpStatus: 404 },
});
const arnOf = (region, name) => `arn:aws:lambda:${region}:${ACCOUNT}:function:${name}`;
const policy = (...Statement) => JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement });

const fn = (region, name, extra = {}) => ({
  FunctionName: name,
  FunctionArn: arnOf(region, name),
  Runtime: 'python3.12',
  Role: `arn:aws:iam::${ACCOUNT}:role/${name}-role`,
  Handler: 'app.handler',
  CodeSize: 18342,
  Description: '',
  Timeout: 30,
  MemorySize: 512,
  LastModified: '2026-06-15T10:21:33.000+0000',
  CodeSha256: 'x3Y7c1e5Qm2P9sT4vW8zA0bD6fH2jK5nR7tU9wX1yZ4=',
  Version: '$LATEST',
  TracingConfig: { Mode: 'PassThrough' },
  RevisionId: '3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b',
  PackageType: 'Zip',
  Architectures: ['arm64'],
  EphemeralStorage: { Size: 512 },
  SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
  LoggingConfig: { LogFormat: 'JSON', ApplicationLogLevel: 'INFO', SystemLogLevel: 'WARN', LogGroup: `/aws/lambda/${name}` },
  ...extra,
});
const vpc = (VpcId, SubnetIds, SecurityGroupIds) => ({ VpcConfig: { VpcId, SubnetIds, SecurityGroupIds, Ipv6AllowedForDualStack: false } });
const url = (region, name, AuthType, { alias, cors, id } = {}) => ({
  FunctionUrl: `https://${id}.lambda-url.${region}.on.aws/`,
  FunctionArn: `${arnOf(region, name)}${alias ? `:${alias}` : ''}`,
  AuthType,
  ...(cors ? { Cors: cors } : {}),
  CreationTime: '2026-02-03T08:15:00.000000Z',
  LastModifiedTime: '2026-02-03T08:15:00.000000Z',
  InvokeMode: 'BUFFERED',
});

const east = 'us-east-1';
const west = 'eu-west-1';

/** Each function: its configuration, its resource policy (text, or none) and its URLs, with the alias policies they need. */
const FUNCTIONS = {
  [east]: [
    {
      config: fn(east, 'orders-processor', {
        Description: 'Processes orders from the orders API',
        TracingConfig: { Mode: 'Active' },
        KMSKeyArn: `arn:aws:kms:${east}:${ACCOUNT}:key/0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60`,
        Environment: {
          Variables: {
            TABLE_NAME: 'orders',
            ORDERS_DB_SECRET_ARN: `arn:aws:secretsmanager:${east}:${ACCOUNT}:secret:orders-db-credentials-AbCdEf`,
            POWERTOOLS_SERVICE_NAME: 'orders',
          },
        },
        ...vpc('vpc-0a1b2c3d4e5f60101', ['subnet-0a1b2c3d4e5f60102', 'subnet-0a1b2c3d4e5f60103'], ['sg-0a1b2c3d4e5f60101']),
      }),
      policy: policy({
        Sid: 'orders-api-invoke',
        Effect: 'Allow',
        Principal: { Service: 'apigateway.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Resource: arnOf(east, 'orders-processor'),
        Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:execute-api:${east}:${ACCOUNT}:a1b2c3d4e5/*/*/orders` } },
      }),
      urls: [],
    },
    {
      config: fn(east, 'legacy-billing-sync', {
        Runtime: 'nodejs16.x',
        Handler: 'index.handler',
        Description: 'Nightly billing export (2021)',
        Architectures: ['x86_64'],
        // Fake credentials shaped like real ones (AWS's documented example key pair): they must
        // never appear in any report, log or saved inventory.
        Environment: {
          Variables: {
            BILLING_DB_HOST: 'billing-db.cluster-c9akciq32.us-east-1.rds.amazonaws.com',
            BILLING_DB_PASSWORD: 'Demo-Only-Fake-Passw0rd-2b7e',
            EXPORT_AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
            EXPORT_AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
            LOG_LEVEL: 'debug',
          },
        },
      }),
      // Added by the console for an S3 trigger before aws:SourceAccount was added by default.
      policy: policy({
        Sid: 's3-invoke-billing-drop',
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Resource: arnOf(east, 'legacy-billing-sync'),
        Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::acme-billing-drop' } },
      }),
      urls: [],
    },
    {
      config: fn(east, 'public-webhook', { Runtime: 'nodejs22.x', Handler: 'index.handler', Description: 'Receives webhooks from a SaaS tool', Environment: { Variables: { QUEUE_URL: `https://sqs.${east}.amazonaws.com/${ACCOUNT}/webhooks` } } }),
      policy: policy(
        {
          Sid: 'FunctionURLAllowPublicAccess',
          Effect: 'Allow',
          Principal: '*',
          Action: 'lambda:InvokeFunctionUrl',
          Resource: arnOf(east, 'public-webhook'),
          Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
        },
        {
          Sid: 'FunctionURLAllowInvokeAction',
          Effect: 'Allow',
          Principal: '*',
          Action: 'lambda:InvokeFunction',
          Resource: arnOf(east, 'public-webhook'),
          Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } },
        },
      ),
      urls: [
        { config: url(east, 'public-webhook', 'NONE', { id: 'x7k2m9p4q1w8e5r3t6y0u2i4o7a9s1d3', cors: { AllowOrigins: ['*'], AllowMethods: ['POST'], AllowHeaders: ['content-type'], MaxAge: 300 } }) },
        {
          config: url(east, 'public-webhook', 'AWS_IAM', { alias: 'internal', id: 'b4n6m8q0w2e4r6t8y0u2i4o6p8a0s2d4', cors: { AllowOrigins: ['https://admin.example.com'], AllowMethods: ['GET'] } }),
        },
      ],
    },
    {
      config: fn(east, 'security-headers-edge', { Runtime: 'nodejs20.x', Handler: 'index.handler', MemorySize: 128, Timeout: 5, Description: 'Adds security headers to viewer responses', Architectures: ['x86_64'] }),
      policy: undefined,
      urls: [],
    },
    {
      config: fn(east, 'image-resizer', {
        Runtime: undefined,
        Handler: undefined,
        PackageType: 'Image',
        ImageConfigResponse: {},
        MemorySize: 2048,
        Description: 'Resizes uploaded images',
        TracingConfig: { Mode: 'Active' },
        ...vpc('vpc-0a1b2c3d4e5f60101', ['subnet-0a1b2c3d4e5f60102', 'subnet-0a1b2c3d4e5f60104'], ['sg-0a1b2c3d4e5f60102']),
      }),
      policy: undefined,
      urls: [],
    },
  ],
  [west]: [
    {
      config: fn(west, 'eu-report-builder', {
        Runtime: 'java21',
        Handler: 'com.example.reports.Handler::handleRequest',
        MemorySize: 1024,
        Timeout: 120,
        Description: 'Builds PDF reports for EU customers',
        TracingConfig: { Mode: 'Active' },
        KMSKeyArn: `arn:aws:kms:${west}:${ACCOUNT}:key/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f`,
        Environment: { Variables: { REPORT_BUCKET: 'acme-eu-reports', SIGNING_KEY_PARAMETER: '/eu-reports/signing-key' } },
        ...vpc('vpc-0e1f2a3b4c5d60201', ['subnet-0e1f2a3b4c5d60201'], ['sg-0e1f2a3b4c5d60201']),
      }),
      policy: undefined,
      urls: [{ config: url(west, 'eu-report-builder', 'AWS_IAM', { id: 'q2w4e6r8t0y2u4i6o8p0a2s4d6f8g0h2' }) }],
    },
  ],
};

/**
 * Lambda@Edge associations come from CloudFront's ListDistributions (read once, through us-east-1).
 * The CloudFront demo answers that request when it exists; until then this one does.
 */
const cloudfrontDemo = existsSync(new URL('./cloudfront.mjs', import.meta.url));
const edgeDistributions = cloudfrontDemo
  ? []
  : [
      {
        service: 'cloudfront',
        region: east,
        operation: 'ListDistributions',
        input: {},
        output: {
          DistributionList: {
            Marker: '',
            MaxItems: 100,
            IsTruncated: false,
            Quantity: 1,
            Items: [
              {
                Id: 'E2QWRUHEXAMPLE',
                ARN: `arn:aws:cloudfront::${ACCOUNT}:distribution/E2QWRUHEXAMPLE`,
                DomainName: 'd111111abcdef8.cloudfront.net',
                Status: 'Deployed',
                Enabled: true,
                DefaultCacheBehavior: {
                  TargetOriginId: 'www-origin',
                  ViewerProtocolPolicy: 'redirect-to-https',
                  LambdaFunctionAssociations: { Quantity: 1, Items: [{ LambdaFunctionARN: `${arnOf(east, 'security-headers-edge')}:7`, EventType: 'viewer-response', IncludeBody: false }] },
                },
                CacheBehaviors: { Quantity: 0 },
              },
            ],
          },
        },
      },
    ];

export default [
  ...Object.entries(FUNCTIONS).flatMap(([region, fns]) => [
    lambda(region, 'ListFunctions', {}, { Functions: fns.map(({ config }) => Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined))) }),
    ...fns.flatMap(({ config, policy: text, urls }) => [
      text ? lambda(region, 'GetPolicy', { FunctionName: config.FunctionName }, { Policy: text, RevisionId: config.RevisionId }) : noPolicy(region, { FunctionName: config.FunctionName }),
      lambda(region, 'ListFunctionUrlConfigs', { FunctionName: config.FunctionName }, { FunctionUrlConfigs: urls.map((u) => u.config) }),
      // The policy of an alias whose URL needs no authentication (none here has one of its own).
      ...urls
        .filter((u) => u.config.AuthType === 'NONE' && u.config.FunctionArn !== config.FunctionArn)
        .map((u) => noPolicy(region, { FunctionName: config.FunctionName, Qualifier: u.config.FunctionArn.split(':')[7] })),
    ]),
  ]),
  ...edgeDistributions,
];
