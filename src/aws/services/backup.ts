import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

export default {
  sdkModule: '@aws-sdk/client-backup',
  clientClass: 'BackupClient',
  iamPrefix: 'backup',
  endpointEnvName: 'BACKUP',
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
