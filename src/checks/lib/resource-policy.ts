// One reading of a resource policy delivered as JSON text (an SQS Policy attribute, an ECR
// policyText, a Secrets Manager ResourcePolicy): absent, unreadable, public or not, by the shared
// parser and the shared reading of conditions that pin the caller.

import { parsePolicy, PolicyParseError, statementCoversAction, type Statement } from '../../policy/document.js';
import { publicStatements, type PinningContext, type PublicStatement } from '../../policy/pinning.js';

export type PolicyVerdict =
  | { kind: 'none' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'public'; statements: PublicStatement[] }
  | { kind: 'restricted' };

export function judgeResourcePolicy(text: string | undefined, pinning: PinningContext): PolicyVerdict {
  if (text === undefined || text.trim() === '') return { kind: 'none' };
  try {
    const statements = publicStatements(parsePolicy(text), pinning);
    return statements.length ? { kind: 'public', statements } : { kind: 'restricted' };
  } catch (err) {
    if (!(err instanceof PolicyParseError)) throw err;
    return { kind: 'unreadable', reason: err.message };
  }
}

/** `statement 'AllowAll' (sqs:*)` for each public statement, joined. */
export function describeStatements(statements: readonly PublicStatement[]): string {
  return statements.map((s) => `statement ${s.label} (${s.actions})`).join('; ');
}

/** Whether a statement grants any of `actions` (wildcards and NotAction count). */
export function grantsAny(statement: Statement, actions: readonly string[]): boolean {
  return actions.some((action) => statementCoversAction(statement, action));
}
