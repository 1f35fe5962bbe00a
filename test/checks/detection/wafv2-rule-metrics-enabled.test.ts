import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/detection/wafv2-rule-metrics-enabled.js';
import { awsError, evaluate, failed, run, verdicts } from '../../helpers/check-harness.js';
import { REGIONAL, associations, customRule, entry, listing, managedRule, ruleGroup, ruleGroupEntry, webAcl } from '../../fixtures/wafv2.js';

const G = { region: 'global' };
const judge = (acls: ReturnType<typeof webAcl>[], groups: ReturnType<typeof ruleGroup>[] = []) =>
  evaluate(check, { 'wafv2.webAcls': [listing(acls.map((a) => entry(a)))], 'wafv2.ruleGroups': [listing(groups.map((g) => ruleGroupEntry(g)))], 'wafv2.webAclAssociations': associations({}) }, G);

describe('wafv2-rule-metrics-enabled', () => {
  it('passes a web ACL and a rule group whose rules all publish metrics', () => {
    const findings = judge([webAcl('api-acl', [managedRule('crs', 'AWSManagedRulesCommonRuleSet'), customRule('geo')])], [ruleGroup('geo-group', [customRule('kp')])]);
    expect(verdicts(findings)).toEqual([
      ['PASS', 'api-acl'],
      ['PASS', 'geo-group'],
    ]);
    expect(findings[1]!.message).toBe('Rule group geo-group (regional, us-east-1) publishes CloudWatch metrics for its rule.');
  });

  it('fails a web ACL and a rule group with rules without metrics, naming them', () => {
    const findings = judge([webAcl('api-acl', [customRule('quiet', false), customRule('loud')])], [ruleGroup('geo-group', [customRule('kp', false), customRule('ir', false)])]);
    expect(verdicts(findings)).toEqual([
      ['FAIL', 'api-acl'],
      ['FAIL', 'geo-group'],
    ]);
    expect(findings[0]!.message).toContain('has a rule without CloudWatch metrics: quiet');
    expect(findings[1]!.message).toContain('has 2 rules without CloudWatch metrics: kp and ir');
  });

  it('near miss: a web ACL without rules has nothing without metrics', () => {
    const findings = judge([webAcl('empty', [])]);
    expect(verdicts(findings)).toEqual([['PASS', 'empty']]);
    expect(findings[0]!.message).toContain('has no rules');
  });

  it('reports ERROR for a rule group that could not be read, a Region whose rule groups could not be listed, and a failed listing', async () => {
    const group = ruleGroup('hidden', []);
    const findings = evaluate(
      check,
      {
        'wafv2.webAcls': [listing([])],
        'wafv2.ruleGroups': [listing([ruleGroupEntry(group, REGIONAL(), failed(awsError('AccessDeniedException', 'wafv2:GetRuleGroup')))]), { ...REGIONAL('eu-west-1'), result: failed(awsError('AccessDeniedException', 'wafv2:ListRuleGroups')) }],
        'wafv2.webAclAssociations': {},
      },
      G,
    );
    expect(findings.map((f) => [f.status, f.resourceId, f.region])).toEqual([
      ['ERROR', 'hidden', 'us-east-1'],
      ['ERROR', '123456789012/eu-west-1', 'eu-west-1'],
    ]);
    const whole = await run(check, { 'wafv2.webAcls': awsError('AccessDeniedException', 'wafv2:ListWebACLs'), 'wafv2.ruleGroups': [], 'wafv2.webAclAssociations': {} });
    expect(whole.map((f) => f.status)).toEqual(['ERROR']);
  });
});
