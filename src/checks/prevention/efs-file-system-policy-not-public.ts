import { defineCheck } from '../define.js';
import { EFS_PINNING, fileSystemLabel, judgeFileSystems, parseFileSystemPolicy } from '../lib/efs.js';
import { publicStatements } from '../../policy/pinning.js';

export default defineCheck({
  id: 'efs-file-system-policy-not-public',
  title: 'EFS file system policies grant nothing to everyone without a restricting condition',
  pillar: 'prevention',
  service: 'efs',
  severity: 'high',
  resourceType: 'AWS::EFS::FileSystem',
  description:
    'For each EFS file system with a file system policy, no Allow statement grants anything to everyone (Principal "*", {"AWS": "*"} or NotPrincipal) unless a condition pins the caller: an account, organization, source VPC or endpoint, an IP range narrower than /0, or elasticfilesystem:AccessedViaMountTarget true (the caller must reach a mount target). A file system without a policy passes: EFS then lets any NFS client that reaches a mount target mount it, which its security groups govern, not a policy.',
  risk: 'A policy open to everyone lets any AWS principal, in any account, mount, write or take root access on the file system through any route EFS accepts.',
  remediation: {
    text: 'Replace the "*" principal with the roles or accounts that need the file system, or add a condition that pins the caller, such as elasticfilesystem:AccessedViaMountTarget true or aws:PrincipalAccount.',
    console: 'EFS > File systems > select the file system > File system policy > Edit.',
    cli: 'aws efs put-file-system-policy --file-system-id <fs-id> --policy file://policy.json',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
      'https://docs.aws.amazon.com/efs/latest/ug/access-control-block-public-access.html',
    ],
  },
  reads: ['efs.fileSystemPolicies'],
  evaluate({ 'efs.fileSystemPolicies': reads }, ctx) {
    return judgeFileSystems(reads, ctx, (fs, text, resource) => {
      const label = fileSystemLabel(fs);
      if (text === undefined) return ctx.pass(resource, `${label} has no file system policy: access governed by mount target security groups.`);
      const parsed = parseFileSystemPolicy(text);
      if (!parsed.ok) return ctx.undetermined(resource, `${label} has a file system policy that could not be read: ${parsed.reason}`);
      const open = publicStatements(parsed.policy, EFS_PINNING);
      if (open.length === 0) return ctx.pass(resource, `${label} has a file system policy that grants nothing to everyone without a condition pinning the caller.`);
      const grants = open.map((p) => `statement ${p.label} allows ${p.actions} to ${p.statement.notPrincipal ? 'everyone not named in its NotPrincipal' : 'everyone'}`);
      return ctx.fail(resource, `${label} has a public file system policy: ${grants.join('; ')}, with no condition pinning the caller.`);
    });
  },
});
