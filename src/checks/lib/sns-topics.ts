// How SNS checks name topics.

import type { ResourceRef } from '../define.js';
import { topicRegion } from '../../data/datasets/sns.js';

/** The topic's name: the last part of its ARN (`arn:aws:sns:<region>:<account>:<name>`). */
export const topicName = (arn: string) => arn.split(':').pop() || arn;

export function topicRef(arn: string): ResourceRef {
  const region = topicRegion(arn);
  return { id: topicName(arn), arn, ...(region ? { region } : {}) };
}
