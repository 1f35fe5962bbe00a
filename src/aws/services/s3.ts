import { type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-s3',
  clientClass: 'S3Client',
  iamPrefix: 's3',
  endpointEnvName: 'S3',
  // S3 limits request rates per bucket prefix, thousands per second: the scan's bucket reads are far below.
  limit: { scope: 'account' },
  operations: {
    GetBucketAcl: {},
    GetBucketEncryption: { iamAction: 's3:GetEncryptionConfiguration' },
    GetBucketLifecycleConfiguration: { iamAction: 's3:GetLifecycleConfiguration' },
    GetBucketLocation: {},
    GetBucketLogging: {},
    GetBucketNotificationConfiguration: { iamAction: 's3:GetBucketNotification' },
    GetBucketOwnershipControls: {},
    GetBucketPolicy: {},
    GetBucketVersioning: {},
    GetObjectLockConfiguration: { iamAction: 's3:GetBucketObjectLockConfiguration' },
    GetPublicAccessBlock: { iamAction: 's3:GetBucketPublicAccessBlock' },
    HeadBucket: { iamAction: 's3:ListBucket' },
    ListBuckets: {
      paging: { inputToken: 'ContinuationToken', outputToken: 'ContinuationToken' },
      iamAction: 's3:ListAllMyBuckets',
    },
  },
} as const satisfies ServiceSpec;
