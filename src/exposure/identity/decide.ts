// Whether a principal's identity policies allow one action on one resource: an Allow that applies,
// no Deny that applies, within the permissions boundary when there is one. Three answers: yes, no,
// and maybe (an undecided condition), with the undecided conditions quoted.

import { wildcardMatch } from '../../glob.js';
import { statementCoversAction, type Statement } from '../../policy/document.js';
import { statementTruth, substitute, type RequestContext } from './conditions.js';
import type { PolicySource, PrincipalModel } from './model.js';

export type Answer = 'yes' | 'no' | 'maybe';

export interface Decision {
  answer: Answer;
  /** Undecided conditions, quoted, when the answer is maybe. */
  conditions: string[];
  /** Labels of the policies whose Allow applied. */
  grantedBy: string[];
}

export const NO: Decision = { answer: 'no', conditions: [], grantedBy: [] };

export interface Permissions {
  sources: readonly PolicySource[];
  /** The permissions boundary; null for none. */
  boundary: PolicySource | null;
}

export function permissionsOf(p: PrincipalModel): Permissions {
  return { sources: p.sources, boundary: p.boundary ?? null };
}

function resourceApplies(st: Statement, resource: string, ctx: RequestContext): boolean {
  const match = (patterns: readonly string[]) =>
    patterns.some((raw) => {
      const pattern = substitute(raw, ctx);
      return pattern !== undefined && wildcardMatch(pattern, resource);
    });
  if (st.resources) return match(st.resources);
  if (st.notResources) return !match(st.notResources);
  // Identity policies always name resources; a statement without any applies to nothing here.
  return false;
}

interface Side {
  allow: Answer;
  deny: Answer;
  conditions: string[];
  grantedBy: string[];
}

function evaluate(sources: readonly PolicySource[], action: string, resource: string, ctx: RequestContext): Side {
  let allow: Answer = 'no';
  let deny: Answer = 'no';
  const conditions: string[] = [];
  const grantedBy: string[] = [];
  for (const source of sources) {
    for (const st of source.doc.statements) {
      if (!statementCoversAction(st, action) || !resourceApplies(st, resource, ctx)) continue;
      const { truth, unknown } = statementTruth(st.conditions, st.effect, ctx);
      if (truth === 'false') continue;
      if (st.effect === 'Deny') {
        if (truth === 'true') deny = 'yes';
        else if (deny === 'no') {
          deny = 'maybe';
          conditions.push(...unknown.map((u) => `not denied by ${source.label}: ${u}`));
        }
      } else if (truth === 'true') {
        if (allow !== 'yes') grantedBy.length = 0;
        allow = 'yes';
        if (!grantedBy.includes(source.label)) grantedBy.push(source.label);
      } else if (allow === 'no') {
        allow = 'maybe';
        conditions.push(...unknown.map((u) => `${source.label}: ${u}`));
        if (!grantedBy.includes(source.label)) grantedBy.push(source.label);
      }
    }
  }
  return { allow, deny, conditions, grantedBy };
}

function combine(side: Side): Decision {
  if (side.deny === 'yes' || side.allow === 'no') return NO;
  if (side.allow === 'yes' && side.deny === 'no') return { answer: 'yes', conditions: [], grantedBy: side.grantedBy };
  return { answer: 'maybe', conditions: [...new Set(side.conditions)], grantedBy: side.grantedBy };
}

/** The principal's permission for `action` on `resource`, its boundary included. */
export function decide(perms: Permissions, action: string, resource: string, ctx: RequestContext): Decision {
  const identity = combine(evaluate(perms.sources, action, resource, ctx));
  if (identity.answer === 'no' || !perms.boundary) return identity;
  const bounded = combine(evaluate([perms.boundary], action, resource, ctx));
  if (bounded.answer === 'no') return NO;
  if (identity.answer === 'yes' && bounded.answer === 'yes') return identity;
  return { answer: 'maybe', conditions: [...new Set([...identity.conditions, ...bounded.conditions.map((c) => `boundary: ${c}`)])], grantedBy: identity.grantedBy };
}

/** All of several decisions (AND). */
export function all(decisions: readonly Decision[]): Decision {
  if (decisions.some((d) => d.answer === 'no')) return NO;
  const maybe = decisions.filter((d) => d.answer === 'maybe');
  if (!maybe.length) return { answer: 'yes', conditions: [], grantedBy: [...new Set(decisions.flatMap((d) => d.grantedBy))] };
  return { answer: 'maybe', conditions: [...new Set(maybe.flatMap((d) => d.conditions))], grantedBy: [...new Set(decisions.flatMap((d) => d.grantedBy))] };
}

/** The best of alternatives (OR): a yes over a maybe over a no. */
export function best(decisions: readonly Decision[]): Decision {
  return decisions.find((d) => d.answer === 'yes') ?? decisions.find((d) => d.answer === 'maybe') ?? NO;
}

/** Whether any Allow of the principal could cover the action at all (a cheap filter before deciding). */
export function mayAllow(perms: Permissions, action: string): boolean {
  return perms.sources.some((s) => s.doc.statements.some((st) => st.effect === 'Allow' && statementCoversAction(st, action)));
}
