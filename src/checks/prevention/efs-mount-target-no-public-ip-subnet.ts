import type { MountTargetDescription } from '@aws-sdk/client-efs';
import type { Subnet } from '@aws-sdk/client-ec2';
import type { MountTargetNetwork } from '../../data/datasets/efs.js';
import { defineCheck } from '../define.js';
import { fileSystemLabel, judgeFileSystems } from '../lib/efs.js';
import { ALL_FAMILIES, internetExposures } from '../lib/security-groups.js';

const NFS_PORT = 2049;

/** `fsmt-1 (subnet-1)`, for messages. */
const targetText = (t: MountTargetDescription) => `${t.MountTargetId ?? 'unknown'} (${t.SubnetId ?? 'no subnet'})`;

/** The mount target's security groups that let the internet reach TCP 2049, as `sg-1 from 0.0.0.0/0`. */
function openGroups(target: MountTargetDescription, network: MountTargetNetwork): string[] {
  const eni = network.interfaces.find((i) => i.NetworkInterfaceId && i.NetworkInterfaceId === target.NetworkInterfaceId);
  return (eni?.Groups ?? []).flatMap((ref) => {
    const group = network.securityGroups.find((g) => g.GroupId === ref.GroupId);
    const exposures = group ? internetExposures(group, { ports: [NFS_PORT], transports: ['tcp'], families: ALL_FAMILIES }) : [];
    const sources = [...new Set(exposures.flatMap((e) => e.sources))];
    return sources.length ? [`${ref.GroupId} from ${sources.join(' and ')}`] : [];
  });
}

export default defineCheck({
  id: 'efs-mount-target-no-public-ip-subnet',
  title: 'EFS mount targets are not in subnets that assign public IPv4 addresses',
  pillar: 'prevention',
  service: 'efs',
  severity: 'medium',
  resourceType: 'AWS::EFS::FileSystem',
  description:
    "For each EFS file system, no mount target (DescribeMountTargets) is in a subnet whose MapPublicIpOnLaunch is true (ec2:DescribeSubnets). Only the subnet attribute is judged, as EFS.6 says; the message adds a mount target's security groups when one lets 0.0.0.0/0 or ::/0 reach TCP 2049 (NFS).",
  risk: 'A subnet that gives instances public addresses is usually routed to the internet; a mount target there sits in the public tier of the network, one security group rule away from exposing the file system.',
  remediation: {
    text: 'Create mount targets in private subnets (MapPublicIpOnLaunch false) and delete the ones in public subnets, or turn off public IP assignment on the subnet.',
    console: 'EFS > File systems > select the file system > Network > Manage: move the mount target to a private subnet.',
    cli: 'aws efs delete-mount-target --mount-target-id <fsmt-id> && aws efs create-mount-target --file-system-id <fs-id> --subnet-id <private-subnet-id> --security-groups <sg-id>',
  },
  references: {
    securityHub: { ids: ['EFS.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-6',
    ],
  },
  reads: ['efs.mountTargets', 'ec2.subnets', 'efs.mountTargetNetwork'],
  evaluate({ 'efs.mountTargets': reads, 'ec2.subnets': subnets, 'efs.mountTargetNetwork': network }, ctx) {
    const subnetById = new Map<string, Subnet>(subnets.flatMap((s) => (s.SubnetId ? [[s.SubnetId, s] as const] : [])));
    return judgeFileSystems(reads, ctx, (fs, targets, resource) => {
      const label = fileSystemLabel(fs);
      if (targets.length === 0) return ctx.pass(resource, `${label} has no mount targets, so none is in a subnet that assigns public IPv4 addresses.`);
      const inPublic = targets.filter((t) => subnetById.get(t.SubnetId ?? '')?.MapPublicIpOnLaunch === true);
      const unknown = targets.filter((t) => typeof subnetById.get(t.SubnetId ?? '')?.MapPublicIpOnLaunch !== 'boolean');
      const exposed = targets.flatMap((t) => openGroups(t, network).map((g) => `mount target ${t.MountTargetId ?? 'unknown'} has security group ${g} on TCP ${NFS_PORT}`));
      const exposure = exposed.length ? ` Also, ${exposed.join('; ')}.` : '';
      if (inPublic.length)
        return ctx.fail(resource, `${label} has ${inPublic.length === 1 ? 'a mount target' : 'mount targets'} in a subnet that assigns public IPv4 addresses on launch (MapPublicIpOnLaunch true): ${inPublic.map(targetText).join(', ')}.${exposure}`);
      if (unknown.length)
        return ctx.undetermined(
          resource,
          `Could not evaluate ${label}: whether the subnet of mount target ${unknown.map(targetText).join(', ')} assigns public IPv4 addresses is unknown (the subnet was not listed by ec2:DescribeSubnets or reports no MapPublicIpOnLaunch).`,
        );
      return ctx.pass(resource, `${label} has ${targets.length} mount target${targets.length === 1 ? '' : 's'}, none in a subnet that assigns public IPv4 addresses.${exposure}`);
    });
  },
});
