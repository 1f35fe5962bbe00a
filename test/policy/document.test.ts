import { describe, expect, it } from 'vitest';
import {
  actionMatches,
  conditionKeys,
  isEveryone,
  parsePolicy,
  PolicyParseError,
  resourceCovers,
  statementCoversAction,
  type Statement,
} from '../../src/policy/document.js';

const only = (doc: object | string): Statement => {
  const { statements } = parsePolicy(doc);
  expect(statements).toHaveLength(1);
  return statements[0]!;
};

describe('parsePolicy', () => {
  it('reads a single Statement object and string members as one-element lists', () => {
    const doc = parsePolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: { Sid: 'ReadLogs', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-logs-prod/*' },
      }),
    );
    expect(doc).toEqual({
      version: '2012-10-17',
      statements: [
        {
          sid: 'ReadLogs',
          effect: 'Allow',
          principal: { AWS: ['arn:aws:iam::123456789012:root'] },
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::acme-logs-prod/*'],
          conditions: [],
        },
      ],
    });
  });

  it('reads a Statement array with NotAction, NotResource and NotPrincipal', () => {
    const doc = parsePolicy({
      Statement: [
        { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Principal: '*' },
        { Effect: 'Deny', NotAction: 'iam:*', NotResource: ['arn:aws:s3:::b'], NotPrincipal: { AWS: ['111122223333'] } },
      ],
    });
    expect(doc.version).toBeUndefined();
    expect(doc.statements[0]).toMatchObject({ effect: 'Allow', actions: ['s3:GetObject', 's3:ListBucket'], principal: '*' });
    expect(doc.statements[1]).toMatchObject({ effect: 'Deny', notActions: ['iam:*'], notResources: ['arn:aws:s3:::b'], notPrincipal: { AWS: ['111122223333'] } });
    expect(doc.statements[1]!.actions).toBeUndefined();
  });

  it('decodes URL-encoded IAM documents', () => {
    const json = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }] });
    const st = only(encodeURIComponent(json));
    expect(st).toMatchObject({ effect: 'Allow', actions: ['*'], resources: ['*'] });
    expect(st.conditions).toEqual([{ operator: 'StringEquals', key: 'aws:requestedregion', values: ['eu-west-1'] }]);
  });

  it('keeps literal percent signs of plain JSON untouched', () => {
    const st = only('{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/100%/*"}}');
    expect(st.resources).toEqual(['arn:aws:s3:::b/100%/*']);
  });

  it('reads a document JSON-encoded twice, as some emulators return it', () => {
    const json = JSON.stringify({ Statement: { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b' } });
    expect(only(JSON.stringify(json))).toMatchObject({ effect: 'Deny', principal: '*', actions: ['s3:*'] });
    expect(() => parsePolicy(JSON.stringify('not a policy'))).toThrow(PolicyParseError);
    const withPercent = JSON.stringify({ Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/100%/*' } });
    expect(only(JSON.stringify(withPercent)).resources).toEqual(['arn:aws:s3:::b/100%/*']);
  });

  it('reads the principal forms AWS accepts', () => {
    const principal = (p: unknown) => only({ Statement: { Effect: 'Allow', Action: 's3:*', Principal: p } }).principal;
    expect(principal('*')).toBe('*');
    expect(principal({ AWS: '*' })).toEqual({ AWS: ['*'] });
    expect(principal({ AWS: ['arn:aws:iam::111122223333:root', '*'] })).toEqual({ AWS: ['arn:aws:iam::111122223333:root', '*'] });
    expect(principal({ AWS: '111122223333' })).toEqual({ AWS: ['111122223333'] });
    expect(principal({ Service: ['logging.s3.amazonaws.com', 'cloudtrail.amazonaws.com'] })).toEqual({ Service: ['logging.s3.amazonaws.com', 'cloudtrail.amazonaws.com'] });
    expect(principal({ Federated: 'cognito-identity.amazonaws.com' })).toEqual({ Federated: ['cognito-identity.amazonaws.com'] });
    expect(principal({ CanonicalUser: '79a59df900b949e55d96a1e698fbaced' })).toEqual({ CanonicalUser: ['79a59df900b949e55d96a1e698fbaced'] });
    expect(principal('arn:aws:iam::111122223333:root')).toEqual({ AWS: ['arn:aws:iam::111122223333:root'] });
  });

  it('turns boolean and number condition values into strings and lower-cases keys', () => {
    const st = only({
      Statement: {
        Effect: 'Deny',
        Action: 's3:*',
        Principal: '*',
        Condition: { Bool: { 'aws:SecureTransport': false }, NumericLessThan: { 's3:TlsVersion': 1.2 }, 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a/*', 'o-b/*'] } },
      },
    });
    expect(st.conditions).toEqual([
      { operator: 'Bool', key: 'aws:securetransport', values: ['false'] },
      { operator: 'NumericLessThan', key: 's3:tlsversion', values: ['1.2'] },
      { operator: 'ForAnyValue:StringLike', key: 'aws:principalorgpaths', values: ['o-a/*', 'o-b/*'] },
    ]);
    expect(conditionKeys(st)).toEqual(['aws:securetransport', 's3:tlsversion', 'aws:principalorgpaths']);
  });

  it('reads Bool "false" (string) and false (boolean) alike', () => {
    const value = (v: unknown) => only({ Statement: { Effect: 'Deny', Action: '*', Condition: { Bool: { 'aws:SecureTransport': v } } } }).conditions[0]!.values;
    expect(value('false')).toEqual(['false']);
    expect(value(false)).toEqual(['false']);
    expect(value(true)).toEqual(['true']);
  });

  it('accepts Effect in any case and normalises it', () => {
    expect(only({ Statement: { Effect: 'allow', Action: '*' } }).effect).toBe('Allow');
  });

  it.each([
    ['bad JSON', '{"Statement": ['],
    ['a JSON array', '[]'],
    ['no Statement', '{"Version":"2012-10-17"}'],
    ['a missing Effect', '{"Statement":{"Action":"*"}}'],
    ['an unknown Effect', '{"Statement":{"Effect":"Maybe","Action":"*"}}'],
    ['a numeric Action', '{"Statement":{"Effect":"Allow","Action":7}}'],
    ['an unknown principal type', '{"Statement":{"Effect":"Allow","Action":"*","Principal":{"Group":"x"}}}'],
    ['a Condition that is a list', '{"Statement":{"Effect":"Allow","Action":"*","Condition":[]}}'],
    ['an object condition value', '{"Statement":{"Effect":"Allow","Action":"*","Condition":{"Bool":{"aws:SecureTransport":{}}}}}'],
    ['broken URL encoding', '%E0%A4%A'],
    ['plain text', 'not a policy'],
  ])('throws PolicyParseError on %s', (_name, text) => {
    expect(() => parsePolicy(text)).toThrow(PolicyParseError);
  });
});

describe('actionMatches', () => {
  it('matches globs case-insensitively', () => {
    expect(actionMatches('s3:Get*', 's3:GetObject')).toBe(true);
    expect(actionMatches('S3:getobject', 's3:GetObject')).toBe(true);
    expect(actionMatches('s3:*', 's3:PutBucketPolicy')).toBe(true);
    expect(actionMatches('*', 'kms:Decrypt')).toBe(true);
    expect(actionMatches('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(actionMatches('*Object', 's3:DeleteObject')).toBe(true);
  });

  it('near miss: a glob does not match a longer or different action', () => {
    expect(actionMatches('s3:Get*', 's3:PutObject')).toBe(false);
    expect(actionMatches('s3:GetObject', 's3:GetObjectAcl')).toBe(false);
    expect(actionMatches('s3:Get?', 's3:GetObject')).toBe(false);
    expect(actionMatches('nots3:*', 's3:GetObject')).toBe(false);
    expect(actionMatches('s3.*', 's3:GetObject')).toBe(false);
  });
});

describe('statementCoversAction', () => {
  const st = (member: object): Statement => only({ Statement: { Effect: 'Allow', ...member } });

  it('covers the actions that Action lists or matches', () => {
    expect(statementCoversAction(st({ Action: ['s3:Get*', 's3:ListBucket'] }), 's3:GetObject')).toBe(true);
    expect(statementCoversAction(st({ Action: ['s3:Get*', 's3:ListBucket'] }), 's3:PutObject')).toBe(false);
  });

  it('covers everything NotAction does not list', () => {
    expect(statementCoversAction(st({ NotAction: 's3:Get*' }), 's3:PutObject')).toBe(true);
    expect(statementCoversAction(st({ NotAction: 's3:Get*' }), 's3:GetObject')).toBe(false);
    expect(statementCoversAction(st({ NotAction: 'iam:*' }), 'iam:CreateUser')).toBe(false);
  });

  it('covers nothing without Action or NotAction', () => {
    expect(statementCoversAction(st({}), 's3:GetObject')).toBe(false);
  });
});

describe('isEveryone', () => {
  const principal = (p: unknown) => only({ Statement: { Effect: 'Allow', Action: '*', Principal: p } }).principal;

  it('is true for "*" and AWS lists holding "*"', () => {
    expect(isEveryone(principal('*'))).toBe(true);
    expect(isEveryone(principal({ AWS: '*' }))).toBe(true);
    expect(isEveryone(principal({ AWS: ['arn:aws:iam::111122223333:root', '*'] }))).toBe(true);
  });

  it('near miss: accounts, ARNs, services and no principal are not everyone', () => {
    expect(isEveryone(principal({ AWS: '111122223333' }))).toBe(false);
    expect(isEveryone(principal({ AWS: 'arn:aws:iam::111122223333:role/*' }))).toBe(false);
    expect(isEveryone(principal({ Service: 'cloudtrail.amazonaws.com' }))).toBe(false);
    expect(isEveryone(principal({ Federated: 'cognito-identity.amazonaws.com' }))).toBe(false);
    expect(isEveryone(undefined)).toBe(false);
  });
});

describe('resourceCovers', () => {
  const st = (member: object): Statement => only({ Statement: { Effect: 'Deny', Action: 's3:*', ...member } });

  it('matches resource globs', () => {
    expect(resourceCovers(st({ Resource: '*' }), 'arn:aws:s3:::b')).toBe(true);
    expect(resourceCovers(st({ Resource: 'arn:aws:s3:::b*' }), 'arn:aws:s3:::b/*')).toBe(true);
    expect(resourceCovers(st({ Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] }), 'arn:aws:s3:::b')).toBe(true);
  });

  it('near miss: objects only do not cover the bucket, and ARNs are case-sensitive', () => {
    expect(resourceCovers(st({ Resource: 'arn:aws:s3:::b/*' }), 'arn:aws:s3:::b')).toBe(false);
    expect(resourceCovers(st({ Resource: 'arn:aws:s3:::food/*' }), 'arn:aws:s3:::foo/*')).toBe(false);
    expect(resourceCovers(st({ Resource: 'arn:aws:s3:::B' }), 'arn:aws:s3:::b')).toBe(false);
  });

  it('honours NotResource', () => {
    expect(resourceCovers(st({ NotResource: 'arn:aws:s3:::b/private/*' }), 'arn:aws:s3:::b')).toBe(true);
    expect(resourceCovers(st({ NotResource: 'arn:aws:s3:::b*' }), 'arn:aws:s3:::b')).toBe(false);
  });

  it('applies to the attached resource when no Resource is written (trust policies)', () => {
    expect(resourceCovers(st({}), 'arn:aws:iam::111122223333:role/deploy')).toBe(true);
  });
});
