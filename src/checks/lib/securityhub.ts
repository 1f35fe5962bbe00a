// Security Hub per region: Security Hub CSPM (DescribeHub) or the newer, unified Security Hub
// (DescribeSecurityHubV2) answering as enabled. Which standards are enabled is reported, not judged.

import type { StandardsSubscription } from '@aws-sdk/client-securityhub';
import type { SecurityHubRegion } from '../../data/datasets/securityhub.js';

/** True when either Security Hub answers as enabled. */
export function hubEnabled(state: SecurityHubRegion): boolean {
  return (state.cspm.ok && state.cspm.value.on) || (state.v2.ok && state.v2.value.on);
}

/** `aws-foundational-security-best-practices/v/1.0.0` from a standard's ARN (`standards/...` or the older `ruleset/...`). */
export function standardName(subscription: StandardsSubscription): string {
  const arn = subscription.StandardsArn ?? subscription.StandardsSubscriptionArn ?? 'unknown standard';
  const match = /:(?:standards|ruleset|subscription)\/(.+)$/.exec(arn);
  const name = match ? match[1]! : arn;
  return subscription.StandardsStatus && subscription.StandardsStatus !== 'READY' ? `${name} (${subscription.StandardsStatus})` : name;
}
