import { customerScope, deletionDate, keyLabel, keyRef, keysOfUnknownScope, undescribedKeys } from '../lib/kms-keys.js';
import { defineCheck } from '../define.js';

const day = (date: Date) => date.toISOString().slice(0, 10);

export default defineCheck({
  id: 'kms-key-not-pending-deletion',
  title: 'No customer managed KMS key is scheduled for deletion',
  pillar: 'rest',
  service: 'kms',
  severity: 'critical',
  resourceType: 'AWS::KMS::Key',
  description:
    'No customer managed KMS key is in the PendingDeletion or PendingReplicaDeletion state. AWS managed keys are not evaluated.',
  risk: 'Once the waiting period ends, KMS deletes the key material for good and every piece of data encrypted under the key can never be decrypted again.',
  remediation: {
    text: 'If the key is still needed, cancel the deletion and enable the key again; otherwise confirm that no data, backup or service still depends on it before the deletion date.',
    console: 'KMS > Customer managed keys > the key > Key actions > Cancel key deletion, then Key actions > Enable.',
    cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
  },
  references: {
    securityHub: { ids: ['KMS.3'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html'],
  },
  reads: ['kms.keys'],
  evaluate({ 'kms.keys': keys }, ctx) {
    const judged = keys.flatMap((key) => {
      if (!key.metadata.ok || customerScope(key.metadata.value) !== 'in') return [];
      const meta = key.metadata.value;
      const label = keyLabel(key, meta);
      if (!meta.KeyState) return [ctx.undetermined(keyRef(key), `Could not evaluate ${label}: kms:DescribeKey returned no KeyState, so whether it is scheduled for deletion is unknown.`)];
      if (meta.KeyState === 'PendingDeletion') {
        const date = deletionDate(meta);
        const when = date ? `on ${day(date)}` : 'at the end of its waiting period';
        return [ctx.fail(keyRef(key), `${label} is scheduled for deletion ${when}.`)];
      }
      if (meta.KeyState === 'PendingReplicaDeletion') {
        const window = meta.PendingDeletionWindowInDays ? `a ${meta.PendingDeletionWindowInDays}-day waiting period that starts` : 'its waiting period, which starts';
        return [ctx.fail(keyRef(key), `${label} is a multi-Region primary key scheduled for deletion after ${window} once its replicas are deleted.`)];
      }
      return [ctx.pass(keyRef(key), `${label} is not scheduled for deletion (state ${meta.KeyState}).`)];
    });
    return [...undescribedKeys(keys, ctx), ...keysOfUnknownScope(keys, ctx, customerScope), ...judged];
  },
});
