// Options that `scan` of one account and `scan --org` read the same way.

import type { AnyCheck } from '../checks/define.js';
import { CHECKS } from '../checks/registry.js';
import type { Framework } from '../compliance/frameworks.js';
import { utcDay } from '../suppress/apply.js';
import { loadConfig, type Config, type SuppressionRule } from '../suppress/config.js';
import { EXIT, UsageError } from './errors.js';
import { removePendingTemps } from './files.js';
import type { CliIO } from './io.js';
import { listOf, parseFramework, parsePositiveInt, parseSeverity } from './options.js';
import { selectChecks } from './select.js';

/** The options of `scan`, as commander hands them over. */
export interface ScanFlags {
  profile?: string;
  region?: string[];
  pillar?: string[];
  service?: string[];
  check?: string[];
  excludeCheck?: string[];
  minSeverity?: string;
  framework?: string;
  format?: string[];
  output?: string;
  /** Default `low`, or `none` when only --fail-on-new is given. */
  failOn?: string;
  failOnError?: boolean;
  failOnNew?: string;
  baseline?: string;
  /** A file name, or false for --no-config; undefined: `.aws-posture.yml` when present. */
  config?: string | false;
  sarifSuppressions?: boolean;
  sarifCategory?: string;
  showPassed?: boolean;
  /** severity, pillar, service, region or check. */
  groupBy?: string;
  /** The Markdown report's largest size. */
  markdownLimit?: string;
  compact?: boolean;
  concurrency: string;
  timeout: string;
  requestTimeout: string;
  endpointUrl?: string;
  inventory?: string;
  saveInventory?: string;
  /** --color (true), --no-color (false), or neither. */
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** The checks named by --framework, --pillar, --service, --check, --exclude-check and --min-severity. */
export function checksOf(flags: ScanFlags): { checks: AnyCheck[]; framework: Framework | undefined } {
  const framework = flags.framework === undefined ? undefined : parseFramework(flags.framework);
  const checks = selectChecks(CHECKS, {
    framework,
    pillars: listOf(flags.pillar),
    services: listOf(flags.service),
    include: listOf(flags.check),
    exclude: listOf(flags.excludeCheck),
    minSeverity: flags.minSeverity === undefined ? undefined : parseSeverity(flags.minSeverity),
  });
  return { checks, framework };
}

/**
 * The suppressions: --config's file, else `.aws-posture.yml` (or `.yaml`) in the working directory or
 * above it up to the repository's root (findConfigFile), none with --no-config. They are checked
 * against the whole registry, not the selection: a typo is an error in any run.
 */
export function suppressionsOf(flags: ScanFlags): Config | undefined {
  if (flags.config === false) return undefined;
  return loadConfig({ ...(flags.config !== undefined ? { file: flags.config } : {}), cwd: process.cwd(), knownChecks: CHECKS.map((c) => c.id) });
}

/** The smallest and largest --markdown-limit: room for the summary's head; a size no viewer takes. */
const MARKDOWN_LIMITS = { min: 8192, max: 64 * 1024 * 1024 };

/** --markdown-limit, in characters (counted as UTF-8 bytes, which is stricter); undefined for the reporter's default. */
export function markdownLimitOf(flags: Pick<ScanFlags, 'markdownLimit'>): number | undefined {
  if (flags.markdownLimit === undefined) return undefined;
  const n = Number(flags.markdownLimit.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < MARKDOWN_LIMITS.min || n > MARKDOWN_LIMITS.max) {
    throw new UsageError(`--markdown-limit must be a whole number of characters from ${MARKDOWN_LIMITS.min} to ${MARKDOWN_LIMITS.max}, not '${flags.markdownLimit}'`);
  }
  return n;
}

/** --concurrency, --timeout and --request-timeout. */
export function limitsOf(flags: ScanFlags): { concurrency: number; timeoutMs: number; requestTimeoutMs: number } {
  return {
    concurrency: parsePositiveInt('concurrency', flags.concurrency, 256),
    timeoutMs: parsePositiveInt('timeout', flags.timeout, 86_400) * 1000,
    requestTimeoutMs: parsePositiveInt('request-timeout', flags.requestTimeout, 600) * 1000,
  };
}

/** Which config file the run uses, and a warning for each suppression past its expiry. */
export function announceConfig(config: Config, io: CliIO, quiet: boolean | undefined, now: Date): void {
  if (quiet) return;
  const n = config.suppressions.length;
  io.stderr.write(`Suppressions from ${config.file} (${n} ${n === 1 ? 'entry' : 'entries'})\n`);
  warnExpired(config, io, now);
}

/** A line on stderr for each suppression past its expiry: the findings it covered count again. */
function warnExpired(config: Config, io: CliIO, now: Date): void {
  const today = utcDay(now);
  for (const rule of config.suppressions) {
    if (rule.expires !== undefined && rule.expires < today) {
      io.stderr.write(`aws-posture: warning: ${rule.source} (${describeRule(rule)}) expired on ${rule.expires}; the findings it covered count again\n`);
    }
  }
}

function describeRule(rule: SuppressionRule): string {
  const parts: string[] = [];
  if (rule.checks) parts.push(`check ${rule.checks.join(', ')}`);
  if (rule.resources) parts.push(`resource ${rule.resources.join(', ')}`);
  if (rule.accounts) parts.push(`account ${rule.accounts.join(', ')}`);
  if (rule.regions) parts.push(`region ${rule.regions.join(', ')}`);
  return parts.join('; ');
}

export function assertEndpointUrl(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--endpoint-url '${value}' is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--endpoint-url must be http or https, not ${url.protocol}`);
}

/** Runs a scan that SIGINT and SIGTERM end at once: exit 130, and no report or temporary file left. */
export async function interruptible(io: CliIO, scan: () => Promise<number>): Promise<number> {
  const onSignal = (signal: NodeJS.Signals) => {
    removePendingTemps();
    // On a terminal the progress line may be showing: the message replaces it.
    io.stderr.write(`${io.stderr.isTTY ? '\r\u001b[2K' : ''}aws-posture: interrupted by ${signal}; no report was written\n`);
    process.exit(EXIT.INTERRUPTED);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await scan();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
