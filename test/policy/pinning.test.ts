import { describe, expect, it } from 'vitest';
import { parsePolicy, type Condition } from '../../src/policy/document.js';
import { conditionPins, isPublicStatement, pinnedValue, publicStatements, type PinningContext } from '../../src/policy/pinning.js';

const SIGNED: PinningContext = { anonymousRequests: false };
const ANONYMOUS: PinningContext = { anonymousRequests: true };
const cond = (operator: string, key: string, ...values: string[]): Condition => ({ operator, key: key.toLowerCase(), values });

describe('conditions that pin the caller', () => {
  it.each([
    ['StringEquals', 'aws:PrincipalAccount', '111122223333'],
    ['StringEquals', 'aws:PrincipalOrgID', 'o-abc123'],
    ['StringLike', 'aws:PrincipalOrgPaths', 'o-abc123/r-ab12/ou-ab12-11111111/*'],
    ['ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/*'],
    ['StringEquals', 'aws:SourceAccount', '111122223333'],
    ['ArnEquals', 'aws:SourceArn', 'arn:aws:cloudfront::111122223333:distribution/E1'],
    ['StringEquals', 'aws:SourceVpce', 'vpce-1a2b3c4d'],
    ['StringEquals', 'aws:SourceVpc', 'vpc-1a2b3c4d'],
    ['IpAddress', 'aws:SourceIp', '203.0.113.0/24'],
    ['StringEquals', 'kms:CallerAccount', '111122223333'],
    ['StringEquals', 'aws:SourceOrgID', 'o-abc123'],
    ['StringEquals', 'aws:SourceOwner', '111122223333'],
    ['StringEquals', 'lambda:EventSourceToken', 'abc-123'],
    ['ForAnyValue:StringEquals', 'aws:PrincipalOrgID', 'o-abc123'],
  ])('an Allow with %s %s %s pins', (operator, key, value) => {
    expect(conditionPins(cond(operator, key, value), 'Allow', SIGNED)).toBe(true);
  });

  it.each([
    ['negated operator admits everyone else', cond('StringNotEquals', 'aws:PrincipalAccount', '111122223333')],
    ['Null says nothing about who calls', cond('Null', 'aws:PrincipalOrgID', 'false')],
    ['a value that is only a wildcard', cond('StringLike', 'aws:PrincipalAccount', '*')],
    ['an account id with a wildcard', cond('StringLike', 'aws:PrincipalAccount', '1111*')],
    ['an organization id with a wildcard', cond('StringLike', 'aws:PrincipalOrgID', 'o-*')],
    ['an organization path of any organization', cond('StringLike', 'aws:PrincipalOrgPaths', 'o-*/*')],
    ['an ARN whose account is a wildcard', cond('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/deploy')],
    ['a bucket ARN (names no account; bucket names can be taken again)', cond('ArnLike', 'aws:SourceArn', 'arn:aws:s3:::my-bucket')],
    ['a policy variable', cond('StringEquals', 'aws:PrincipalAccount', '${aws:username}')],
    ['the whole IPv4 internet', cond('IpAddress', 'aws:SourceIp', '0.0.0.0/0')],
    ['the whole IPv6 internet among narrower ranges', cond('IpAddress', 'aws:SourceIp', '203.0.113.0/24', '::/0')],
    ['aws:SecureTransport alone', cond('Bool', 'aws:SecureTransport', 'true')],
    ['kms:ViaService alone (any account may call through the service)', cond('StringEquals', 'kms:ViaService', 's3.us-east-1.amazonaws.com')],
    ['ForAllValues (an empty set passes)', cond('ForAllValues:StringEquals', 'aws:PrincipalOrgID', 'o-abc123')],
    ['an IP operator on a non-IP key', cond('IpAddress', 'aws:PrincipalAccount', '111122223333')],
    ['a string operator on the IP key', cond('StringEquals', 'aws:SourceIp', '203.0.113.7')],
    ['IfExists on a source key (only service requests carry it)', cond('StringEqualsIfExists', 'aws:SourceAccount', '111122223333')],
    ['IfExists on a network key (only endpoint requests carry it)', cond('StringEqualsIfExists', 'aws:SourceVpce', 'vpce-1a2b3c4d')],
  ])('near miss: an Allow does not pin with %s', (_, condition) => {
    expect(conditionPins(condition, 'Allow', SIGNED)).toBe(false);
  });

  it('IfExists on a principal key pins where every request is signed, not where anonymous requests are accepted', () => {
    const c = cond('StringEqualsIfExists', 'aws:PrincipalOrgID', 'o-abc123');
    expect(conditionPins(c, 'Allow', SIGNED)).toBe(true);
    expect(conditionPins(c, 'Allow', ANONYMOUS)).toBe(false);
    expect(conditionPins(cond('StringEqualsIfExists', 'kms:CallerAccount', '111122223333'), 'Allow', ANONYMOUS)).toBe(true);
  });

  it('a Deny pins with the negated operators, with or without IfExists', () => {
    expect(conditionPins(cond('StringNotEquals', 'aws:PrincipalOrgID', 'o-abc123'), 'Deny', ANONYMOUS)).toBe(true);
    expect(conditionPins(cond('StringNotEqualsIfExists', 'aws:PrincipalOrgID', 'o-abc123'), 'Deny', ANONYMOUS)).toBe(true);
    expect(conditionPins(cond('NotIpAddress', 'aws:SourceIp', '203.0.113.0/24'), 'Deny', SIGNED)).toBe(true);
    expect(conditionPins(cond('StringEquals', 'aws:PrincipalOrgID', 'o-abc123'), 'Deny', SIGNED)).toBe(false);
  });

  it('strict wildcards (Lambda.1): any wildcard or variable pins nothing', () => {
    const ctx: PinningContext = { anonymousRequests: false, strictWildcards: true };
    expect(conditionPins(cond('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:role/*'), 'Allow', ctx)).toBe(false);
    expect(conditionPins(cond('ArnEquals', 'aws:SourceArn', 'arn:aws:sns:us-east-1:111122223333:topic'), 'Allow', ctx)).toBe(true);
  });

  it('the resource’s own account and organization variables are fixed values', () => {
    expect(pinnedValue('aws:principalaccount', '${aws:ResourceAccount}')).toBe(true);
    expect(pinnedValue('aws:principalorgid', '${aws:ResourceOrgID}')).toBe(true);
  });

  it('a resource-specific condition pins where the resource says so (EFS mount targets)', () => {
    const ctx: PinningContext = {
      anonymousRequests: false,
      extraPin: (c) => c.key === 'elasticfilesystem:accessedviamounttarget' && c.values.every((v) => v === 'true'),
    };
    expect(conditionPins(cond('Bool', 'elasticfilesystem:AccessedViaMountTarget', 'true'), 'Allow', ctx)).toBe(true);
    expect(conditionPins(cond('Bool', 'elasticfilesystem:AccessedViaMountTarget', 'true'), 'Allow', SIGNED)).toBe(false);
  });
});

describe('public statements', () => {
  const doc = parsePolicy({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Owner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sqs:*', Resource: '*' },
      { Sid: 'S3Events', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } } },
      { Sid: 'Pinned', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } },
      { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sqs:ReceiveMessage', Resource: '*' },
      { Sid: 'Service', Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*' },
    ],
  });

  it('lists Allows to everyone (NotPrincipal included) that no condition pins, and nothing else', () => {
    expect(publicStatements(doc, SIGNED).map((p) => [p.label, p.actions])).toEqual([
      ["'S3Events'", 'sqs:SendMessage'],
      ['#4', 'sqs:ReceiveMessage'],
    ]);
  });

  it('keeps only those granting one of the given actions, wildcards included', () => {
    expect(publicStatements(doc, SIGNED, ['sqs:ReceiveMessage']).map((p) => p.label)).toEqual(['#4']);
    expect(isPublicStatement(doc.statements[4]!, SIGNED)).toBe(false);
  });
});
