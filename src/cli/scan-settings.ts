// Options that `scan` of one account and `scan --org` read the same way and that need neither the check
// registry nor a file: a live scan checks them before its first request (scan-options.ts has the others).

import { EXIT, UsageError } from './errors.js';
import { removePendingTemps } from './files.js';
import type { CliIO } from './io.js';
import type { CheckSelectionFlags } from './select.js';
import { parsePositiveInt } from './options.js';

/** The options of `scan`, as commander hands them over. */
export interface ScanFlags extends CheckSelectionFlags {
  profile?: string;
  region?: string[];
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
  /** Only the exposure checks; the table shows the triage view alone. */
  exposure?: boolean;
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
