import { eachWebAcl, listing, listingError, ruleGroupLabel, ruleGroupRef, rulesWithoutMetrics, webAclLabel, webAclRef } from '../lib/wafv2-web-acls.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'wafv2-rule-metrics-enabled',
  title: 'AWS WAF rules publish CloudWatch metrics',
  pillar: 'detection',
  service: 'wafv2',
  severity: 'medium',
  resourceType: 'AWS::WAFv2::WebACL',
  description:
    "For each AWS WAF web ACL and each customer rule group (ListRuleGroups, GetRuleGroup), regional ones in every scanned Region and CloudFront-scope ones through us-east-1: every rule has VisibilityConfig.CloudWatchMetricsEnabled true, as WAF.12 reads it. The message names the rules without. Managed rule groups are the vendor's and are not evaluated. A web ACL associated with nothing is evaluated, and the message says so.",
  risk: 'A rule without CloudWatch metrics is invisible in dashboards and alarms: a rule that suddenly blocks legitimate traffic, or never matches an attack, goes unnoticed.',
  remediation: {
    text: 'Turn on CloudWatch metrics in the visibility configuration of every rule.',
    console: 'WAF > Web ACLs (or Rule groups) > the web ACL > Rules > the rule > Edit > Visibility configuration > CloudWatch metrics enabled.',
    cli: 'aws wafv2 update-web-acl (or update-rule-group) ... with VisibilityConfig {CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true, MetricName: <name>} on every rule',
  },
  references: {
    securityHub: { ids: ['WAF.12'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-12', 'https://docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html'],
  },
  reads: ['wafv2.webAcls', 'wafv2.ruleGroups', 'wafv2.webAclAssociations'],
  evaluate({ 'wafv2.webAcls': listings, 'wafv2.ruleGroups': groupListings, 'wafv2.webAclAssociations': associations }, ctx) {
    const verdict = (count: number, without: string[]) =>
      without.length === 0
        ? `${count === 0 ? 'has no rules' : `publishes CloudWatch metrics for ${count === 1 ? 'its rule' : `all ${count} rules`}`}`
        : `has ${without.length === 1 ? 'a rule' : `${without.length} rules`} without CloudWatch metrics: ${listing(without)}`;
    const webAclFindings = eachWebAcl(listings, associations, ctx, (entry, acl, about) => {
      const without = rulesWithoutMetrics(acl);
      const message = `${webAclLabel(entry)}, which ${about}, ${verdict((acl.Rules ?? []).length, without)}.`;
      return without.length ? ctx.fail(webAclRef(entry), message) : ctx.pass(webAclRef(entry), message);
    });
    const groupFindings = groupListings.flatMap((groupListing) => {
      if (!groupListing.result.ok) return [listingError(groupListing, ctx, 'rule groups')];
      return groupListing.result.value.map((entry) => {
        const resource = ruleGroupRef(entry);
        if (!entry.group.ok) return ctx.error(resource, entry.group.error, ruleGroupLabel(entry));
        const without = rulesWithoutMetrics(entry.group.value);
        const message = `${ruleGroupLabel(entry)} ${verdict((entry.group.value.Rules ?? []).length, without)}.`;
        return without.length ? ctx.fail(resource, message) : ctx.pass(resource, message);
      });
    });
    return [...webAclFindings, ...groupFindings];
  },
});
