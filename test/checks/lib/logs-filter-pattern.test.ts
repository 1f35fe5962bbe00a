import { describe, expect, it } from 'vitest';
import { conditionText, describeMissing, implies, parseFilterPattern, shortfall, type Alternatives, type Condition } from '../../../src/checks/lib/logs-filter-pattern.js';

const alternatives = (pattern: string): Alternatives => {
  const parsed = parseFilterPattern(pattern);
  if (!parsed.ok) throw new Error(`${pattern}: ${parsed.reason}`);
  return parsed.alternatives;
};
const texts = (pattern: string) => alternatives(pattern).map((alt) => alt.map(conditionText).sort());
const eq = (selector: string, value: string): Condition => ({ kind: 'compare', selector, op: '=', value, regex: false });
const ne = (selector: string, value: string): Condition => ({ kind: 'compare', selector, op: '!=', value, regex: false });
const covers = (pattern: string, required: string) => shortfall(alternatives(pattern), alternatives(required)) === undefined;

describe('parseFilterPattern', () => {
  it('reads conditions, quoted or not, and gives && precedence over ||', () => {
    expect(texts('{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }')).toEqual([
      ['$.errorCode = "*UnauthorizedOperation"'],
      ['$.errorCode = "AccessDenied*"', '$.eventName != HeadBucket', '$.sourceIPAddress != delivery.logs.amazonaws.com'],
    ]);
  });

  it('distributes an AND over a parenthesised OR-list', () => {
    expect(texts('{($.eventSource=kms.amazonaws.com)&&(($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion))}')).toEqual([
      ['$.eventName = DisableKey', '$.eventSource = kms.amazonaws.com'],
      ['$.eventName = ScheduleKeyDeletion', '$.eventSource = kms.amazonaws.com'],
    ]);
  });

  it('reads NOT EXISTS, IS NULL, IS TRUE and numeric comparisons', () => {
    expect(texts('{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }')).toEqual([
      ['$.eventType != AwsServiceEvent', '$.userIdentity.invokedBy NOT EXISTS', '$.userIdentity.type = Root'],
    ]);
    expect(texts('{ $.SomeObject IS NULL || $.ThisFlag IS TRUE || $.latency >= 500 || $.objectList[1].id = 2 }')).toEqual([
      ['$.SomeObject IS NULL'],
      ['$.ThisFlag IS TRUE'],
      ['$.latency >= 500'],
      ['$.objectList[1].id = 2'],
    ]);
  });

  it('ignores whitespace anywhere outside quotes, and keeps it inside them', () => {
    const spaced = '{\n  (  $.eventName   =   ConsoleLogin )\t&&\n( $.errorMessage = "Failed authentication" )  }';
    const tight = '{($.eventName=ConsoleLogin)&&($.errorMessage="Failed authentication")}';
    expect(texts(spaced)).toEqual(texts(tight));
    expect(texts(tight)).toEqual([['$.errorMessage = "Failed authentication"', '$.eventName = ConsoleLogin']]);
  });

  it('reads escaped quotes and regular expressions as values', () => {
    const parsed = parseFilterPattern('{ $.message = "say \\"hi\\"" || $.eventName = %Create.*% }');
    expect(parsed.ok && parsed.alternatives).toEqual([
      [{ kind: 'compare', selector: '$.message', op: '=', value: 'say "hi"', regex: false }],
      [{ kind: 'compare', selector: '$.eventName', op: '=', value: 'Create.*', regex: true }],
    ]);
  });

  it('says a text or space-delimited pattern is not a JSON pattern', () => {
    expect(parseFilterPattern('ConsoleLogin')).toMatchObject({ ok: false, json: false });
    expect(parseFilterPattern('[ip, user, ..., status_code = 4*, bytes]')).toMatchObject({ ok: false, json: false });
    expect(parseFilterPattern('')).toMatchObject({ ok: false, json: false });
  });

  it.each([
    ['an unclosed brace', '{ $.eventName = ConsoleLogin'],
    ['an unclosed parenthesis', '{ ($.eventName = ConsoleLogin }'],
    ['an unclosed quote', '{ $.eventName = "ConsoleLogin }'],
    ['a missing value', '{ $.eventName = }'],
    ['a dangling operator', '{ $.eventName = ConsoleLogin && }'],
    ['an unknown test', '{ $.eventName IS MAYBE }'],
    ['text after the closing brace', '{ $.eventName = ConsoleLogin } extra'],
    ['a condition without a selector', '{ eventName = ConsoleLogin }'],
  ])('refuses %s', (_, pattern) => {
    expect(parseFilterPattern(pattern)).toMatchObject({ ok: false, json: true });
  });

  it('refuses a pattern whose alternatives multiply past the limit rather than hang', () => {
    const orList = (field: string) => `(${Array.from({ length: 20 }, (_, i) => `$.${field} = v${i}`).join(' || ')})`;
    const parsed = parseFilterPattern(`{ ${orList('a')} && ${orList('b')} && ${orList('c')} }`);
    expect(parsed).toMatchObject({ ok: false, json: true });
  });
});

describe('implies', () => {
  it('follows CloudWatch wildcards, which stand only at the start or the end of a value', () => {
    expect(implies(eq('$.errorCode', 'AccessDeniedException'), eq('$.errorCode', 'AccessDenied*'))).toBe(true);
    expect(implies(eq('$.errorCode', 'AccessDenied*'), eq('$.errorCode', 'Access*'))).toBe(true);
    expect(implies(eq('$.errorCode', 'AccessDenied*'), eq('$.errorCode', '*Denied*'))).toBe(true);
    expect(implies(eq('$.errorCode', 'Client.UnauthorizedOperation'), eq('$.errorCode', '*UnauthorizedOperation'))).toBe(true);
    expect(implies(eq('$.errorCode', 'AccessDenied*'), eq('$.errorCode', '*'))).toBe(true);
    // The other way round, a narrower value does not follow from a broader one.
    expect(implies(eq('$.errorCode', 'AccessDenied*'), eq('$.errorCode', 'AccessDenied'))).toBe(false);
    expect(implies(eq('$.errorCode', '*UnauthorizedOperation'), eq('$.errorCode', 'Unauthorized*'))).toBe(false);
    // A star in the middle is a literal star.
    expect(implies(eq('$.eventName', 'PutBucketPolicy'), eq('$.eventName', 'Put*Policy'))).toBe(false);
  });

  it('compares field names exactly and values case-sensitively', () => {
    expect(implies(eq('$.eventName', 'ConsoleLogin'), eq('$.eventname', 'ConsoleLogin'))).toBe(false);
    expect(implies(eq('$.eventName', 'ConsoleLogin'), eq('$.eventName', 'consolelogin'))).toBe(false);
  });

  it('reads exclusions: excluding more implies excluding less, and a fixed value excludes the others', () => {
    expect(implies(ne('$.eventName', 'Head*'), ne('$.eventName', 'HeadBucket'))).toBe(true);
    expect(implies(ne('$.eventName', 'HeadBucket'), ne('$.eventName', 'Head*'))).toBe(false);
    expect(implies(eq('$.responseElements.ConsoleLogin', 'Success'), ne('$.responseElements.ConsoleLogin', 'Failure'))).toBe(true);
    expect(implies(eq('$.responseElements.ConsoleLogin', 'Failure'), ne('$.responseElements.ConsoleLogin', 'Failure'))).toBe(false);
  });
});

describe('shortfall', () => {
  const CIS_4_4 =
    '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}';

  it('covers the same pattern in another order, with other spacing and quoting', () => {
    const reordered = `{ ${CIS_4_4.slice(1, -1).split('||').reverse().map((t) => t.replace('=', ' = "').replace(')', '")')).join(' || ')} }`;
    expect(covers(reordered, CIS_4_4)).toBe(true);
  });

  it('covers with extra OR-ed event names (they only widen the filter)', () => {
    expect(covers(CIS_4_4.replace('}', '||($.eventName=PutRolePermissionsBoundary)}'), CIS_4_4)).toBe(true);
  });

  it('near miss: CreatePolicy alone misses the other fifteen names', () => {
    const gap = shortfall(alternatives('{ $.eventName = CreatePolicy }'), alternatives(CIS_4_4));
    expect(gap?.missing).toHaveLength(15);
    expect(gap?.narrowing).toEqual([]);
    expect(describeMissing(gap!.missing)).toMatch(/^\$\.eventName DeleteGroupPolicy, DeleteRolePolicy, .*DetachGroupPolicy$/);
  });

  it('near miss: an extra AND-ed condition narrows the filter, and is named', () => {
    const gap = shortfall(alternatives(`{ ($.eventSource = iam.amazonaws.com) && (${CIS_4_4.slice(1, -1)}) }`), alternatives(CIS_4_4));
    expect(gap?.missing).toEqual([]);
    expect(gap?.narrowing.map(conditionText)).toEqual(['$.eventSource = iam.amazonaws.com']);
  });

  it('near miss: AccessDenied without the trailing * misses AccessDeniedException', () => {
    const required = '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }';
    const gap = shortfall(alternatives('{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied") }'), alternatives(required));
    expect(gap?.missing.map((alt) => alt.map(conditionText))).toEqual([['$.errorCode = "AccessDenied*"']]);
  });

  it('covers a required pattern with exclusions by one without them (broader)', () => {
    const cis5 = '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }';
    expect(covers('{($.errorCode="*UnauthorizedOperation") || ($.errorCode="AccessDenied*")}', cis5)).toBe(true);
    expect(covers(cis5, '{($.errorCode="*UnauthorizedOperation") || ($.errorCode="AccessDenied*")}')).toBe(false);
  });

  it('describes missing alternatives that share other conditions together', () => {
    const required = alternatives('{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }');
    expect(describeMissing(required)).toBe('$.eventName DisableKey, ScheduleKeyDeletion with $.eventSource = kms.amazonaws.com');
    expect(describeMissing(alternatives('{ $.userIdentity.type = Root && $.userIdentity.invokedBy NOT EXISTS }'))).toBe('($.userIdentity.type = Root && $.userIdentity.invokedBy NOT EXISTS)');
  });
});
