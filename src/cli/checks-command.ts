import { CHECKS } from '../checks/registry.js';
import type { CliIO } from './io.js';
import { useColor } from './color.js';
import { EXIT, UsageError } from './errors.js';
import { controlsOf, FRAMEWORK_NAMES } from '../compliance/frameworks.js';
import { listOf, parseFramework } from './options.js';
import { selectChecks } from './select.js';

export async function checksCommand(flags: { format: string; framework?: string; pillar?: string[]; service?: string[]; color?: boolean }, io: CliIO): Promise<number> {
  const format = flags.format.toLowerCase();
  if (format !== 'table' && format !== 'json') throw new UsageError(`Unknown format '${flags.format}' for checks (expected table or json)`);
  if (flags.framework !== undefined) {
    const framework = parseFramework(flags.framework);
    const { formatControlList } = await import('../report/control-list.js');
    const text = formatControlList(framework, FRAMEWORK_NAMES[framework], controlsOf(framework, CHECKS), { format });
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return EXIT.OK;
  }
  const checks = selectChecks(CHECKS, { pillars: listOf(flags.pillar), services: listOf(flags.service) });
  const { formatCheckList } = await import('../report/check-list.js');
  const color = useColor(flags.color, io.stdout, io.env);
  const text = formatCheckList(checks, { format, color });
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT.OK;
}
