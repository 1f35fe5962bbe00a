import { defineCheck } from '../define.js';
import { fileSystemLabel, fileSystemRef } from '../lib/efs.js';

export default defineCheck({
  id: 'efs-file-system-encrypted',
  title: 'EFS file systems are encrypted at rest',
  pillar: 'rest',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AWS::EFS::FileSystem',
  description:
    'Each EFS file system, Regional or One Zone, has Encrypted true (any KMS key; EFS.1 ignores its KmsKeyId parameter, as Security Hub documents). EFS.1, EFS.8 and CIS 2.3.1 make the same test.',
  risk: 'An unencrypted file system stores its files and metadata in clear text on the underlying storage, outside the protection and audit trail of a KMS key.',
  remediation: {
    text: 'Encryption at rest is chosen when a file system is created: create an encrypted file system and copy the data to it (for example with AWS DataSync), then move the clients and delete the old one.',
    console: 'EFS > File systems > Create file system > Customize > enable "Encryption of data at rest"; then copy the data across.',
    cli: 'aws efs create-file-system --encrypted --kms-key-id <key-arn> --creation-token <token>',
  },
  references: {
    cis: { v5: '2.3.1', v3: '2.4.1' },
    securityHub: { ids: ['EFS.1', 'EFS.8'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-8',
    ],
  },
  reads: ['efs.fileSystems'],
  evaluate({ 'efs.fileSystems': fileSystems }, ctx) {
    return fileSystems.map((fs) => {
      const resource = fileSystemRef(fs, ctx);
      const label = fileSystemLabel(fs);
      if (fs.Encrypted === true) return ctx.pass(resource, `${label} is encrypted at rest${fs.KmsKeyId ? ` with ${fs.KmsKeyId}` : ''}.`);
      if (fs.Encrypted === false)
        return ctx.fail(resource, `${label} is not encrypted at rest; encryption is chosen at creation, so its data must be copied to a new, encrypted file system.`);
      return ctx.undetermined(resource, `${label} reports no Encrypted flag, so whether it is encrypted at rest is unknown.`);
    });
  },
});
