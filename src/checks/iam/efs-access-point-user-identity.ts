import { defineCheck } from '../define.js';
import { judgeAccessPoints } from '../lib/efs.js';

export default defineCheck({
  id: 'efs-access-point-user-identity',
  title: 'EFS access points enforce a POSIX user identity',
  pillar: 'iam',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AWS::EFS::AccessPoint',
  description:
    "Each EFS access point has PosixUser set (Uid and Gid), so every file operation through it runs as that user whatever the NFS client claims. A PosixUser with Uid 0 (root) passes the control and is named in the message. The control's optional approved UID/GID parameters are not implemented.",
  risk: 'Without an enforced identity, NFS clients act as whatever user and group IDs they send, so any client can read and write files as any user, root included unless root squashing applies.',
  remediation: {
    text: 'The user identity of an access point cannot be changed: create an access point with a POSIX user (a non-root Uid and Gid), move the clients to it and delete the old one.',
    console: 'EFS > Access points > Create access point > POSIX user: User ID and Group ID.',
    cli: 'aws efs create-access-point --file-system-id <fs-id> --posix-user Uid=1000,Gid=1000 --root-directory \'Path=/<application-directory>\'',
  },
  references: {
    securityHub: { ids: ['EFS.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html#enforce-identity-access-points',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-4',
    ],
  },
  reads: ['efs.accessPoints'],
  evaluate({ 'efs.accessPoints': reads }, ctx) {
    return judgeAccessPoints(reads, ctx, (ap, resource, label) => {
      const user = ap.PosixUser;
      if (!user) return ctx.fail(resource, `${label} enforces no POSIX user, so NFS clients act with whatever user and group IDs they send.`);
      if (typeof user.Uid !== 'number' || typeof user.Gid !== 'number')
        return ctx.undetermined(resource, `${label} reports a POSIX user without ${typeof user.Uid !== 'number' ? 'Uid' : 'Gid'}, so the identity it enforces is unknown.`);
      const identity = `Uid ${user.Uid}, Gid ${user.Gid}${user.SecondaryGids?.length ? `, secondary Gids ${user.SecondaryGids.join(', ')}` : ''}`;
      return user.Uid === 0
        ? ctx.pass(resource, `${label} enforces POSIX user ${identity}; note that Uid 0 is root, which the control accepts but which gives every client root access to the files it reaches.`)
        : ctx.pass(resource, `${label} enforces POSIX user ${identity}.`);
    });
  },
});
