import { eachWebAcl, listing, webAclLabel, webAclRef } from '../lib/wafv2-web-acls.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'wafv2-web-acl-rate-based-rule',
  title: 'AWS WAF web ACLs have a rate-based rule that blocks or challenges',
  pillar: 'prevention',
  service: 'wafv2',
  severity: 'low',
  resourceType: 'AWS::WAFv2::WebACL',
  description:
    'For each AWS WAF web ACL (regional ones in every scanned Region, CloudFront-scope ones through us-east-1): at least one rule has a RateBasedStatement and action Block, Captcha or Challenge. A rate-based rule in Count does not pass. Rate-based rules inside rule groups referenced by the web ACL are not read. A web ACL associated with nothing is evaluated, and the message says so.',
  risk: 'Without a rate limit, a single client or a small botnet can flood the application with requests (credential stuffing, scraping, layer-7 denial of service) that every other rule lets through.',
  remediation: {
    text: 'Add a rate-based rule that blocks (or challenges) clients over a request rate suited to the application, aggregated by IP address or forwarded IP.',
    console: 'WAF > Web ACLs > the web ACL > Rules > Add rules > Add my own rules and rule groups > Rule type: Rate-based rule, Action: Block.',
    cli: 'aws wafv2 update-web-acl ... with a rule {Statement: {RateBasedStatement: {Limit: 2000, AggregateKeyType: IP}}, Action: {Block: {}}}',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based.html'],
  },
  reads: ['wafv2.webAcls', 'wafv2.webAclAssociations'],
  evaluate({ 'wafv2.webAcls': listings, 'wafv2.webAclAssociations': associations }, ctx) {
    return eachWebAcl(listings, associations, ctx, (entry, acl, about) => {
      const resource = webAclRef(entry);
      const label = `${webAclLabel(entry)}, which ${about},`;
      const rateRules = (acl.Rules ?? []).filter((r) => r.Statement?.RateBasedStatement);
      const enforcing = rateRules.filter((r) => r.Action?.Block || r.Action?.Captcha || r.Action?.Challenge);
      if (enforcing.length) {
        const describe = (r: (typeof enforcing)[number]) => `${r.Name} (${r.Action?.Block ? 'Block' : r.Action?.Captcha ? 'Captcha' : 'Challenge'}, limit ${r.Statement?.RateBasedStatement?.Limit ?? '?'})`;
        return ctx.pass(resource, `${label} has rate-based rule ${listing(enforcing.map(describe))}.`);
      }
      if (rateRules.length) {
        return ctx.fail(resource, `${label} has rate-based rule ${listing(rateRules.map((r) => r.Name ?? '?'))}, but ${rateRules.length === 1 ? 'it only counts' : 'they only count'} (no Block, Captcha or Challenge action).`);
      }
      return ctx.fail(resource, `${label} has no rate-based rule.`);
    });
  },
});
