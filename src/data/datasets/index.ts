import type { AnyDataset } from '../dataset.js';
import cloudtrail from './cloudtrail.js';
import ec2Compute from './ec2-compute.js';
import ec2Network from './ec2-network.js';
import elbv2 from './elbv2.js';
import iam from './iam.js';
import kms from './kms.js';
import rds from './rds.js';
import s3 from './s3.js';

const ALL: readonly AnyDataset[] = [...cloudtrail, ...ec2Compute, ...ec2Network, ...elbv2, ...iam, ...kms, ...rds, ...s3] as AnyDataset[];

export const DATASETS: ReadonlyMap<string, AnyDataset> = new Map(ALL.map((d) => [d.id, d]));
