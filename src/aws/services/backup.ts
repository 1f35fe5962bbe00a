import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-backup',
  clientClass: 'BackupClient',
  iamPrefix: 'backup',
  endpointEnvName: 'BACKUP',
  // AWS publishes no request rate for the Backup List/Get/Describe operations (the quotas page
  // lists resource quotas only: 300 vaults and 300 plans per Region, 100 selections per plan); a few
  // at a time per Region. The scan sends one GetBackupSelection per selection and one paged
  // ListRecoveryPointsByBackupVault per vault.
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    DescribeRegionSettings: {},
    GetBackupSelection: {},
    ListBackupPlans: { paging: NEXT_TOKEN },
    ListBackupSelections: { paging: NEXT_TOKEN },
    ListBackupVaults: { paging: NEXT_TOKEN },
    ListRecoveryPointsByBackupVault: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
