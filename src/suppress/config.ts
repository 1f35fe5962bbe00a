// The configuration file (.aws-posture.yml, or --config): suppressions of accepted findings. It is
// validated against schemas/config.v1.schema.json; a problem is one line naming the file and the field.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { unreadableReason } from '../read-file.js';
import { globMatches, isGlob } from './glob.js';

/** The names the config file is looked for under, in each directory from the working one up. */
export const CONFIG_FILE_NAMES = ['.aws-posture.yml', '.aws-posture.yaml'] as const;

/** The config file cannot be read or is not valid: exit 2 with this one line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface SuppressionRule {
  /** Position in the file's `suppressions` list. */
  index: number;
  /** Where it was declared, e.g. `.aws-posture.yml suppressions[2]`. */
  source: string;
  checks?: string[];
  resources?: string[];
  accounts?: string[];
  regions?: string[];
  reason: string;
  /** YYYY-MM-DD, the last day it applies. */
  expires?: string;
}

export interface Config {
  file: string;
  suppressions: SuppressionRule[];
}

// ajv-formats is CommonJS with a `default` property; under NodeNext the default import is the whole module.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (ajv: Ajv2020) => Ajv2020;
const schema = createRequire(import.meta.url)('../../schemas/config.v1.schema.json') as Record<string, unknown>;
let validator: ReturnType<Ajv2020['compile']> | undefined;

function validate(data: unknown): ErrorObject[] {
  // validateSchema off: the tests check the published schema against its meta-schema, once.
  // strictRequired objects to the schema's anyOf of required check or resource; a pattern may be a string or a list.
  validator ??= addFormats(new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true, verbose: true, validateSchema: false })).compile(schema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/**
 * The config file of a run from `cwd`: `.aws-posture.yml` (or `.yaml`) in the working directory or the
 * nearest directory above it, up to the repository's root (the directory holding `.git`). Outside a
 * repository only the working directory is looked in, so that a stray file higher up never applies.
 * The path is relative to `cwd` when it is below or beside it.
 */
export function findConfigFile(cwd: string): string | undefined {
  const inRepository = ancestors(cwd).some((dir) => existsSync(join(dir, '.git')));
  for (const dir of inRepository ? ancestors(cwd) : [cwd]) {
    const found = CONFIG_FILE_NAMES.filter((name) => existsSync(join(dir, name)));
    if (found.length > 1) throw new ConfigError(`Both ${found.map((name) => shown(join(dir, name), cwd)).join(' and ')} exist; keep one`);
    if (found.length === 1) return shown(join(dir, found[0]!), cwd);
    if (existsSync(join(dir, '.git'))) break;
  }
  return undefined;
}

/** `dir`, its parent, ... up to the file system's root. */
function ancestors(dir: string): string[] {
  const all = [dir];
  for (let parent = dirname(dir); parent !== all[all.length - 1]; parent = dirname(parent)) all.push(parent);
  return all;
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? path : rel;
}

/**
 * The config of a run: the file given to --config (which must exist), else the one findConfigFile finds.
 * `knownChecks` are the registry's ids: a suppression naming no check is a typo.
 */
export function loadConfig(options: { file?: string; cwd: string; knownChecks: readonly string[] }): Config | undefined {
  const file = options.file ?? findConfigFile(options.cwd);
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(resolve(options.cwd, file), 'utf8');
  } catch (err) {
    throw new ConfigError(`Cannot read the config file ${file}: ${unreadableReason(err)}`);
  }
  return parseConfig(text, file, options.knownChecks);
}

export function parseConfig(text: string, file: string, knownChecks: readonly string[]): Config {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${file}: not valid YAML: ${firstLine((err as Error).message)}`);
  }
  // An empty file (or one holding only comments) is an empty configuration.
  if (data === null || data === undefined) return { file, suppressions: [] };
  const errors = validate(data);
  if (errors.length > 0) throw new ConfigError(`${file}: ${describeError(pickError(errors))}`);

  const entries = ((data as { suppressions?: unknown[] }).suppressions ?? []) as Array<Record<string, unknown>>;
  const suppressions = entries.map((entry, index): SuppressionRule => {
    const list = (key: string) => {
      const value = entry[key] as string | string[] | undefined;
      return value === undefined ? undefined : typeof value === 'string' ? [value] : value;
    };
    const rule: SuppressionRule = { index, source: `${file} suppressions[${index}]`, reason: (entry.reason as string).trim() };
    const checks = list('check');
    const resources = list('resource');
    const accounts = list('account');
    const regions = list('region');
    if (checks) rule.checks = checks;
    if (resources) rule.resources = resources;
    if (accounts) rule.accounts = accounts;
    if (regions) rule.regions = regions;
    if (typeof entry.expires === 'string') rule.expires = entry.expires;
    for (const [i, pattern] of (checks ?? []).entries()) {
      if (!knownChecks.some((id) => globMatches(pattern, id))) {
        const at = typeof entry.check === 'string' ? `suppressions[${index}].check` : `suppressions[${index}].check[${i}]`;
        throw new ConfigError(`${file}: ${at} '${pattern}' ${isGlob(pattern) ? 'matches no check id' : 'is not a check id'} (run "aws-posture checks" for the list)`);
      }
    }
    return rule;
  });
  return { file, suppressions };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim().replace(/:$/, '');
}

/**
 * The error to show: the anyOf alternatives explain nothing on their own, the anyOf itself does; and an
 * unknown field comes first, since a misspelt `reasons` is why `reason` is missing.
 */
function pickError(errors: ErrorObject[]): ErrorObject {
  const meaningful = errors.filter((e) => !e.schemaPath.includes('/anyOf/'));
  return meaningful.find((e) => e.keyword === 'additionalProperties') ?? meaningful[0] ?? errors[0]!;
}

/** `/suppressions/2/reason` → `suppressions[2].reason`. */
function pathOf(pointer: string, child?: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  let path = '';
  for (const part of parts) path += /^\d+$/.test(part) ? `[${part}]` : path === '' ? part : `.${part}`;
  return path;
}

const FIELD_RULES: Record<string, string> = {
  check: 'a check id or a glob of check ids (lower-case letters, digits, -, * and ?)',
  region: 'a region name or a glob (lower-case letters, digits, -, * and ?)',
  account: "a 12-digit account id in quotes (e.g. '123456789012') or a glob of digits, * and ?",
};

function fieldName(pointer: string): string {
  return pointer.split('/').filter((p) => !/^\d+$/.test(p)).pop() ?? '';
}

function describeError(error: ErrorObject): string {
  const at = pathOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const where = at === '' ? 'the file' : at;
  switch (error.keyword) {
    case 'required':
      return `${pathOf(error.instancePath, String(params.missingProperty))} is required`;
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      return `${pathOf(error.instancePath, String(params.additionalProperty))} is not a known field (expected ${known.join(', ')})`;
    }
    case 'anyOf':
      return `${where} needs a check or a resource to match`;
    case 'type': {
      const expected = ([] as string[]).concat(params.type as string | string[]);
      const words = expected.map((t) => ({ string: 'a string', array: 'a list', object: 'a mapping' })[t] ?? t).join(' or ');
      const hint = fieldName(error.instancePath) === 'account' && typeof error.data === 'number' ? " (quote account ids, e.g. '123456789012')" : '';
      return `${where} must be ${words}, not ${describeValue(error.data)}${hint}`;
    }
    case 'const':
      return `${where} must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(error.data)}`;
    case 'format':
      return `${where} must be a date written YYYY-MM-DD, not ${describeValue(error.data)}`;
    case 'minItems':
      return `${where} must list at least one value`;
    case 'minLength':
      return `${where} must not be empty`;
    case 'pattern': {
      const field = fieldName(error.instancePath);
      if (field === 'reason') return `${where} must not be empty`;
      return `${where} must be ${FIELD_RULES[field] ?? 'a valid value'}, not ${describeValue(error.data)}`;
    }
    default:
      return `${where} ${error.message ?? 'is not valid'}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  return String(value);
}
