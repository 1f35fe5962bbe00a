import type { LoggingFilter } from '@aws-sdk/client-wafv2';
import { eachWebAcl, listing, webAclLabel, webAclRef } from '../lib/wafv2-web-acls.js';
import { defineCheck } from '../define.js';

/** A filter that keeps nothing: default DROP and no filter that keeps. */
const dropsEverything = (filter: LoggingFilter | undefined) => filter?.DefaultBehavior === 'DROP' && !(filter.Filters ?? []).some((f) => f.Behavior === 'KEEP');

const destinationName = (arn: string) => {
  const service = /^arn:[^:]+:([^:]+):/.exec(arn)?.[1];
  const kind = service === 'firehose' ? 'Firehose stream' : service === 's3' ? 'S3 bucket' : service === 'logs' ? 'CloudWatch Logs log group' : 'destination';
  return `${kind} ${arn.replace(/^arn:[^:]+:[^:]+:[^:]*:[^:]*:/, '').replace(/^(deliverystream|log-group):/, '').replace(/^deliverystream\//, '')}`;
};

export default defineCheck({
  id: 'wafv2-web-acl-logging-enabled',
  title: 'AWS WAF web ACLs have logging enabled',
  pillar: 'detection',
  service: 'wafv2',
  severity: 'low',
  resourceType: 'AWS::WAFv2::WebACL',
  description:
    "For each AWS WAF web ACL (regional ones in every scanned Region, CloudFront-scope ones through us-east-1): GetLoggingConfiguration with the web ACL's ARN returns a logging configuration; WAFNonexistentItemException means logging is off. Any destination (Firehose, S3, CloudWatch Logs) passes; a logging filter that drops every request is reported in the message. Logging enabled only through Security Lake is not seen, as WAF.11 does not see it either. A web ACL associated with nothing is evaluated, and the message says so.",
  risk: 'Without web ACL logs, which requests were blocked or allowed, by which rule and from where cannot be investigated, nor can false positives be tuned.',
  remediation: {
    text: 'Enable logging on the web ACL to a CloudWatch Logs log group, an S3 bucket or a Firehose stream whose name starts with aws-waf-logs-.',
    console: 'WAF > Web ACLs > the web ACL > Logging and metrics > Enable.',
    cli: 'aws wafv2 put-logging-configuration --logging-configuration ResourceArn=<web-acl-arn>,LogDestinationConfigs=<destination-arn>',
  },
  references: {
    securityHub: { ids: ['WAF.11'], standard: 'other' },
    docs: ['https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-11', 'https://docs.aws.amazon.com/waf/latest/developerguide/logging.html'],
  },
  reads: ['wafv2.webAcls', 'wafv2.webAclLogging', 'wafv2.webAclAssociations'],
  evaluate({ 'wafv2.webAcls': listings, 'wafv2.webAclLogging': logging, 'wafv2.webAclAssociations': associations }, ctx) {
    return eachWebAcl(listings, associations, ctx, (entry, _acl, about) => {
      const resource = webAclRef(entry);
      const label = `${webAclLabel(entry)}, which ${about},`;
      const read = logging[entry.summary.ARN];
      if (!read) return ctx.undetermined(resource, `Could not evaluate ${webAclLabel(entry)}: its logging configuration was not read.`);
      return ctx.judge(resource, read, (config) => {
        if (!config) return ctx.fail(resource, `${label} has no logging configuration.`);
        const destinations = config.LogDestinationConfigs ?? [];
        const to = destinations.length ? ` to ${listing(destinations.map(destinationName))}` : '';
        const filter = dropsEverything(config.LoggingFilter) ? '; its logging filter drops every request (default DROP, no filter that keeps), so nothing is actually logged' : '';
        return ctx.pass(resource, `${label} logs requests${to}${filter}.`);
      });
    });
  },
});
