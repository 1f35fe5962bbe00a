import { NEXT_TOKEN, type ServiceSpec } from '../service-spec.js';

/** A host name or email domain, as endpointHost derives it (lower case). */
const HOST = /^[a-z0-9.-]+$/;

/** What a subscription keeps of ListSubscriptionsByTopic's answer: never the endpoint itself. */
const SUBSCRIPTION_FIELDS = ['SubscriptionArn', 'Owner', 'Protocol', 'TopicArn'] as const;

/**
 * The host of a subscription endpoint, and nothing else: an HTTP(S) URL may carry credentials in
 * its user info, path or query, an email address names a person. URLs give their host name (no
 * user info, port, path or query), email addresses their domain. Other endpoints (SMS numbers,
 * queue, function and application ARNs) have no host and keep nothing. A host already reduced
 * stays as it is, so that reducing twice changes nothing.
 */
export function endpointHost(protocol: unknown, endpoint: unknown): string | undefined {
  if (typeof endpoint !== 'string' || typeof protocol !== 'string') return undefined;
  const kind = protocol.toLowerCase();
  const text = endpoint.trim().toLowerCase();
  if (kind === 'http' || kind === 'https') {
    if (HOST.test(text)) return text;
    try {
      const host = new URL(text).hostname;
      return HOST.test(host) ? host : undefined;
    } catch {
      return undefined;
    }
  }
  if (kind === 'email' || kind === 'email-json') {
    const domain = text.slice(text.lastIndexOf('@') + 1);
    return HOST.test(domain) ? domain : undefined;
  }
  return undefined;
}

/**
 * Keeps protocol and host of each subscription: `Endpoint` is reduced to its host (and dropped
 * when it has none), every other field of the endpoint's answer but the subscription's identity is
 * dropped. The shape stays the SDK's, so a reduced answer also goes over the wire unchanged.
 * Idempotent: a replayed inventory holds the reduced answer and goes through it again.
 */
export function sanitizeSubscriptions(output: Record<string, unknown>): Record<string, unknown> {
  const reduced: Record<string, unknown> = {};
  if (typeof output.NextToken === 'string') reduced.NextToken = output.NextToken;
  const listed = Array.isArray(output.Subscriptions) ? output.Subscriptions : [];
  reduced.Subscriptions = listed.flatMap((raw: unknown) => {
    if (!raw || typeof raw !== 'object') return [];
    const sub = raw as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const field of SUBSCRIPTION_FIELDS) if (typeof sub[field] === 'string') kept[field] = sub[field];
    const host = endpointHost(sub.Protocol, sub.Endpoint);
    if (host) kept.Endpoint = host;
    return [kept];
  });
  return reduced;
}

export default {
  sdkModule: '@aws-sdk/client-sns',
  clientClass: 'SNSClient',
  iamPrefix: 'sns',
  endpointEnvName: 'SNS',
  // ListTopics and ListSubscriptionsByTopic: 30 transactions per second per account and Region
  // (Amazon SNS API Reference, each action's page).
  limit: { concurrency: 4, scope: 'region' },
  operations: {
    GetTopicAttributes: {},
    ListSubscriptionsByTopic: { paging: NEXT_TOKEN, sanitize: sanitizeSubscriptions },
    ListTopics: { paging: NEXT_TOKEN },
  },
} as const satisfies ServiceSpec;
