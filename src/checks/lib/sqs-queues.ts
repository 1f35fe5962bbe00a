// How SQS checks name a queue: by its name, with the ARN GetQueueAttributes gives or, when the
// attributes could not be read, the one its URL implies.

import type { SqsQueue } from '../../data/datasets/sqs.js';
import type { CheckContext, ResourceRef } from '../define.js';

/** The account in a queue URL's path (`https://sqs.<region>.amazonaws.com/<account>/<name>`). */
function urlAccount(url: string): string | undefined {
  const match = /\/(\d{12})\/[^/]+\/?$/.exec(url.replace(/[?#].*$/, ''));
  return match?.[1];
}

export function queueRef(queue: SqsQueue, ctx: CheckContext): ResourceRef {
  const arn = queue.attributes.ok ? queue.attributes.value.QueueArn : undefined;
  return { id: queue.name, arn: arn ?? `arn:${ctx.account.partition}:sqs:${ctx.region}:${urlAccount(queue.url) ?? ctx.account.id}:${queue.name}` };
}
