import { defineDataset, type Fetched } from '../dataset.js';

export interface SqsQueue {
  url: string;
  /** The last path segment of the URL, which is the queue's name. */
  name: string;
  /**
   * Every attribute GetQueueAttributes returns for `All`, as strings the way SQS sends them
   * (`"true"`, epoch seconds, JSON text for `Policy`). An attribute that is not set is absent: no
   * `Policy` means no queue policy, no `KmsMasterKeyId` means no SSE-KMS.
   */
  attributes: Fetched<Record<string, string>>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'sqs.queues': SqsQueue[];
  }
}

/** Codes by which SQS says a queue was deleted after the listing (JSON protocol, then query protocol). */
const QUEUE_GONE = ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'] as const;

/** The queue name of a queue URL (`https://sqs.<region>.amazonaws.com/<account>/<name>`). */
export function queueNameOf(url: string): string {
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** Attribute values as text: SQS sends strings; a recording or an emulator may send booleans or numbers. */
function asAttributes(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== 'object') return {};
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).flatMap(([key, value]) =>
      typeof value === 'string' ? [[key, value]] : typeof value === 'number' || typeof value === 'boolean' ? [[key, String(value)]] : [],
    ),
  );
}

export const queues = defineDataset({
  id: 'sqs.queues',
  scope: 'regional',
  operations: ['sqs:ListQueues', 'sqs:GetQueueAttributes'],
  async fetch(ctx) {
    // ListQueues hands out a NextToken only when MaxResults is sent; without it the listing stops
    // silently at 1,000 queues.
    const urls = await ctx.list<string>('sqs:ListQueues', { MaxResults: 1000 }, 'QueueUrls');
    const distinct = [...new Set(urls.filter((u) => typeof u === 'string' && u !== ''))];
    const read = await ctx.perItem(
      distinct,
      async (url) => {
        const out = await ctx.call<{ Attributes?: unknown }>('sqs:GetQueueAttributes', { QueueUrl: url, AttributeNames: ['All'] });
        return asAttributes(out?.Attributes);
      },
      QUEUE_GONE,
    );
    return read.map(({ item, result }) => ({ url: item, name: queueNameOf(item), attributes: result }));
  },
});

export default [queues];
