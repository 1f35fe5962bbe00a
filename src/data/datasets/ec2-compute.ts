import type { Instance, Reservation, Volume } from '@aws-sdk/client-ec2';
import { defineDataset } from '../dataset.js';

declare module '../dataset.js' {
  interface DatasetTypes {
    'ec2.instances': Instance[];
    'ec2.volumes': Volume[];
    'ec2.ebsEncryptionByDefault': boolean;
  }
}

export const instances = defineDataset({
  id: 'ec2.instances',
  scope: 'regional',
  operations: ['ec2:DescribeInstances'],
  async fetch(ctx) {
    const reservations = await ctx.list<Reservation>('ec2:DescribeInstances', {}, 'Reservations');
    return reservations.flatMap((r) => r.Instances ?? []);
  },
});

export const volumes = defineDataset({
  id: 'ec2.volumes',
  scope: 'regional',
  operations: ['ec2:DescribeVolumes'],
  fetch: (ctx) => ctx.list<Volume>('ec2:DescribeVolumes', {}, 'Volumes'),
});

export const ebsEncryptionByDefault = defineDataset({
  id: 'ec2.ebsEncryptionByDefault',
  scope: 'regional',
  operations: ['ec2:GetEbsEncryptionByDefault'],
  async fetch(ctx) {
    const out = await ctx.call<{ EbsEncryptionByDefault?: boolean }>('ec2:GetEbsEncryptionByDefault');
    return out?.EbsEncryptionByDefault === true;
  },
});

export default [instances, volumes, ebsEncryptionByDefault];
