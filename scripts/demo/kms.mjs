// Recorded KMS calls of the demo account, in us-east-1 and eu-west-1: customer managed keys with
// and without rotation, a key pending deletion, a key whose policy is open to everyone, an AWS
// managed key, an asymmetric signing key and a multi-Region key with its replica.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const kms = (region, operation, input, output) => ({ service: 'kms', region, operation, input, output });
const arnOf = (region, id) => `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;

const ROOT_STATEMENT = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const policy = (...extra) => JSON.stringify({ Version: '2012-10-17', Id: 'key-default-1', Statement: [ROOT_STATEMENT, ...extra] }, null, 2);

const key = (region, id, meta) => ({
  AWSAccountId: ACCOUNT,
  KeyId: id,
  Arn: arnOf(region, id),
  CreationDate: date('2024-02-12T09:30:00.000Z'),
  Enabled: true,
  Description: '',
  KeyUsage: 'ENCRYPT_DECRYPT',
  KeyState: 'Enabled',
  Origin: 'AWS_KMS',
  KeyManager: 'CUSTOMER',
  CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
  KeySpec: 'SYMMETRIC_DEFAULT',
  EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
  MultiRegion: false,
  ...meta,
});

const MRK = 'mrk-4f1d0b3c9a8e4b2f9d6c1a7e5b3c2d10';
const multiRegion = (type) => ({
  MultiRegion: true,
  MultiRegionConfiguration: {
    MultiRegionKeyType: type,
    PrimaryKey: { Arn: arnOf('us-east-1', MRK), Region: 'us-east-1' },
    ReplicaKeys: [{ Arn: arnOf('eu-west-1', MRK), Region: 'eu-west-1' }],
  },
});

/** Each key: its metadata, its rotation status (when KMS would be asked) and its policy (customer keys). */
const KEYS = {
  'us-east-1': [
    { meta: key('us-east-1', '0b7c6a1e-2f3d-4c5b-9a8e-1d2c3b4a5f60', { Description: 'orders database encryption' }), rotation: true, policy: policy() },
    {
      meta: key('us-east-1', '3e9f8d7c-6b5a-4d3c-8e2f-1a0b9c8d7e6f', { Description: 'legacy-app secrets', CreationDate: date('2019-06-03T14:05:00.000Z') }),
      rotation: false,
      // Someone opened decryption to every principal while debugging cross-account access.
      policy: policy({ Sid: 'AllowDecryptFromPartners', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }),
    },
    {
      meta: key('us-east-1', '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d', {
        Description: 'batch-2022 exports (retired)',
        Enabled: false,
        KeyState: 'PendingDeletion',
        DeletionDate: date('2026-11-24T00:00:00.000Z'),
        PendingDeletionWindowInDays: 30,
      }),
      policy: policy(),
    },
    {
      meta: key('us-east-1', '9d8c7b6a-5f4e-4d3c-a2b1-0f9e8d7c6b5a', {
        Description: 'Default key that protects my S3 objects when no other key is defined',
        KeyManager: 'AWS',
        CreationDate: date('2021-09-14T11:00:00.000Z'),
      }),
    },
    {
      meta: key('us-east-1', '5c4b3a29-1807-4f6e-9d5c-4b3a29180716', {
        Description: 'release artifact signing',
        KeyUsage: 'SIGN_VERIFY',
        CustomerMasterKeySpec: 'RSA_2048',
        KeySpec: 'RSA_2048',
        EncryptionAlgorithms: undefined,
        SigningAlgorithms: ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_256'],
      }),
      policy: policy(),
    },
    { meta: key('us-east-1', MRK, { Description: 'customer data (multi-Region primary)', ...multiRegion('PRIMARY') }), rotation: true, policy: policy() },
  ],
  'eu-west-1': [
    { meta: key('eu-west-1', MRK, { Description: 'customer data (multi-Region replica)', ...multiRegion('REPLICA') }), rotation: true, policy: policy() },
    {
      meta: key('eu-west-1', 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', { Description: 'eu-app EBS volumes' }),
      rotation: false,
      // The pattern of AWS managed keys: everyone, but only through EBS and only from this account.
      policy: policy({
        Sid: 'AllowEbsUseFromThisAccount',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': 'ec2.eu-west-1.amazonaws.com' } },
      }),
    },
  ],
};

const canRotate = (m) => m.KeyManager === 'CUSTOMER' && m.KeySpec === 'SYMMETRIC_DEFAULT' && m.KeyState === 'Enabled' && m.Origin === 'AWS_KMS';

export default Object.entries(KEYS).flatMap(([region, keys]) => [
  kms(region, 'ListKeys', { Limit: 1000 }, { Keys: keys.map(({ meta }) => ({ KeyId: meta.KeyId, KeyArn: meta.Arn })), Truncated: false }),
  ...keys.flatMap(({ meta, rotation, policy: text }) => [
    kms(region, 'DescribeKey', { KeyId: meta.KeyId }, { KeyMetadata: Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) }),
    ...(canRotate(meta) ? [kms(region, 'GetKeyRotationStatus', { KeyId: meta.KeyId }, { KeyRotationEnabled: rotation, KeyId: meta.Arn, ...(rotation ? { RotationPeriodInDays: 365, NextRotationDate: date('2027-02-12T09:30:00.000Z') } : {}) })] : []),
    ...(meta.KeyManager === 'CUSTOMER' ? [kms(region, 'GetKeyPolicy', { KeyId: meta.KeyId, PolicyName: 'default' }, { Policy: text, PolicyName: 'default' })] : []),
  ]),
]);
