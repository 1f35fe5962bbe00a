import type { AnyCheck } from '../checks/define.js';
import { checksOfFramework, type Framework } from '../compliance/frameworks.js';
import { atLeast, type Severity } from '../model.js';
import { UsageError } from './errors.js';
import { parsePillars, parseServices } from './options.js';
import { didYouMean } from './suggest.js';

/** The check-selection options, as commander hands them over to every command that picks checks. */
export interface CheckSelectionFlags {
  pillar?: string[];
  service?: string[];
  check?: string[];
  excludeCheck?: string[];
  minSeverity?: string;
  framework?: string;
}

export interface Selection {
  pillars?: string[] | undefined;
  services?: string[] | undefined;
  include?: string[] | undefined;
  exclude?: string[] | undefined;
  minSeverity?: Severity | undefined;
  framework?: Framework | undefined;
  /** Only the checks built on the exposure analysis (reachability and escalation). */
  exposure?: boolean | undefined;
}

/** The checks a command runs; an unknown id, pillar or service is an error, not an empty scan. */
export function selectChecks(all: readonly AnyCheck[], selection: Selection): AnyCheck[] {
  const known = new Set(all.map((c) => c.id));
  for (const id of [...(selection.include ?? []), ...(selection.exclude ?? [])]) {
    if (!known.has(id)) throw new UsageError(unknownCheck(id, [...known]));
  }
  const pillars = selection.pillars && new Set(parsePillars(selection.pillars));
  const services = selection.services && new Set(parseServices(selection.services));
  const include = selection.include && new Set(selection.include);
  const exclude = new Set(selection.exclude ?? []);
  const inFramework = selection.framework && new Set(checksOfFramework(selection.framework, all).map((c) => c.id));
  const chosen = all.filter(
    (c) =>
      (!pillars || pillars.has(c.pillar)) &&
      (!services || services.has(c.service)) &&
      (!include || include.has(c.id)) &&
      !exclude.has(c.id) &&
      (!inFramework || inFramework.has(c.id)) &&
      (!selection.minSeverity || atLeast(c.severity, selection.minSeverity)) &&
      (!selection.exposure || isExposureCheck(c)),
  );
  if (chosen.length === 0) throw new UsageError('No check matches the selection (--check, --pillar, --service, --min-severity, --exclude-check, --framework, --exposure)');
  return chosen;
}

/** A check judged on the exposure analysis: what the internet reaches, who can become administrator. */
export function isExposureCheck(check: AnyCheck): boolean {
  return check.reads.some((id) => id.startsWith('exposure.'));
}

/** `Unknown check id 'x'`, with the closest id when there is one. */
export function unknownCheck(id: string, known: readonly string[]): string {
  return `Unknown check id '${id}'${didYouMean(id, known)}; run "aws-posture checks" for the list`;
}
