import { eachWebAcl, webAclLabel, webAclRef } from '../lib/wafv2-web-acls.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'wafv2-web-acl-not-empty',
  title: 'AWS WAF web ACLs have at least one rule or rule group',
  pillar: 'prevention',
  service: 'wafv2',
  severity: 'medium',
  resourceType: 'AWS::WAFv2::WebACL',
  description:
    'For each AWS WAF web ACL (regional ones in every scanned Region, CloudFront-scope ones through us-east-1): Rules is not empty, or a Firewall Manager rule group is present (PreProcessFirewallManagerRuleGroups or PostProcessFirewallManagerRuleGroups), as WAF.10 reads it. A web ACL whose only rule counts is not empty (the core rule set check may still fail it). A web ACL associated with nothing is evaluated, and the message says so.',
  risk: 'A web ACL without rules applies only its default action: it looks like protection on every resource it is associated with while inspecting nothing.',
  remediation: {
    text: 'Add rules to the web ACL, starting with the AWS managed core rule set and a rate-based rule, or delete the web ACL if it is not needed.',
    console: 'WAF > Web ACLs > the web ACL > Rules > Add rules.',
    cli: 'aws wafv2 update-web-acl --name <name> --scope <REGIONAL|CLOUDFRONT> --id <id> --lock-token <token> --default-action Allow={} --rules file://rules.json --visibility-config ...',
  },
  references: {
    securityHub: { ids: ['WAF.10'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-10', 'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl.html'],
  },
  reads: ['wafv2.webAcls', 'wafv2.webAclAssociations'],
  evaluate({ 'wafv2.webAcls': listings, 'wafv2.webAclAssociations': associations }, ctx) {
    return eachWebAcl(listings, associations, ctx, (entry, acl, about) => {
      const resource = webAclRef(entry);
      const rules = acl.Rules ?? [];
      const fms = [...(acl.PreProcessFirewallManagerRuleGroups ?? []), ...(acl.PostProcessFirewallManagerRuleGroups ?? [])];
      const parts = [
        ...(rules.length ? [`${rules.length} rule${rules.length === 1 ? '' : 's'}`] : []),
        ...(fms.length ? [`${fms.length} Firewall Manager rule group${fms.length === 1 ? '' : 's'}`] : []),
      ];
      if (parts.length) return ctx.pass(resource, `${webAclLabel(entry)}, which ${about}, has ${parts.join(' and ')}.`);
      return ctx.fail(resource, `${webAclLabel(entry)}, which ${about}, has no rule and no rule group: only its default action (${acl.DefaultAction?.Block ? 'Block' : acl.DefaultAction?.Allow ? 'Allow' : 'unknown'}) applies.`);
    });
  },
});
