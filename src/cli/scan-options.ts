// Options that `scan` of one account and `scan --org` read the same way: those that need the check
// registry or read the suppressions (scan-settings.ts has the others).

import type { AnyCheck } from '../checks/define.js';
import { CHECKS } from '../checks/registry.js';
import type { Framework } from '../compliance/frameworks.js';
import { utcDay } from '../suppress/apply.js';
import { loadConfig, type Config, type SuppressionRule } from '../suppress/config.js';
import type { CliIO } from './io.js';
import { listOf, parseFramework, parseSeverity } from './options.js';
import type { ScanFlags } from './scan-settings.js';
import { selectChecks } from './select.js';

export { assertEndpointUrl, interruptible, limitsOf, markdownLimitOf, type ScanFlags } from './scan-settings.js';

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
    exposure: flags.exposure === true,
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

