import { defineCheck } from '../define.js';
import { judgeAccessPoints } from '../lib/efs.js';

export default defineCheck({
  id: 'efs-access-point-root-directory',
  title: 'EFS access points confine clients to a directory other than the root',
  pillar: 'iam',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AWS::EFS::AccessPoint',
  description:
    "Each EFS access point has RootDirectory.Path set to a directory other than \"/\": clients that mount through it see only that directory tree. A missing path or \"/\" fails (the access point then exposes the whole file system). The control's optional approvedDirectories parameter is not implemented.",
  risk: 'An access point rooted at "/" gives every application that uses it the whole file system, so one compromised client can read or change every other application\'s files.',
  remediation: {
    text: 'The root directory of an access point cannot be changed: create an access point whose root directory is the application\'s own directory, move the clients to it and delete the old one.',
    console: 'EFS > Access points > Create access point > Root directory path: /<application-directory>.',
    cli: 'aws efs create-access-point --file-system-id <fs-id> --root-directory \'Path=/<application-directory>,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=750}\' --posix-user Uid=1000,Gid=1000',
  },
  references: {
    securityHub: { ids: ['EFS.3'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html#enforce-root-directory-access-point',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-3',
    ],
  },
  reads: ['efs.accessPoints'],
  evaluate({ 'efs.accessPoints': reads }, ctx) {
    return judgeAccessPoints(reads, ctx, (ap, resource, label) => {
      const path = ap.RootDirectory?.Path;
      if (path === undefined || path.trim() === '') return ctx.fail(resource, `${label} sets no root directory, so it exposes the whole file system.`);
      if (path.replace(/\/+$/, '') === '') return ctx.fail(resource, `${label} has root directory "${path}", the root of the file system, so it exposes the whole file system.`);
      return ctx.pass(resource, `${label} confines clients to ${path}.`);
    });
  },
});
