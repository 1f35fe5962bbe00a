// How CloudWatch Logs checks name log groups.

import type { LogGroup } from '@aws-sdk/client-cloudwatch-logs';
import type { CheckContext, ResourceRef } from '../define.js';

/** DescribeLogGroups gives `arn` with a trailing `:*` and, lately, `logGroupArn` without it. */
export function logGroupRef(group: LogGroup, ctx: Pick<CheckContext, 'account' | 'region'>): ResourceRef {
  const name = group.logGroupName ?? 'unknown';
  const arn = group.logGroupArn ?? group.arn?.replace(/:\*$/, '') ?? `arn:${ctx.account.partition}:logs:${ctx.region}:${ctx.account.id}:log-group:${name}`;
  return { id: name, arn };
}

/**
 * "Log group /aws/lambda/orders (created by an AWS service, prefix /aws/lambda/)": log groups
 * that AWS services create for themselves are evaluated too, and say so.
 */
export function logGroupLabel(group: LogGroup): string {
  const name = group.logGroupName ?? 'unknown';
  const creator = /^\/aws\/[^/]+\//.exec(name)?.[0] ?? (name.startsWith('/aws/') ? '/aws/' : undefined);
  return `Log group ${name}${creator ? ` (created by an AWS service, prefix ${creator})` : ''}`;
}
