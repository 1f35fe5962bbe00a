import type { EventSubscription } from '@aws-sdk/client-rds';
import { defineCheck } from '../define.js';

interface Requirement {
  sourceType: string;
  categories: readonly string[];
  control: string;
}

const REQUIREMENTS: readonly Requirement[] = [
  { sourceType: 'db-cluster', categories: ['failure', 'maintenance'], control: 'RDS.19' },
  { sourceType: 'db-instance', categories: ['failure', 'maintenance', 'configuration change'], control: 'RDS.20' },
  { sourceType: 'db-parameter-group', categories: ['configuration change'], control: 'RDS.21' },
  { sourceType: 'db-security-group', categories: ['configuration change', 'failure'], control: 'RDS.22' },
];

/** A subscription created without a source type receives the events of every source. */
function coversSource(sub: EventSubscription, sourceType: string): boolean {
  return !sub.SourceType || sub.SourceType === 'all' || sub.SourceType === sourceType;
}

/** The required categories a subscription does not receive; an empty category list means all of them. */
function missingCategories(sub: EventSubscription, required: readonly string[]): string[] {
  const listed = (sub.EventCategoriesList ?? []).map((c) => c.toLowerCase());
  return listed.length === 0 ? [] : required.filter((c) => !listed.includes(c));
}

const isLive = (sub: EventSubscription) => sub.Enabled === true && sub.Status === 'active';
const nameOf = (sub: EventSubscription) => sub.CustSubscriptionId ?? sub.EventSubscriptionArn ?? 'unnamed';

export default defineCheck({
  id: 'rds-event-subscription-critical-events',
  title: 'RDS event subscriptions notify of critical events for each source type',
  pillar: 'detection',
  service: 'rds',
  severity: 'low',
  resourceType: 'AWS::RDS::EventSubscription',
  description:
    'Per region and source type, one enabled and active RDS event subscription receives the critical categories: db-cluster failure and maintenance (RDS.19); db-instance failure, maintenance and configuration change (RDS.20); db-parameter-group configuration change (RDS.21); db-security-group configuration change and failure (RDS.22). An empty category list means every category; a subscription without a source type covers every source type; a subscription limited to named sources (SourceIdsList) covers only them and does not count for the region.',
  risk: 'Without notifications, failovers, failures, forced maintenance and configuration changes to databases go unnoticed until users report an outage or an auditor finds the change.',
  remediation: {
    text: 'Create an event subscription per source type that sends the critical categories to an SNS topic someone watches.',
    console: 'RDS > Event subscriptions > Create event subscription > choose the source type and the event categories.',
    cli: 'aws rds create-event-subscription --subscription-name rds-instance-critical --sns-topic-arn <topic-arn> --source-type db-instance --event-categories failure maintenance "configuration change"',
  },
  references: {
    securityHub: { ids: ['RDS.19', 'RDS.20', 'RDS.21', 'RDS.22'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.Subscribing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-20',
    ],
  },
  reads: ['rds.eventSubscriptions'],
  evaluate({ 'rds.eventSubscriptions': subscriptions }, ctx) {
    return REQUIREMENTS.map((req) => {
      // No single resource carries this result: one stable reference per region and source type.
      const resource = {
        id: `event-subscriptions/${req.sourceType}`,
        arn: `arn:${ctx.account.partition}:rds:${ctx.region}:${ctx.account.id}:es:*/${req.sourceType}`,
      };
      const wanted = req.categories.join(', ');
      const forSource = subscriptions.filter((s) => coversSource(s, req.sourceType));
      // Only a subscription to every source of the type covers the region: one limited to named
      // sources says nothing about the others, nor about any created later.
      const covering = forSource.find((s) => isLive(s) && missingCategories(s, req.categories).length === 0 && !s.SourceIdsList?.length);
      const controls = [req.control];
      if (covering) {
        return { ...ctx.pass(resource, `Event subscription ${nameOf(covering)} sends ${req.sourceType} ${wanted} events of every ${req.sourceType} to ${covering.SnsTopicArn ?? 'its SNS topic'} (${req.control}).`), controls };
      }
      const why = forSource.map((s) => {
        if (!isLive(s)) return `${nameOf(s)} is ${s.Enabled === true ? `in status ${s.Status ?? 'unknown'}` : 'disabled'}`;
        const missing = missingCategories(s, req.categories);
        if (missing.length > 0) return `${nameOf(s)} lacks ${missing.join(', ')}`;
        return `${nameOf(s)} is limited to ${s.SourceIdsList!.join(', ')}`;
      });
      const detail = why.length ? `: ${why.join('; ')}` : ': there is no subscription for this source type';
      return { ...ctx.fail(resource, `No enabled, active event subscription in ${ctx.region} sends ${req.sourceType} ${wanted} events (${req.control})${detail}.`), controls };
    });
  },
});
