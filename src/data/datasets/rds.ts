import type { DBInstance } from '@aws-sdk/client-rds';
import { defineDataset } from '../dataset.js';

declare module '../dataset.js' {
  interface DatasetTypes {
    'rds.instances': DBInstance[];
  }
}

export const instances = defineDataset({
  id: 'rds.instances',
  scope: 'regional',
  operations: ['rds:DescribeDBInstances'],
  fetch: (ctx) => ctx.list<DBInstance>('rds:DescribeDBInstances', {}, 'DBInstances'),
});

export default [instances];
