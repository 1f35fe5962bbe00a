// Recorded ECR calls of the demo account in us-east-1 and eu-west-1: repositories with and without
// immutable tags, lifecycle policies, customer managed keys and public pull; basic scanning with a
// registry rule for prod-* in us-east-1, enhanced continuous scanning of everything in eu-west-1.
// Keys of the account are resolved from the KMS demo's key listing; a key of the platform account
// is described by its ARN.

const ACCOUNT = '123456789012';
const PLATFORM = '210987654321';
const date = (iso) => ({ $date: iso });
const ecr = (region, operation, input, output) => ({ service: 'ecr', region, operation, input, output });
const notFound = (region, operation, input, code, message) => ({ service: 'ecr', region, operation, input, error: { code, message, httpStatus: 400 } });
const keyArn = (region, account, id) => `arn:aws:kms:${region}:${account}:key/${id}`;

const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];
const policy = (...statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const LIFECYCLE = JSON.stringify({
  rules: [
    { rulePriority: 1, description: 'Expire untagged images after 14 days', selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } },
    { rulePriority: 2, description: 'Keep the last 50 images', selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 50 }, action: { type: 'expire' } },
  ],
});

function repo(region, o) {
  return {
    repositoryArn: `arn:aws:ecr:${region}:${ACCOUNT}:repository/${o.name}`,
    registryId: ACCOUNT,
    repositoryName: o.name,
    repositoryUri: `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/${o.name}`,
    createdAt: date(o.created),
    imageTagMutability: o.mutability,
    ...(o.exclusions ? { imageTagMutabilityExclusionFilters: o.exclusions.map((filter) => ({ filterType: 'WILDCARD', filter })) } : {}),
    imageScanningConfiguration: { scanOnPush: o.scanOnPush },
    encryptionConfiguration: o.encryption,
  };
}

const REGIONS = {
  'us-east-1': {
    scanning: { scanType: 'BASIC', rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'prod-*', filterType: 'WILDCARD' }] }] },
    repositories: [
      {
        name: 'prod-api',
        created: '2024-03-11T10:00:00.000Z',
        mutability: 'IMMUTABLE',
        scanOnPush: true,
        encryption: { encryptionType: 'KMS', kmsKey: keyArn('us-east-1', ACCOUNT, '0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60') },
        lifecycle: LIFECYCLE,
        policy: policy({ Sid: 'ProdAccountPull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PLATFORM}:root` }, Action: PULL }),
      },
      {
        name: 'prod-web',
        created: '2023-08-22T14:30:00.000Z',
        mutability: 'IMMUTABLE_WITH_EXCLUSION',
        exclusions: ['latest'],
        scanOnPush: false,
        encryption: { encryptionType: 'AES256' },
        // Opened so that a partner's CI could pull without a cross-account role.
        policy: policy({ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: PULL }),
      },
      {
        name: 'tools-builder',
        created: '2022-01-05T09:15:00.000Z',
        mutability: 'MUTABLE',
        scanOnPush: true,
        encryption: { encryptionType: 'KMS' },
        lifecycle: LIFECYCLE,
      },
    ],
  },
  'eu-west-1': {
    scanning: { scanType: 'ENHANCED', rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }] },
    repositories: [
      {
        name: 'eu-payments',
        created: '2025-02-17T08:45:00.000Z',
        mutability: 'IMMUTABLE',
        scanOnPush: false,
        encryption: { encryptionType: 'KMS', kmsKey: keyArn('eu-west-1', ACCOUNT, 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f') },
        lifecycle: LIFECYCLE,
      },
      {
        name: 'eu-legacy-batch',
        created: '2020-11-30T17:00:00.000Z',
        mutability: 'MUTABLE',
        scanOnPush: false,
        // The platform team's shared key, in their account: described by its ARN.
        encryption: { encryptionType: 'KMS_DSSE', kmsKey: keyArn('eu-west-1', PLATFORM, '4d3c2b1a-0f9e-4d8c-b7a6-958473625140') },
      },
    ],
  },
};

const PLATFORM_KEY = {
  AWSAccountId: PLATFORM,
  KeyId: '4d3c2b1a-0f9e-4d8c-b7a6-958473625140',
  Arn: keyArn('eu-west-1', PLATFORM, '4d3c2b1a-0f9e-4d8c-b7a6-958473625140'),
  CreationDate: date('2023-05-09T11:00:00.000Z'),
  Enabled: true,
  Description: 'platform shared container images',
  KeyUsage: 'ENCRYPT_DECRYPT',
  KeyState: 'Enabled',
  Origin: 'AWS_KMS',
  KeyManager: 'CUSTOMER',
  CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
  KeySpec: 'SYMMETRIC_DEFAULT',
  EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
  MultiRegion: false,
};

export default [
  ...Object.entries(REGIONS).flatMap(([region, { scanning, repositories }]) => [
    ecr(region, 'DescribeRepositories', { maxResults: 1000 }, { repositories: repositories.map((r) => repo(region, r)) }),
    ecr(region, 'GetRegistryScanningConfiguration', {}, { registryId: ACCOUNT, scanningConfiguration: scanning }),
    ...repositories.flatMap((r) => [
      r.policy
        ? ecr(region, 'GetRepositoryPolicy', { repositoryName: r.name }, { registryId: ACCOUNT, repositoryName: r.name, policyText: r.policy })
        : notFound(region, 'GetRepositoryPolicy', { repositoryName: r.name }, 'RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${r.name}' in the registry with id '${ACCOUNT}'`),
      r.lifecycle
        ? ecr(region, 'GetLifecyclePolicy', { repositoryName: r.name }, { registryId: ACCOUNT, repositoryName: r.name, lifecyclePolicyText: r.lifecycle, lastEvaluatedAt: date('2026-10-31T04:00:00.000Z') })
        : notFound(region, 'GetLifecyclePolicy', { repositoryName: r.name }, 'LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository with name '${r.name}' in the registry with id '${ACCOUNT}'`),
    ]),
  ]),
  { service: 'kms', region: 'eu-west-1', operation: 'DescribeKey', input: { KeyId: PLATFORM_KEY.Arn }, output: { KeyMetadata: PLATFORM_KEY } },
];
