// `aws-posture checks`: the registry, or a framework's controls; `aws-posture explain <check>`: one check in full.

import { CHECKS } from '../checks/registry.js';
import { controlsOf, FRAMEWORK_NAMES } from '../compliance/frameworks.js';
import { EXIT, UsageError } from './errors.js';
import { writeStdout, type CliIO } from './io.js';
import { listOf, parseFramework, parseSeverity } from './options.js';
import { selectChecks, unknownCheck } from './select.js';
import { terminalWidth, useColor } from './terminal.js';

export interface ChecksFlags {
  format: string;
  framework?: string;
  pillar?: string[];
  service?: string[];
  check?: string[];
  excludeCheck?: string[];
  minSeverity?: string;
  color?: boolean;
}

function textFormat(value: string, command: string): 'table' | 'json' {
  const format = value.toLowerCase();
  if (format !== 'table' && format !== 'json') throw new UsageError(`Unknown format '${value}' for ${command} (expected table or json)`);
  return format;
}

export async function checksCommand(flags: ChecksFlags, io: CliIO): Promise<number> {
  const format = textFormat(flags.format, 'checks');
  const width = terminalWidth(io.stdout, io.env);
  if (flags.framework !== undefined) {
    const framework = parseFramework(flags.framework);
    const { formatControlList } = await import('../report/control-list.js');
    writeStdout(io, formatControlList(framework, FRAMEWORK_NAMES[framework], controlsOf(framework, CHECKS), { format }));
    return EXIT.OK;
  }
  const checks = selectChecks(CHECKS, {
    pillars: listOf(flags.pillar),
    services: listOf(flags.service),
    include: listOf(flags.check),
    exclude: listOf(flags.excludeCheck),
    minSeverity: flags.minSeverity === undefined ? undefined : parseSeverity(flags.minSeverity),
  });
  const { formatCheckList } = await import('../report/check-list.js');
  writeStdout(io, formatCheckList(checks, { format, color: useColor(flags.color, io.stdout, io.env), width }));
  return EXIT.OK;
}

export async function explainCommand(id: string, flags: { format: string; color?: boolean }, io: CliIO): Promise<number> {
  const format = textFormat(flags.format, 'explain');
  const check = CHECKS.find((c) => c.id === id.trim());
  if (!check) throw new UsageError(unknownCheck(id, CHECKS.map((c) => c.id)));
  const { formatCheckDetail } = await import('../report/check-detail.js');
  writeStdout(io, formatCheckDetail(check, { format, color: useColor(flags.color, io.stdout, io.env), width: terminalWidth(io.stdout, io.env) }));
  return EXIT.OK;
}
