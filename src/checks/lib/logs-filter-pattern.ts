// CloudWatch Logs filter patterns for JSON log events, as metric filters on a CloudTrail log group
// use them: `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }`.
//
// Syntax (CloudWatch Logs User Guide, "Filter pattern syntax for metric filters"): the expression
// sits between braces; a condition is a property selector (`$.a.b[0].c`) with `=` or `!=` and a
// string (quoted or not, `*` as a wildcard at its start or end only: `Ev*ent` is the literal
// `Ev*ent`), a numeric comparison (`<`, `>`, `<=`, `>=`, `=`, `!=`), `IS NULL`, `IS TRUE`,
// `IS FALSE`, `NOT EXISTS`, or a regular expression between `%` signs. Conditions combine with
// `&&` and `||`, and the order of operations is `()` before `&&` before `||`. Whitespace outside
// quotes means nothing.
//
// A pattern is read into an expression tree, then normalised to a disjunction of conjunctions (each
// an OR-ed alternative of AND-ed conditions), which is what "equivalent to or broader than" is
// decided on: a pattern covers another when each alternative of the other implies one of its own.

export type ComparisonOperator = '=' | '!=' | '<' | '>' | '<=' | '>=';
export type TestKind = 'IS NULL' | 'IS TRUE' | 'IS FALSE' | 'NOT EXISTS' | 'EXISTS';

export type Condition =
  /** `value` without its double quotes; `regex` for a `%...%` value (its text without the `%`). */
  | { kind: 'compare'; selector: string; op: ComparisonOperator; value: string; regex: boolean }
  | { kind: 'test'; selector: string; test: TestKind };

export type Expression = Condition | { kind: 'and' | 'or'; items: Expression[] };

/** The OR-ed alternatives of a pattern, each a list of AND-ed conditions. */
export type Alternatives = Condition[][];

export type Parsed = { ok: true; expression: Expression; alternatives: Alternatives } | { ok: false; json: boolean; reason: string };

/** Past this many alternatives a pattern is not judged: a product of OR-lists grows fast. */
const MAX_ALTERNATIVES = 4096;

class PatternError extends Error {}

type Token =
  | { t: 'punct'; v: '{' | '}' | '(' | ')' | '&&' | '||' }
  | { t: 'op'; v: ComparisonOperator }
  | { t: 'selector'; v: string }
  | { t: 'string'; v: string }
  | { t: 'regex'; v: string }
  | { t: 'word'; v: string };

const SELECTOR_CHAR = /[A-Za-z0-9_\-.[\]*$]/;
const WORD_STOP = /[\s(){}]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const two = text.slice(i, i + 2);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '{' || c === '}' || c === '(' || c === ')') {
      tokens.push({ t: 'punct', v: c });
      i++;
    } else if (two === '&&' || two === '||') {
      tokens.push({ t: 'punct', v: two });
      i += 2;
    } else if (two === '!=' || two === '<=' || two === '>=') {
      tokens.push({ t: 'op', v: two });
      i += 2;
    } else if (c === '=' || c === '<' || c === '>') {
      tokens.push({ t: 'op', v: c });
      i++;
    } else if (c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new PatternError('a quoted value is not closed');
        const q = text[i]!;
        if (q === '\\' && i + 1 < text.length) {
          value += text[i + 1];
          i += 2;
        } else if (q === '"') {
          i++;
          break;
        } else {
          value += q;
          i++;
        }
      }
      tokens.push({ t: 'string', v: value });
    } else if (c === '%') {
      const end = text.indexOf('%', i + 1);
      if (end < 0) throw new PatternError('a regular expression is not closed by %');
      tokens.push({ t: 'regex', v: text.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '$') {
      let j = i + 1;
      while (j < text.length && SELECTOR_CHAR.test(text[j]!)) j++;
      tokens.push({ t: 'selector', v: text.slice(i, j) });
      i = j;
    } else {
      let j = i;
      while (j < text.length && !WORD_STOP.test(text[j]!) && !['&&', '||'].includes(text.slice(j, j + 2))) j++;
      tokens.push({ t: 'word', v: text.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  pattern(): Expression {
    this.expect('punct', '{');
    const expression = this.or();
    this.expect('punct', '}');
    if (this.at < this.tokens.length) throw new PatternError(`unexpected ${this.describe(this.tokens[this.at])} after the closing brace`);
    return expression;
  }

  private or(): Expression {
    const items = [this.and()];
    while (this.accept('punct', '||')) items.push(this.and());
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private and(): Expression {
    const items = [this.unary()];
    while (this.accept('punct', '&&')) items.push(this.unary());
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private unary(): Expression {
    if (this.accept('punct', '(')) {
      const inner = this.or();
      this.expect('punct', ')');
      return inner;
    }
    return this.condition();
  }

  private condition(): Condition {
    const selector = this.next();
    if (selector?.t !== 'selector' || selector.v.length < 2) throw new PatternError(`expected a property selector ($.field), found ${this.describe(selector)}`);
    const next = this.next();
    if (next?.t === 'op') {
      const value = this.next();
      if (value?.t === 'string' || value?.t === 'word') return { kind: 'compare', selector: selector.v, op: next.v, value: value.v, regex: false };
      if (value?.t === 'regex') return { kind: 'compare', selector: selector.v, op: next.v, value: value.v, regex: true };
      throw new PatternError(`expected a value after ${selector.v} ${next.v}, found ${this.describe(value)}`);
    }
    if (next?.t === 'word') {
      const keyword = next.v.toUpperCase();
      if (keyword === 'EXISTS') return { kind: 'test', selector: selector.v, test: 'EXISTS' };
      const second = this.next();
      const pair = `${keyword} ${second?.t === 'word' ? second.v.toUpperCase() : ''}`;
      if (pair === 'IS NULL' || pair === 'IS TRUE' || pair === 'IS FALSE' || pair === 'NOT EXISTS') return { kind: 'test', selector: selector.v, test: pair };
      throw new PatternError(`unknown test "${next.v}${second ? ` ${second.v}` : ''}" on ${selector.v}`);
    }
    throw new PatternError(`expected an operator after ${selector.v}, found ${this.describe(next)}`);
  }

  private next(): Token | undefined {
    return this.tokens[this.at++];
  }

  private accept(t: 'punct', v: string): boolean {
    const token = this.tokens[this.at];
    if (token?.t === t && token.v === v) {
      this.at++;
      return true;
    }
    return false;
  }

  private expect(t: 'punct', v: string): void {
    const token = this.tokens[this.at];
    if (!this.accept(t, v)) throw new PatternError(`expected "${v}", found ${this.describe(token)}`);
  }

  private describe(token: Token | undefined): string {
    if (!token) return 'the end of the pattern';
    return token.t === 'string' ? `"${token.v}"` : token.t === 'regex' ? `%${token.v}%` : `"${token.v}"`;
  }
}

/** The OR-ed alternatives of an expression: `a && (b || c)` is `a && b`, `a && c`. */
export function alternativesOf(expression: Expression): Alternatives {
  if (expression.kind === 'compare' || expression.kind === 'test') return [[expression]];
  const parts = expression.items.map(alternativesOf);
  if (expression.kind === 'or') {
    const all = parts.flat();
    if (all.length > MAX_ALTERNATIVES) throw new PatternError(`more than ${MAX_ALTERNATIVES} alternatives`);
    return all;
  }
  let product: Alternatives = [[]];
  for (const part of parts) {
    if (product.length * part.length > MAX_ALTERNATIVES) throw new PatternError(`more than ${MAX_ALTERNATIVES} alternatives`);
    product = product.flatMap((left) => part.map((right) => dedupe([...left, ...right])));
  }
  return product;
}

function dedupe(conditions: Condition[]): Condition[] {
  const seen = new Map<string, Condition>();
  for (const c of conditions) if (!seen.has(conditionKey(c))) seen.set(conditionKey(c), c);
  return [...seen.values()];
}

const conditionKey = (c: Condition) => (c.kind === 'compare' ? `${c.selector} ${c.op} ${c.regex ? '%' : ''}${c.value}` : `${c.selector} ${c.test}`);

/** Reads a metric filter pattern. Patterns that are not JSON patterns (terms, space-delimited `[...]`) say so. */
export function parseFilterPattern(text: string): Parsed {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return { ok: false, json: false, reason: 'it is not a JSON filter pattern' };
  try {
    const expression = new Parser(tokenize(trimmed)).pattern();
    return { ok: true, expression, alternatives: alternativesOf(expression) };
  } catch (err) {
    if (err instanceof PatternError) return { ok: false, json: true, reason: err.message };
    throw err;
  }
}

/** A condition as a person would write it: `$.eventName = ConsoleLogin`, `$.errorCode = "AccessDenied*"`. */
export function conditionText(c: Condition): string {
  if (c.kind === 'test') return `${c.selector} ${c.test}`;
  const value = c.regex ? `%${c.value}%` : /^[A-Za-z0-9_.-]+$/.test(c.value) ? c.value : JSON.stringify(c.value);
  return `${c.selector} ${c.op} ${value}`;
}

/** A string value with CloudWatch's wildcards: `*` at the start, the end, or both (alone: anything). */
interface Glob {
  anyBefore: boolean;
  anyAfter: boolean;
  core: string;
}

function globOf(value: string): Glob {
  if (value === '*') return { anyBefore: true, anyAfter: true, core: '' };
  const anyBefore = value.startsWith('*');
  const anyAfter = value.length > 1 && value.endsWith('*');
  return { anyBefore, anyAfter, core: value.slice(anyBefore ? 1 : 0, anyAfter ? -1 : undefined) };
}

/** Every string `inner` matches, `outer` matches too. */
function globContains(outer: Glob, inner: Glob): boolean {
  if (inner.anyBefore && !outer.anyBefore) return false;
  if (inner.anyAfter && !outer.anyAfter) return false;
  if (outer.anyBefore && outer.anyAfter) return inner.core.includes(outer.core);
  if (outer.anyBefore) return inner.core.endsWith(outer.core);
  if (outer.anyAfter) return inner.core.startsWith(outer.core);
  return inner.core === outer.core;
}

/** Whether a literal string matches a glob. */
const globMatches = (glob: Glob, literal: string) => globContains(glob, { anyBefore: false, anyAfter: false, core: literal });

/**
 * Whether every event that satisfies `given` also satisfies `wanted` (same selector, compared
 * exactly; values case-sensitively). Only what can be shown counts: anything else is "no".
 */
export function implies(given: Condition, wanted: Condition): boolean {
  if (given.selector !== wanted.selector) return false;
  if (conditionKey(given) === conditionKey(wanted)) return true;
  if (given.kind !== 'compare' || wanted.kind !== 'compare' || given.regex || wanted.regex) return false;
  const g = globOf(given.value);
  const w = globOf(wanted.value);
  if (given.op === '=' && wanted.op === '=') return globContains(w, g);
  // Excluding more than `wanted` excludes is implied by excluding at least all of it.
  if (given.op === '!=' && wanted.op === '!=') return globContains(g, w);
  // A field equal to one literal differs from any value the other side cannot match.
  if (given.op === '=' && wanted.op === '!=') return !g.anyBefore && !g.anyAfter && !globMatches(w, g.core);
  return false;
}

/** How one pattern falls short of covering a required one. */
export interface Shortfall {
  /** Required alternatives no alternative of the pattern covers, and that no added condition explains. */
  missing: Condition[][];
  /** Conditions AND-ed to alternatives that would otherwise cover a required one: each narrows the pattern. */
  narrowing: Condition[];
}

/**
 * Whether `pattern` is equivalent to or broader than `required`: each required alternative implies
 * some alternative of the pattern (each of whose conditions follows from the required conditions).
 * Extra alternatives only widen the pattern; an extra AND-ed condition narrows it. Undefined when
 * it covers, otherwise what is missing.
 */
export function shortfall(pattern: Alternatives, required: Alternatives): Shortfall | undefined {
  const missing: Condition[][] = [];
  const narrowing = new Map<string, Condition>();
  for (const needed of required) {
    let best: { unproven: Condition[]; size: number } | undefined;
    for (const alternative of pattern) {
      const unproven = alternative.filter((c) => !needed.some((n) => implies(n, c)));
      const closer = !best || unproven.length < best.unproven.length || (unproven.length === best.unproven.length && alternative.length > best.size);
      if (closer) best = { unproven, size: alternative.length };
      if (unproven.length === 0) break;
    }
    if (best && best.unproven.length === 0) continue;
    const neededSelectors = new Set(needed.map((c) => c.selector));
    // The closest alternative shares conditions with the requirement and differs only by conditions
    // on fields the requirement does not constrain: it is the requirement narrowed by them.
    // Otherwise the requirement is not there.
    if (best && best.unproven.length < best.size && best.unproven.every((c) => !neededSelectors.has(c.selector))) {
      best.unproven.forEach((c) => narrowing.set(conditionKey(c), c));
    } else missing.push(needed);
  }
  return missing.length || narrowing.size ? { missing, narrowing: [...narrowing.values()] } : undefined;
}

/**
 * The missing alternatives in words: the `$.eventName = X` alternatives that share the same other
 * conditions are listed together ("$.eventName DisableKey, ScheduleKeyDeletion with
 * $.eventSource = kms.amazonaws.com"); others are written out.
 */
export function describeMissing(missing: readonly Condition[][]): string {
  const groups = new Map<string, { context: Condition[]; names: string[] }>();
  const others: string[] = [];
  for (const alternative of missing) {
    const name = alternative.find((c): c is Extract<Condition, { kind: 'compare' }> => c.kind === 'compare' && c.op === '=' && c.selector === '$.eventName' && !c.regex);
    if (!name) {
      others.push(alternative.map(conditionText).join(' && '));
      continue;
    }
    const context = alternative.filter((c) => c !== name);
    const key = context.map(conditionKey).sort().join('\n');
    const group = groups.get(key) ?? { context, names: [] };
    group.names.push(name.value);
    groups.set(key, group);
  }
  const named = [...groups.values()].map(
    ({ context, names }) => `$.eventName ${names.join(', ')}${context.length ? ` with ${context.map(conditionText).join(' && ')}` : ''}`,
  );
  return [...named, ...others.map((text) => `(${text})`)].join('; ');
}
