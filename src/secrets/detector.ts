// Whether a configuration variable (a Lambda environment variable, an API Gateway stage variable, a
// Parameter Store name) looks like a secret kept in plain text. The rules and thresholds are those
// of CHECKS-2.md section 3 (the entropy limits are the defaults of Yelp's detect-secrets). Values
// are judged in memory only: what leaves this module is the variable's name, the rule that fired
// and the value's length, never the value or any part or hash of it.

export type SecretRule = 'name' | 'format' | 'entropy';

export interface SecretSignal {
  rule: SecretRule;
  /** The secret word of the name, the credential format, or the alphabet of the high-entropy value. */
  detail: string;
}

/** What may be kept of one variable once its value is forgotten. */
export interface VariableFact {
  /** Length of the value, in characters. */
  length: number;
  /** Rules that fired, strongest first; empty when the variable does not look like a secret. */
  signals: SecretSignal[];
}

/** Words that, as part of a name, say the value is a secret. Whole-token words also match inside others otherwise. */
const SECRET_WORDS = [
  'password',
  'passwd',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'privatekey',
  'clientsecret',
  'credential',
  'credentials',
  'bearer',
  'jwt',
  'signingkey',
  'connectionstring',
];
/** Too short or too common inside other words (PASSENGER, AUTHOR) to match anything but a whole token. */
const WHOLE_TOKEN_WORDS = ['pass', 'pwd', 'auth', 'dsn'];

/** `DB_PASSWORD`, `dbPassword`, `db.password`, `db-password` → `db`, `password`. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-./:]+/)
    .filter(Boolean)
    .map((token) => token.toLowerCase());
}

/** The secret word a name contains, or undefined. `API_KEY` and `apiKey` count as `apikey`. */
export function secretWordIn(name: string): string | undefined {
  const tokens = nameTokens(name);
  const joinedPairs = tokens.slice(1).map((token, i) => tokens[i]! + token);
  for (const token of [...tokens, ...joinedPairs]) {
    if (WHOLE_TOKEN_WORDS.includes(token)) return token;
    const word = SECRET_WORDS.find((w) => token.includes(w));
    if (word) return word;
  }
  return undefined;
}

interface CredentialFormat {
  label: string;
  pattern: RegExp;
}

const FORMATS: readonly CredentialFormat[] = [
  { label: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { label: 'private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { label: 'GitHub token', pattern: /\b(?:ghp|gho|ghu|ghs)_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}/ },
  { label: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]+/ },
  { label: 'Slack webhook', pattern: /hooks\.slack\.com\/services\// },
  { label: 'Stripe live key', pattern: /\b(?:sk|rk)_live_[A-Za-z0-9]+/ },
  { label: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
  { label: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/ },
  { label: 'URL with credentials', pattern: /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i },
];

/** A 40-character AWS secret access key, which is recognisable only next to a key id. */
const AWS_SECRET_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/;

export function credentialFormatOf(value: string, siblingValues: readonly string[] = []): string | undefined {
  const format = FORMATS.find((f) => f.pattern.test(value));
  if (format) return format.label;
  const keyIdNearby = [value, ...siblingValues].some((v) => FORMATS[0]!.pattern.test(v));
  if (keyIdNearby && AWS_SECRET_KEY.test(value)) return 'AWS secret access key';
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A value that points at a secret instead of holding one: an ARN, a Parameter Store name, a
 * CloudFormation dynamic reference, a placeholder, a plain URL, a boolean or a number.
 */
export function isReference(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/^arn:/i.test(v)) return true;
  if (/^\{\{resolve:[^}]+\}\}$/.test(v)) return true;
  if (/^\$\{[^}]+\}$/.test(v)) return true;
  if (/^\/[A-Za-z0-9_.\-/]+$/.test(v) && !/\s/.test(v)) return true;
  if (/^(true|false|yes|no|on|off|null|none)$/i.test(v)) return true;
  if (/^-?\d+(\.\d+)?$/.test(v)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !FORMATS.at(-1)!.pattern.test(v)) return true;
  return false;
}

const BASE64 = /^[A-Za-z0-9+/=_-]+$/;
const HEX = /^[0-9a-fA-F]+$/;

/** Shannon entropy in bits per character of the value's own character frequencies. */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** `hex` or `base64` when the value is a long random-looking string of that alphabet. */
export function highEntropyAlphabet(value: string): 'hex' | 'base64' | undefined {
  if (value.length < 20 || /\s/.test(value)) return undefined;
  if (HEX.test(value)) {
    let entropy = shannonEntropy(value);
    // As detect-secrets does: a string of digits alone is less likely random than its entropy says.
    if (/^\d+$/.test(value)) entropy -= 1.2 / Math.log2(value.length);
    return entropy >= 3.0 ? 'hex' : undefined;
  }
  if (BASE64.test(value)) return shannonEntropy(value) >= 4.5 ? 'base64' : undefined;
  return undefined;
}

/** The rules that fire for one variable; `siblings` are the other values of the same set. */
export function judgeVariable(name: string, value: string, siblings: readonly string[] = []): SecretSignal[] {
  const signals: SecretSignal[] = [];
  const reference = isReference(value);
  const word = secretWordIn(name);
  if (word && !reference) signals.push({ rule: 'name', detail: word });
  const format = credentialFormatOf(value, siblings);
  if (format) signals.push({ rule: 'format', detail: format });
  if (!reference && !format && !(UUID.test(value.trim()) && !word)) {
    const alphabet = highEntropyAlphabet(value.trim());
    if (alphabet) signals.push({ rule: 'entropy', detail: alphabet });
  }
  return signals;
}

/** What may be kept of a set of variables: per name, the value's length and the rules that fired. */
export function variableFacts(variables: Readonly<Record<string, string>>): Record<string, VariableFact> {
  const values = Object.values(variables);
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => {
      const siblings = values.filter((v) => v !== value);
      return [name, { length: value.length, signals: judgeVariable(name, value, siblings) }];
    }),
  );
}

/** `DB_PASSWORD: name`, `STRIPE_KEY: format (Stripe live key)`: how a finding names what fired. */
export function describeSignals(name: string, fact: VariableFact): string {
  const rules = fact.signals.map((s) => (s.rule === 'name' ? `name (contains "${s.detail}")` : s.rule === 'format' ? `format (${s.detail})` : `entropy (high-entropy ${s.detail} string of ${fact.length} characters)`));
  return `${name}: ${rules.join(', ')}`;
}
