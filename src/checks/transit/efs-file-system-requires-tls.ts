import { defineCheck } from '../define.js';
import { fileSystemLabel, judgeFileSystems, NFS_CLIENT_ACTIONS, parseFileSystemPolicy } from '../lib/efs.js';
import { statementLabel } from '../lib/s3-access.js';
import { isTransportGuard, transportGuardNearMiss, type TransportGuardScope } from '../lib/secure-transport.js';
import { resourceCovers, statementCoversAction, type Statement } from '../../policy/document.js';

/** What the EFS guard must deny: the three NFS client actions (`*` and `elasticfilesystem:*` cover them), under Resource, not NotResource. */
const EFS_GUARD: TransportGuardScope = {
  coversActions: (st) => !!st.actions && NFS_CLIENT_ACTIONS.every((action) => statementCoversAction(st, action)),
  resourceForm: (st) => st.notResources === undefined,
};

export default defineCheck({
  id: 'efs-file-system-requires-tls',
  title: 'EFS file system policies deny NFS clients that connect without TLS',
  pillar: 'transit',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AWS::EFS::FileSystem',
  description:
    'The file system policy has a Deny statement for every principal ("*" or {"AWS": "*"}) of the NFS client actions (Action "*" or "elasticfilesystem:*", or at least elasticfilesystem:ClientMount, ClientWrite and ClientRootAccess) on the file system when aws:SecureTransport is false (Bool or BoolIfExists), with no other condition narrowing the deny: the test of s3-bucket-denies-insecure-transport applied to EFS. No file system policy (PolicyNotFound) fails.',
  risk: 'Without the deny, NFS clients can mount the file system without TLS (mount -t efs -o tls is a client choice), so file contents cross the network in clear text.',
  remediation: {
    text: 'Add a file system policy statement denying every principal all actions when aws:SecureTransport is false (the console calls it "Enforce in-transit encryption for all clients"), and mount with the EFS mount helper\'s tls option.',
    console: 'EFS > File systems > select the file system > File system policy > Edit > check "Enforce in-transit encryption for all clients" > Save.',
    cli: 'aws efs put-file-system-policy --file-system-id <fs-id> --policy \'{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Resource":"<file-system-arn>","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\' (merge with the existing policy)',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html',
      'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
    ],
  },
  reads: ['efs.fileSystemPolicies'],
  evaluate({ 'efs.fileSystemPolicies': reads }, ctx) {
    return judgeFileSystems(reads, ctx, (fs, text, resource) => {
      const label = fileSystemLabel(fs);
      if (text === undefined) return ctx.fail(resource, `${label} has no file system policy, so nothing denies NFS clients that mount without TLS.`);
      const parsed = parseFileSystemPolicy(text);
      if (!parsed.ok) return ctx.undetermined(resource, `${label} has a file system policy that could not be read: ${parsed.reason}`);
      const statements = parsed.policy.statements.map((st, index) => ({ st, label: statementLabel(st, index) }));
      const guards = statements.filter(({ st }) => isTransportGuard(st, EFS_GUARD));
      const covering = guards.filter(({ st }) => resourceCovers(st, resource.arn));
      if (covering.length)
        return ctx.pass(resource, `${label} denies the NFS client actions to every principal over connections without TLS (policy statement ${covering.map((g) => g.label).join(' and ')}).`);
      if (guards.length)
        return ctx.fail(resource, `${label} denies connections without TLS only for other resources: statement ${guards.map((g) => g.label).join(' and ')} does not cover ${resource.arn}.`);
      const why = statements.flatMap(({ st, label: l }) => nearMiss(st, l) ?? []);
      return ctx.fail(
        resource,
        `${label} has no file system policy statement denying the NFS client actions to every principal when aws:SecureTransport is false${why.length ? `: ${why.join('; ')}` : ''}.`,
      );
    });
  },
});

function nearMiss(st: Statement, label: string): string | undefined {
  return transportGuardNearMiss(st, label, EFS_GUARD);
}
