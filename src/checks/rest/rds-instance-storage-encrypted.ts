import { defineCheck } from '../define.js';
import { instanceRef } from '../../data/rds-engines.js';

export default defineCheck({
  id: 'rds-instance-storage-encrypted',
  title: 'RDS DB instances encrypt their storage at rest',
  pillar: 'rest',
  service: 'rds',
  severity: 'medium',
  resourceType: 'AWS::RDS::DBInstance',
  description: 'Each RDS DB instance has storage encryption enabled (StorageEncrypted is true).',
  risk: 'Unencrypted storage, automated backups, read replicas and snapshots expose the data to anyone who obtains the underlying volumes or a copy of a snapshot.',
  remediation: {
    text: 'Encryption cannot be turned on for an existing instance: take a snapshot, copy it with encryption enabled, restore a new instance from the encrypted copy and switch clients over.',
    console: 'RDS > Snapshots > Take snapshot; then Actions > Copy snapshot with "Enable encryption"; then Restore snapshot.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snap> --target-db-snapshot-identifier <snap>-enc --kms-key-id alias/aws/rds',
  },
  references: {
    cis: { v5: '2.2.1', v3: '2.3.1' },
    securityHub: { ids: ['RDS.3'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
  },
  reads: ['rds.instances'],
  evaluate({ 'rds.instances': instances }, ctx) {
    return instances.map((db) => {
      const resource = instanceRef(db);
      if (db.StorageEncrypted === true) return ctx.pass(resource, `DB instance ${resource.id} encrypts its storage${db.KmsKeyId ? ` with ${db.KmsKeyId}` : ''}.`);
      if (db.StorageEncryptionType === 'sse-rds') {
        return ctx.fail(resource, `DB instance ${resource.id} is encrypted only with an AWS owned key (StorageEncryptionType sse-rds, StorageEncrypted false), not with a KMS key of the account.`);
      }
      // An omitted StorageEncrypted reads as false, the documented default.
      return ctx.fail(resource, `DB instance ${resource.id} does not encrypt its storage at rest.`);
    });
  },
});
