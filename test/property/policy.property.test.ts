// Properties of the shared policy reader (src/policy/document.ts), over generated policies, patterns
// and garbage: wildcards match as IAM matches, NotAction and NotResource are exact complements,
// conditions are normalised, and nothing a policy holds makes the reader fail other than with a
// PolicyParseError.
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
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

/** Textbook wildcard matching by dynamic programming: `*` any run, `?` any one code unit, everything else literal. */
function reference(pattern: string, text: string, caseInsensitive: boolean): boolean {
  const p = caseInsensitive ? pattern.toLowerCase() : pattern;
  const t = caseInsensitive ? text.toLowerCase() : text;
  let row = new Array<boolean>(t.length + 1).fill(false);
  row[0] = true;
  for (const c of p) {
    const next = new Array<boolean>(t.length + 1).fill(false);
    if (c === '*') {
      next[0] = row[0]!;
      for (let j = 1; j <= t.length; j++) next[j] = row[j]! || next[j - 1]!;
    } else {
      for (let j = 1; j <= t.length; j++) next[j] = row[j - 1]! && (c === '?' || c === t[j - 1]);
    }
    row = next;
  }
  return row[t.length]!;
}

// ASCII only: IAM compares action names case-insensitively in ASCII; regular-expression
// metacharacters are in, since a pattern must treat them as plain characters.
const char = fc.constantFrom(...'aAbBsS3:-/.+()[]{}\\$^|\n'.split(''));
const text = fc.string({ unit: char, maxLength: 12 });
const pattern = fc.string({ unit: fc.oneof(char, fc.constantFrom('*', '?')), maxLength: 10 });
const action = fc.tuple(fc.constantFrom('s3', 'kms', 'iam', 'ec2'), fc.string({ unit: fc.constantFrom(...'GetPutListDescribeObjectKey'.split('')), minLength: 1, maxLength: 12 })).map(([s, a]) => `${s}:${a}`);
const actionPattern = fc.oneof(action, pattern, fc.constant('*'), action.map((a) => `${a.split(':')[0]}:*`));

import { globsOverlap } from '../../src/checks/lib/s3-access.js';

/** Whether two globs share a matching string, by brute force over every short string of a small alphabet. */
function overlapByEnumeration(a: string, b: string): boolean {
  const alphabet = ['a', 'b', ':'];
  const words: string[] = [''];
  for (let length = 1; length <= 6; length++) {
    for (const w of words.filter((x) => x.length === length - 1)) for (const c of alphabet) words.push(w + c);
  }
  return words.some((w) => reference(a, w, true) && reference(b, w, true));
}

describe('wildcards', () => {
  it('actions match as the textbook matcher does, ignoring case', () => {
    fc.assert(fc.property(pattern, text, (p, t) => actionMatches(p, t) === reference(p, t, true)));
  });

  it('resources match as the textbook matcher does, minding case', () => {
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const st: Statement = { effect: 'Allow', resources: [p], conditions: [] };
        return resourceCovers(st, t) === reference(p, t, false);
      }),
    );
  });

  it('a pattern without wildcards matches exactly itself (any case for actions)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(actionMatches(a, a.toUpperCase())).toBe(true);
        expect(actionMatches(a, b)).toBe(a.toLowerCase() === b.toLowerCase());
      }),
    );
  });

  it('`*` matches every action, and `service:*` every action of that service only', () => {
    fc.assert(
      fc.property(action, action, (a, b) => {
        expect(actionMatches('*', a)).toBe(true);
        expect(actionMatches(`${a.split(':')[0]}:*`, b)).toBe(a.split(':')[0] === b.split(':')[0]);
      }),
    );
  });
});

describe('glob overlap (the S3 access families)', () => {
  const small = fc.string({ unit: fc.constantFrom('a', 'b', ':', '*', '?'), maxLength: 4 });
  it('agrees with brute force on short patterns', () => {
    fc.assert(fc.property(small, small, (a, b) => globsOverlap(a, b) === overlapByEnumeration(a, b)));
  });

  it('answers for the 9 KB action of the issue on a thread with a main thread’s stack (the recursive version overflowed there)', async () => {
    const dist = new URL('../../dist/checks/lib/s3-access.js', import.meta.url).href;
    const worker = new Worker(
      `import(${JSON.stringify(dist)}).then((m) => { const { parentPort } = require('node:worker_threads'); parentPort.postMessage(m.globsOverlap('s3:Get' + '*'.repeat(9000) + 'Object', 's3:Get*')); }, (e) => { throw e; });`,
      { eval: true, resourceLimits: { stackSizeMb: 0.9 } },
    );
    const answer = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(answer).toBe(true);
  });

  it('answers for hostile patterns tens of thousands of characters long, without recursion', () => {
    const stars = '*'.repeat(20_000);
    expect(globsOverlap(`s3:Get${stars}Object`, 's3:Get*')).toBe(true);
    expect(globsOverlap(`s3:Put${stars}Object`, 's3:Get*')).toBe(false);
    expect(globsOverlap(`${'?*'.repeat(5_000)}x`, 's3:List*')).toBe(true);
  });
});

describe('NotAction and NotResource', () => {
  it('NotAction covers exactly the actions that Action with the same list does not', () => {
    fc.assert(
      fc.property(fc.array(actionPattern, { minLength: 1, maxLength: 4 }), action, (list, a) => {
        const allow: Statement = { effect: 'Allow', actions: list, conditions: [] };
        const allowNot: Statement = { effect: 'Allow', notActions: list, conditions: [] };
        expect(statementCoversAction(allowNot, a)).toBe(!statementCoversAction(allow, a));
        expect(statementCoversAction(allow, a)).toBe(list.some((p) => reference(p, a, true)));
      }),
    );
  });

  it('a statement with neither Action nor NotAction covers nothing', () => {
    fc.assert(fc.property(action, (a) => statementCoversAction({ effect: 'Allow', conditions: [] }, a) === false));
  });

  it('NotResource covers exactly what Resource with the same list does not; neither means the resource itself', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), text, (list, arn) => {
        const st: Statement = { effect: 'Allow', resources: list, conditions: [] };
        const not: Statement = { effect: 'Allow', notResources: list, conditions: [] };
        expect(resourceCovers(not, arn)).toBe(!resourceCovers(st, arn));
        expect(resourceCovers({ effect: 'Allow', conditions: [] }, arn)).toBe(true);
      }),
    );
  });
});

// Generated policies in the shapes AWS accepts: one statement or a list, strings or lists, booleans
// and numbers in conditions, principals as "*" or by type, Effect in any case.
const stringOrList = (arb: fc.Arbitrary<string>) => fc.oneof(arb, fc.array(arb, { minLength: 1, maxLength: 3 }));
const conditionKey = fc.constantFrom('aws:SecureTransport', 'AWS:SourceVpce', 'aws:PrincipalOrgID', 's3:x-amz-acl', 'kms:ViaService', 'aws:SourceIp');
const conditionValue = fc.oneof(fc.string({ maxLength: 8 }), fc.boolean(), fc.integer());
const conditionBlock = fc.dictionary(
  fc.constantFrom('Bool', 'StringEquals', 'StringLike', 'ForAnyValue:StringLike', 'IpAddress', 'NumericLessThan'),
  fc.dictionary(conditionKey, fc.oneof(conditionValue, fc.array(conditionValue, { minLength: 1, maxLength: 3 })), { minKeys: 1, maxKeys: 2 }),
  { maxKeys: 2 },
);
const principal = fc.oneof(
  fc.constant('*' as const),
  fc.record({ AWS: stringOrList(fc.constantFrom('*', 'arn:aws:iam::123456789012:root', '444455556666')) }, { requiredKeys: [] }),
  fc.record({ Service: stringOrList(fc.constantFrom('cloudtrail.amazonaws.com', 'logs.amazonaws.com')) }),
);
const statement = fc
  .record(
    {
      Sid: fc.string({ maxLength: 8 }),
      Effect: fc.constantFrom('Allow', 'Deny', 'allow', 'DENY'),
      Action: stringOrList(actionPattern),
      NotAction: stringOrList(actionPattern),
      Resource: stringOrList(fc.constantFrom('*', 'arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*')),
      NotResource: stringOrList(fc.constantFrom('arn:aws:s3:::other/*')),
      Principal: principal,
      Condition: conditionBlock,
    },
    { requiredKeys: ['Effect'] },
  )
  .filter((s) => !(s.Action !== undefined && s.NotAction !== undefined));
const policy = fc.record({ Version: fc.constant('2012-10-17'), Statement: fc.oneof(statement, fc.array(statement, { maxLength: 4 })) });

const asList = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

describe('parsePolicy', () => {
  it('reads every shape AWS accepts, the same from an object, JSON text and URL-encoded JSON', () => {
    fc.assert(
      fc.property(policy, (doc) => {
        const parsed = parsePolicy(doc);
        expect(parsePolicy(JSON.stringify(doc))).toEqual(parsed);
        expect(parsePolicy(encodeURIComponent(JSON.stringify(doc)))).toEqual(parsed);
        const raw = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
        expect(parsed.statements).toHaveLength(raw.length);
        parsed.statements.forEach((st, i) => {
          const source = raw[i]!;
          expect(st.effect).toBe(source.Effect.toLowerCase() === 'allow' ? 'Allow' : 'Deny');
          expect(st.actions).toEqual(asList(source.Action));
          expect(st.notActions).toEqual(asList(source.NotAction));
          expect(st.resources).toEqual(asList(source.Resource));
          expect(isEveryone(st.principal)).toBe(source.Principal === '*' || (typeof source.Principal === 'object' && (asList((source.Principal as { AWS?: string | string[] }).AWS) ?? []).includes('*')));
          for (const c of st.conditions) {
            expect(c.key).toBe(c.key.toLowerCase());
            expect(c.values.every((v) => typeof v === 'string')).toBe(true);
          }
          expect(conditionKeys(st)).toEqual([...new Set(st.conditions.map((c) => c.key))]);
          const blockKeys = Object.values(source.Condition ?? {}).flatMap((block) => Object.keys(block).map((k) => k.toLowerCase()));
          expect(new Set(conditionKeys(st))).toEqual(new Set(blockKeys));
        });
      }),
    );
  });

  it('refuses anything else with a PolicyParseError, never another error', () => {
    const garbage = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => encodeURIComponent(JSON.stringify({ Statement: v }))),
      fc.record({ Statement: fc.jsonValue() }),
      fc.record({ Version: fc.jsonValue(), Statement: fc.array(fc.record({ Effect: fc.jsonValue(), Action: fc.jsonValue(), Principal: fc.jsonValue(), Condition: fc.jsonValue() }, { requiredKeys: [] })) }),
    );
    fc.assert(
      fc.property(garbage, (input) => {
        try {
          parsePolicy(input as string | object);
        } catch (err) {
          expect(err).toBeInstanceOf(PolicyParseError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a policy nested 50,000 deep, or with 20,000 statements, as an error or a document, quickly', () => {
    let deep = '"s3:GetObject"';
    for (let i = 0; i < 50_000; i++) deep = `[${deep}]`;
    expect(() => parsePolicy(`{"Statement":{"Effect":"Allow","Action":${deep}}}`)).toThrow(PolicyParseError);
    const many = { Statement: Array.from({ length: 20_000 }, (_, i) => ({ Effect: 'Allow', Action: `s3:Get${i}`, Resource: '*' })) };
    expect(parsePolicy(many).statements).toHaveLength(20_000);
  });
});

/**
 * Runs `actionMatches` and `resourceCovers` from the build in a worker, which can be stopped: a
 * matcher that backtracks blocks its thread for minutes, and with it every timer of the scan.
 */
function matchesWithin(ms: number, pattern: string, subject: string): Promise<'finished' | 'timed out'> {
  const dist = new URL('../../dist/policy/document.js', import.meta.url).href;
  const worker = new Worker(
    `import(${JSON.stringify(dist)}).then((m) => { const { workerData: w, parentPort } = require('node:worker_threads'); m.actionMatches(w.pattern, w.subject); m.resourceCovers({ effect: 'Allow', resources: [w.pattern], conditions: [] }, w.subject); parentPort.postMessage('done'); });`,
    { eval: true, workerData: { pattern, subject } },
  );
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('timed out');
    }, ms);
    worker.once('message', () => {
      clearTimeout(timer);
      void worker.terminate();
      resolve('finished');
    });
  });
}

describe('matching time', () => {
  // A glob turned into a regular expression (`*` -> `.*`) backtracks exponentially in the number of
  // wildcards: a Resource or Action written to exploit it would block the scan where --timeout cannot fire.
  it('stays linear for a pattern written to make a regular expression backtrack', async () => {
    expect(await matchesWithin(10_000, `arn:${'*a'.repeat(12)}*Z`, `arn:${'a'.repeat(60)}`)).toBe('finished');
  }, 20_000);

  it('stays fast for the wildcards real policies use', async () => {
    expect(await matchesWithin(10_000, 'arn:aws:s3:::acme-*-logs/*/2026/*', 'arn:aws:s3:::acme-orders-data-logs/app/2026/11/01/x.json')).toBe('finished');
  });
});
