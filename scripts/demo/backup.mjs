// Recorded AWS Backup calls of the demo account, in us-east-1 and eu-west-1: the region opt-in
// settings (DynamoDB not opted in in eu-west-1), backup plans whose resource assignments select the
// demo's file systems, tables, volumes and databases by ARN, by wildcard, by tag and with
// exclusions, and vaults with and without Vault Lock, one holding unencrypted recovery points.
// The resources are those of scripts/demo/efs.mjs, dynamodb.mjs, ec2-compute.mjs and rds.mjs.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const backup = (region, operation, input, output) => ({ service: 'backup', region, operation, input, output });
const ROLE = `arn:aws:iam::${ACCOUNT}:role/service-role/AWSBackupDefaultServiceRole`;

const east = 'us-east-1';
const west = 'eu-west-1';

const OPT_IN = {
  Aurora: true,
  CloudFormation: true,
  DocumentDB: false,
  DynamoDB: true,
  EBS: true,
  EC2: true,
  EFS: true,
  FSx: true,
  Neptune: false,
  RDS: true,
  Redshift: false,
  S3: true,
  'SAP HANA on Amazon EC2': false,
  'Storage Gateway': false,
  Timestream: false,
  VirtualMachine: false,
};
const REGION_SETTINGS = {
  [east]: OPT_IN,
  // The European tables are assigned to a plan, but nobody opted DynamoDB in: the plan protects nothing there.
  [west]: { ...OPT_IN, DynamoDB: false },
};

const tagEquals = (key, value) => ({ ConditionType: 'STRINGEQUALS', ConditionKey: key, ConditionValue: value });
const conditions = (stringEquals = []) => ({ StringEquals: stringEquals, StringNotEquals: [], StringLike: [], StringNotLike: [] });
const resourceTag = (key, value) => ({ ConditionKey: `aws:ResourceTag/${key}`, ConditionValue: value });

/** A selection as GetBackupSelection returns it. */
const selection = (name, { resources = [], notResources = [], listOfTags = [], stringEquals = [] }) => ({
  SelectionName: name,
  IamRoleArn: ROLE,
  Resources: resources,
  NotResources: notResources,
  ListOfTags: listOfTags,
  Conditions: conditions(stringEquals),
});

const PLANS = {
  [east]: [
    {
      id: '8c1e5a2f-0b3d-4e6f-9a7b-1c2d3e4f5a61',
      name: 'aws/efs/automatic-backup-plan',
      created: '2025-02-10T09:13:00.000Z',
      selections: [{ id: '3f1a2b3c-4d5e-4f60-8a1b-2c3d4e5f6a71', value: selection('aws/efs/automatic-backup-selection', { listOfTags: [tagEquals('aws:elasticfilesystem:default-backup', 'enabled')] }) }],
    },
    {
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c62',
      name: 'prod-daily',
      created: '2024-06-03T12:00:00.000Z',
      selections: [{ id: '4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c72', value: selection('tagged-daily', { resources: ['*'], stringEquals: [resourceTag('backup', 'daily')] }) }],
    },
    {
      id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d63',
      name: 'databases',
      created: '2024-06-03T12:05:00.000Z',
      // legacy-mysql was excluded "until the migration", three years ago.
      selections: [
        {
          id: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d73',
          value: selection('rds-except-legacy', { resources: ['arn:aws:rds:*:*:db:*'], notResources: [`arn:aws:rds:${east}:${ACCOUNT}:db:legacy-mysql`] }),
        },
      ],
    },
    {
      id: '3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e64',
      name: 'web-volumes',
      created: '2025-09-15T08:00:00.000Z',
      selections: [{ id: '6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e74', value: selection('web-root-volumes', { resources: [`arn:aws:ec2:${east}:${ACCOUNT}:volume/vol-0a1b2c3d4e5f60101`] }) }],
    },
  ],
  [west]: [
    {
      id: '4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f65',
      name: 'eu-daily',
      created: '2025-10-01T07:00:00.000Z',
      selections: [
        { id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f75', value: selection('eu-tables', { resources: [`arn:aws:dynamodb:${west}:${ACCOUNT}:table/*`] }) },
        { id: '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a76', value: selection('eu-analytics-databases', { resources: [`arn:aws:rds:${west}:${ACCOUNT}:db:*`], stringEquals: [resourceTag('team', 'analytics')] }) },
        { id: '9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b77', value: selection('eu-api-volumes', { listOfTags: [tagEquals('Name', 'eu-api-1-root')] }) },
      ],
    },
  ],
};

const vault = (region, { name, type = 'BACKUP_VAULT', created, points, lock }) => ({
  BackupVaultName: name,
  BackupVaultArn: `arn:aws:backup:${region}:${ACCOUNT}:backup-vault:${name}`,
  VaultType: type,
  CreationDate: date(created),
  EncryptionKeyArn: `arn:aws:kms:${region}:${ACCOUNT}:key/${region === east ? '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a90' : '7f8a9b0c-1d2e-4f3a-9b4c-5d6e7f8a9b01'}`,
  CreatorRequestId: `console-${name.replace(/\W/g, '-')}`,
  NumberOfRecoveryPoints: points.length,
  Locked: !!lock,
  ...(lock ? { MinRetentionDays: lock.min, MaxRetentionDays: lock.max, ...(lock.date ? { LockDate: date(lock.date) } : {}) } : {}),
});

const point = (region, vaultName, { arn, resource, type, encrypted = true, created, plan }) => ({
  RecoveryPointArn: arn,
  BackupVaultName: vaultName,
  BackupVaultArn: `arn:aws:backup:${region}:${ACCOUNT}:backup-vault:${vaultName}`,
  ResourceArn: resource,
  ResourceType: type,
  CreatedBy: plan ? { BackupPlanId: plan, BackupPlanArn: `arn:aws:backup:${region}:${ACCOUNT}:backup-plan:${plan}`, BackupPlanVersion: 'ZDgwN2ViYmMtYWQ4Mi00ZWIzLWFlZWEtMzExZjI4NGMyNDFk', BackupRuleId: 'daily-rule' } : {},
  IamRoleArn: ROLE,
  Status: 'COMPLETED',
  CreationDate: date(created),
  CompletionDate: date(created.replace(/:00\.000Z$/, ':40.000Z')),
  BackupSizeInBytes: 21474836480,
  Lifecycle: { DeleteAfterDays: 35 },
  ...(encrypted ? { EncryptionKeyArn: `arn:aws:kms:${region}:${ACCOUNT}:key/6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a90` } : {}),
  IsEncrypted: encrypted,
  VaultType: 'BACKUP_VAULT',
});

const VAULTS = {
  [east]: [
    {
      name: 'Default',
      created: '2024-06-03T11:58:00.000Z',
      points: [
        { arn: `arn:aws:rds:${east}:${ACCOUNT}:snapshot:awsbackup:job-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d`, resource: `arn:aws:rds:${east}:${ACCOUNT}:db:orders-pg`, type: 'RDS', created: '2026-11-01T05:00:00.000Z', plan: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d63' },
        { arn: `arn:aws:dynamodb:${east}:${ACCOUNT}:table/orders/backup/01730430000000-a1b2c3d4`, resource: `arn:aws:dynamodb:${east}:${ACCOUNT}:table/orders`, type: 'DynamoDB', created: '2026-11-01T05:00:00.000Z', plan: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c62' },
        { arn: `arn:aws:ec2:${east}::snapshot/snap-0a1b2c3d4e5f70101`, resource: `arn:aws:ec2:${east}:${ACCOUNT}:volume/vol-0a1b2c3d4e5f60101`, type: 'EBS', created: '2026-11-01T05:00:00.000Z', plan: '3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e64' },
      ],
    },
    {
      name: 'aws/efs/automatic-backup-vault',
      created: '2025-02-10T09:13:00.000Z',
      points: [
        { arn: `arn:aws:backup:${east}:${ACCOUNT}:recovery-point:0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e`, resource: `arn:aws:elasticfilesystem:${east}:${ACCOUNT}:file-system/fs-0a1b2c3d4e5f60101`, type: 'EFS', created: '2026-11-01T05:00:00.000Z', plan: '8c1e5a2f-0b3d-4e6f-9a7b-1c2d3e4f5a61' },
      ],
    },
    {
      name: 'prod-locked',
      created: '2026-01-10T10:00:00.000Z',
      lock: { min: 7, max: 365, date: '2026-01-15T10:00:00.000Z' },
      // On-demand backups taken before the legacy migration: their sources were never encrypted.
      points: [
        { arn: `arn:aws:ec2:${east}::snapshot/snap-0a1b2c3d4e5f70102`, resource: `arn:aws:ec2:${east}:${ACCOUNT}:volume/vol-0a1b2c3d4e5f60102`, type: 'EBS', encrypted: false, created: '2026-02-01T22:00:00.000Z' },
        { arn: `arn:aws:rds:${east}:${ACCOUNT}:snapshot:awsbackup:job-1b2c3d4e-5f6a-7b8c-9d0e-1f2a3b4c5d6e`, resource: `arn:aws:rds:${east}:${ACCOUNT}:db:legacy-mysql`, type: 'RDS', encrypted: false, created: '2026-02-01T22:00:00.000Z' },
        { arn: `arn:aws:rds:${east}:${ACCOUNT}:snapshot:awsbackup:job-2c3d4e5f-6a7b-8c9d-0e1f-2a3b4c5d6e7f`, resource: `arn:aws:rds:${east}:${ACCOUNT}:db:shop-mysql`, type: 'RDS', created: '2026-10-31T05:00:00.000Z', plan: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d63' },
      ],
    },
  ],
  [west]: [
    { name: 'Default', created: '2025-10-01T06:55:00.000Z', points: [] },
    {
      name: 'eu-archive',
      type: 'LOGICALLY_AIR_GAPPED_BACKUP_VAULT',
      created: '2025-10-01T07:05:00.000Z',
      lock: { min: 14, max: 90, date: '2025-10-04T07:05:00.000Z' },
      points: [
        { arn: `arn:aws:backup:${west}:${ACCOUNT}:recovery-point:1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f`, resource: `arn:aws:rds:${west}:${ACCOUNT}:db:reports-pg`, type: 'RDS', created: '2026-10-31T04:00:00.000Z', plan: '4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f65' },
        { arn: `arn:aws:backup:${west}:${ACCOUNT}:recovery-point:2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a`, resource: `arn:aws:ec2:${west}:${ACCOUNT}:volume/vol-0e1f2a3b4c5d60201`, type: 'EBS', created: '2026-10-31T04:00:00.000Z', plan: '4d5e6f7a-8b9c-4d0e-1f2a-3b4c5d6e7f65' },
      ],
    },
  ],
};

export default [
  ...Object.entries(REGION_SETTINGS).map(([region, preference]) =>
    backup(region, 'DescribeRegionSettings', {}, { ResourceTypeOptInPreference: preference, ResourceTypeManagementPreference: { DynamoDB: true, EFS: true } }),
  ),
  ...Object.entries(PLANS).flatMap(([region, plans]) => [
    backup(region, 'ListBackupPlans', {}, {
      BackupPlansList: plans.map((p) => ({
        BackupPlanArn: `arn:aws:backup:${region}:${ACCOUNT}:backup-plan:${p.id}`,
        BackupPlanId: p.id,
        CreationDate: date(p.created),
        VersionId: 'ZDgwN2ViYmMtYWQ4Mi00ZWIzLWFlZWEtMzExZjI4NGMyNDFk',
        BackupPlanName: p.name,
        LastExecutionDate: date('2026-11-01T05:00:00.000Z'),
      })),
    }),
    ...plans.flatMap((p) => [
      backup(region, 'ListBackupSelections', { BackupPlanId: p.id }, {
        BackupSelectionsList: p.selections.map((s) => ({ SelectionId: s.id, SelectionName: s.value.SelectionName, BackupPlanId: p.id, CreationDate: date(p.created), IamRoleArn: ROLE })),
      }),
      ...p.selections.map((s) =>
        backup(region, 'GetBackupSelection', { BackupPlanId: p.id, SelectionId: s.id }, { BackupSelection: s.value, SelectionId: s.id, BackupPlanId: p.id, CreationDate: date(p.created) }),
      ),
    ]),
  ]),
  ...Object.entries(VAULTS).flatMap(([region, vaults]) => [
    backup(region, 'ListBackupVaults', {}, { BackupVaultList: vaults.map((v) => vault(region, v)) }),
    ...vaults.map((v) => backup(region, 'ListRecoveryPointsByBackupVault', { BackupVaultName: v.name }, { RecoveryPoints: v.points.map((p) => point(region, v.name, p)) })),
  ]),
];
