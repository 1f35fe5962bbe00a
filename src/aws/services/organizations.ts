import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

// The organization around the account: listing accounts for `scan --org`, and the organization's
// policies and delegations that organization checks and member verdicts read. Most of it answers
// only the management account or a delegated administrator.
export default {
  sdkModule: '@aws-sdk/client-organizations',
  clientClass: 'OrganizationsClient',
  iamPrefix: 'organizations',
  endpointEnvName: 'ORGANIZATIONS',
  // Organizations is one endpoint for the whole organization, shared with its management account's tools.
  limit: { concurrency: 2, scope: 'account' },
  operations: {
    DescribeEffectivePolicy: {},
    DescribeOrganization: {},
    DescribePolicy: {},
    DescribeResourcePolicy: {},
    ListAWSServiceAccessForOrganization: { paging: NEXT_TOKEN },
    ListAccounts: { paging: NEXT_TOKEN },
    ListAccountsForParent: { paging: NEXT_TOKEN },
    ListDelegatedAdministrators: { paging: NEXT_TOKEN },
    ListDelegatedServicesForAccount: { paging: NEXT_TOKEN },
    ListOrganizationalUnitsForParent: { paging: NEXT_TOKEN },
    ListParents: { paging: NEXT_TOKEN },
    ListPolicies: { paging: NEXT_TOKEN },
    ListPoliciesForTarget: { paging: NEXT_TOKEN },
    ListRoots: { paging: NEXT_TOKEN },
    ListTargetsForPolicy: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
