import { behaviorsOf, distributionLabel, distributionRef, listing } from '../lib/cloudfront-distributions.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'cloudfront-access-logging-enabled',
  title: 'CloudFront distributions log viewer requests with standard logging',
  pillar: 'detection',
  service: 'cloudfront',
  severity: 'medium',
  resourceType: 'AWS::CloudFront::Distribution',
  description:
    "For each CloudFront distribution, standard logging is on: the legacy kind (GetDistributionConfig's Logging.Enabled true), or standard logging v2, that is a CloudWatch Logs delivery source in us-east-1 (DescribeDeliverySources, service cloudfront, resourceArns containing the distribution's ARN) with at least one delivery (DescribeDeliveries, same deliverySourceName). CloudFront.5 recognises only the legacy kind: a distribution logged only through v2 passes here and fails CloudFront.5, and the message says so. Real-time logs (Kinesis, sampled) are named in the message but do not pass.",
  risk: 'Without access logs, requests to the distribution (who asked for what, from where, with which result) cannot be investigated after an incident or used to spot scanning and abuse.',
  remediation: {
    text: 'Turn on standard logging for the distribution: v2 to CloudWatch Logs, S3 or Firehose (CloudFront console, Logging tab), or legacy logging to an S3 bucket.',
    console: 'CloudFront > Distributions > the distribution > Logging > Add > Amazon S3, CloudWatch Logs or Amazon Data Firehose.',
    cli: 'aws logs put-delivery-source --region us-east-1 --name <name> --resource-arn <distribution-arn> --log-type ACCESS_LOGS; aws logs create-delivery --region us-east-1 --delivery-source-name <name> --delivery-destination-arn <destination-arn>',
  },
  references: {
    securityHub: { ids: ['CloudFront.5'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-5',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html',
    ],
  },
  reads: ['cloudfront.distributions', 'cloudfront.distributionSettings', 'cloudfront.logDeliveries'],
  evaluate({ 'cloudfront.distributions': distributions, 'cloudfront.distributionSettings': settings, 'cloudfront.logDeliveries': deliveries }, ctx) {
    const settingsOf = new Map(settings.map((s) => [s.distribution.Id, s.result]));
    return distributions.flatMap((d) => {
      const setting = settingsOf.get(d.Id);
      // Deleted between the listing and GetDistributionConfig: nothing left to judge.
      if (!setting) return [];
      const resource = distributionRef(d);
      const label = distributionLabel(d);
      const realtime = [...new Set(behaviorsOf(d).map((b) => b.behavior.RealtimeLogConfigArn).filter((arn): arn is string => !!arn))];
      const realtimeNote = realtime.length ? ` Real-time logs (${listing(realtime.map((arn) => arn.split('/').pop() ?? arn))}) are configured, but they are sampled and streamed and do not count as access logs.` : '';
      const sources = deliveries.ok ? deliveries.value.sources.filter((s) => d.ARN && (s.resourceArns ?? []).includes(d.ARN)) : [];
      const delivered = deliveries.ok ? sources.filter((s) => deliveries.value.deliveries.some((x) => x.deliverySourceName === s.name)) : [];
      const v2 = delivered.length
        ? `standard logging v2 (delivery source ${listing(delivered.map((s) => s.name ?? '?'))} with ${delivered.length === 1 ? 'a delivery' : 'deliveries'})`
        : undefined;
      const legacy = setting.ok ? setting.value.Logging : undefined;
      if (legacy?.Enabled === true) {
        const bucket = legacy.Bucket ? ` to ${legacy.Bucket}${legacy.Prefix ? ` under ${legacy.Prefix}` : ''}` : '';
        return [ctx.pass(resource, `${label} logs requests with standard logging (legacy)${bucket}${v2 ? ` and ${v2}` : ''}.${realtimeNote}`)];
      }
      if (v2) {
        return [ctx.pass(resource, `${label} logs requests only through ${v2}; Security Hub's CloudFront.5 recognises only legacy standard logging and reports this distribution as failed.${realtimeNote}`)];
      }
      if (!setting.ok) return [ctx.error(resource, setting.error, `${label} (its legacy logging setting could not be read and it has no standard logging v2 delivery)`)];
      if (!deliveries.ok) return [ctx.error(resource, deliveries.error, `${label} (legacy standard logging is off; whether it has a standard logging v2 delivery is unknown)`)];
      const idle = sources.length ? ` Delivery source ${listing(sources.map((s) => s.name ?? '?'))} exists for it but has no delivery.` : '';
      return [ctx.fail(resource, `${label} has standard logging off: legacy logging is disabled and no standard logging v2 delivery covers it.${idle}${realtimeNote}`)];
    });
  },
});
