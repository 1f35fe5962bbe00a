// Parsing and validation of command-line values: every rejection is one line naming the bad value.

import { FRAMEWORKS, type Framework } from '../compliance/frameworks.js';
import { PILLARS, SERVICES, SEVERITIES, type Pillar, type Service, type Severity } from '../model.js';
import { formatOfFileName, GROUP_BY, wordList, type GroupBy, type ReportFormat } from '../report/formats.js';
import { UsageError } from './errors.js';

export interface OutputSpec<F extends string = ReportFormat> {
  format: F;
  /** undefined: standard output. */
  path?: string;
}

/** Values of a repeatable, comma-separated option, trimmed, empty items dropped. */
export function listOf(values: readonly string[] | undefined): string[] | undefined {
  if (!values || values.length === 0) return undefined;
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

function oneOf<T extends string>(kind: string, allowed: readonly T[], value: string): T {
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  throw new UsageError(`Unknown ${kind} '${value}' (expected one of: ${allowed.join(', ')})`);
}

export const parseSeverity = (value: string): Severity => oneOf('severity', SEVERITIES, value);
export const parsePillars = (values: string[]): Pillar[] => values.map((v) => oneOf('pillar', PILLARS, v));
export const parseServices = (values: string[]): Service[] => values.map((v) => oneOf('service', SERVICES, v));

export const parseFramework = (value: string): Framework => oneOf('framework', FRAMEWORKS, value);
export const parseGroupBy = (value: string): GroupBy => oneOf('--group-by', GROUP_BY, value);

export function parseFailOn(value: string): Severity | 'none' {
  return value.toLowerCase() === 'none' ? 'none' : parseSeverity(value);
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export function parseRegions(values: string[]): string[] {
  for (const region of values) {
    if (!REGION.test(region)) throw new UsageError(`Malformed region '${region}' (expected a name such as eu-west-1)`);
  }
  return [...new Set(values)];
}

export function parsePositiveInt(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, not '${value}'`);
  return n;
}

/**
 * `--format table --format sarif=out.sarif --output report.json`: each format goes to standard
 * output or to the file after `=`; `--output` names the file of the one format without one. With
 * --output and no --format, the file's extension names the format; an extension of another format
 * than the one given is refused, since the file would not hold what its name says.
 */
export function parseOutputs<F extends string>(formats: readonly string[] | undefined, output: string | undefined, known: readonly F[]): OutputSpec<F>[] {
  if (output === '') throw new UsageError('--output needs a file name');
  const named = output === undefined ? undefined : formatOfFileName(output);
  let asked = formats && formats.length ? formats : undefined;
  if (!asked && output !== undefined) {
    if (named === undefined) {
      throw new UsageError(`--output ${output}: name its format with --format (${wordList(known)}); the file's extension names none`);
    }
    asked = [named];
  }
  const specs: OutputSpec<F>[] = (asked ?? ['table']).flatMap((raw) =>
    raw.split(',').filter(Boolean).map((item): OutputSpec<F> => {
      const eq = item.indexOf('=');
      const name = eq === -1 ? item : item.slice(0, eq);
      const path = eq === -1 ? undefined : item.slice(eq + 1);
      if (path === '') throw new UsageError(`--format ${item}: the file name after '=' is empty`);
      const format = oneOf('format', known, name.trim());
      return path === undefined ? { format } : { format, path };
    }),
  );
  const toStdout = specs.filter((s) => !s.path);
  if (output !== undefined) {
    if (toStdout.length !== 1) throw new UsageError('--output applies to exactly one --format without a file; write the others as --format name=file');
    if (named !== undefined && named !== toStdout[0]!.format) {
      throw new UsageError(`--output ${output} is named as a ${named} report, but its format is ${toStdout[0]!.format}: rename it, or give --format ${named}`);
    }
    toStdout[0]!.path = output;
  } else if (toStdout.length > 1) {
    throw new UsageError(`Only one format can go to standard output (got ${toStdout.map((s) => s.format).join(', ')}); write the others as --format name=file`);
  }
  const paths = specs.map((s) => s.path).filter((p): p is string => !!p);
  const dup = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dup) throw new UsageError(`Two formats would be written to ${dup}`);
  return specs;
}
