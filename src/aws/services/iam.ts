import { MARKER, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-iam',
  clientClass: 'IAMClient',
  iamPrefix: 'iam',
  endpointEnvName: 'IAM',
  // IAM is one endpoint for the whole account; its token buckets are shared with every other tool
  // and person using the account, are not published and cannot be raised.
  limit: { concurrency: 4, scope: 'account' },
  operations: {
    GenerateCredentialReport: {},
    GetCredentialReport: {},
    GetAccountAuthorizationDetails: { paging: MARKER },
    GetAccountPasswordPolicy: {},
    GetAccountSummary: {},
    GetLoginProfile: {},
    GetPolicyVersion: {},
    ListEntitiesForPolicy: { paging: MARKER },
    ListOrganizationsFeatures: {},
    ListPolicies: { paging: MARKER },
    ListRoles: { paging: MARKER },
    ListServerCertificates: { paging: MARKER },
    ListVirtualMFADevices: { paging: MARKER },
  },
} as const satisfies ServiceSpec;
