import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/prevention/wafv2-web-acl-rate-based-rule.js';
import { awsError, evaluate, run, verdicts } from '../../helpers/check-harness.js';
import { REGIONAL, associations, customRule, entry, listing, rateRule, webAcl, webAclArn } from '../../fixtures/wafv2.js';

const G = { region: 'global' };
const judge = (...rules: Parameters<typeof webAcl>[1]) =>
  evaluate(check, { 'wafv2.webAcls': [listing([entry(webAcl('api-acl', rules))])], 'wafv2.webAclAssociations': associations({ [webAclArn('api-acl')]: {} }) }, G);

describe('wafv2-web-acl-rate-based-rule', () => {
  it('passes a rate-based rule that blocks, naming its limit', () => {
    const findings = judge(rateRule('per-ip', 'Block', 1000));
    expect(verdicts(findings)).toEqual([['PASS', 'api-acl']]);
    expect(findings[0]!.message).toBe('Web ACL api-acl (regional, us-east-1), which is not associated with any resource, has rate-based rule per-ip (Block, limit 1000).');
  });

  it('passes Captcha and Challenge too', () => {
    expect(verdicts(judge(rateRule('captcha', 'Captcha')))).toEqual([['PASS', 'api-acl']]);
    expect(verdicts(judge(rateRule('challenge', 'Challenge')))).toEqual([['PASS', 'api-acl']]);
  });

  it('fails a web ACL without a rate-based rule', () => {
    expect(verdicts(judge(customRule('geo')))).toEqual([['FAIL', 'api-acl']]);
  });

  it('near miss: a rate-based rule in Count only counts and fails', () => {
    const findings = judge(rateRule('per-ip', 'Count'));
    expect(verdicts(findings)).toEqual([['FAIL', 'api-acl']]);
    expect(findings[0]!.message).toContain('has rate-based rule per-ip, but it only counts');
  });

  it('reports ERROR when the web ACLs cannot be listed', async () => {
    const findings = await run(check, { 'wafv2.webAcls': awsError('AccessDeniedException', 'wafv2:ListWebACLs'), 'wafv2.webAclAssociations': {} });
    expect(findings.map((f) => f.status)).toEqual(['ERROR']);
  });
});
