import { CHECKS } from '../checks/registry.js';
import type { CliIO } from './main.js';
import { EXIT, UsageError } from './errors.js';
import { listOf } from './options.js';
import { selectChecks } from './select.js';

export async function checksCommand(flags: { format: string; pillar?: string[]; service?: string[]; color: boolean }, io: CliIO): Promise<number> {
  const format = flags.format.toLowerCase();
  if (format !== 'table' && format !== 'json') throw new UsageError(`Unknown format '${flags.format}' for checks (expected table or json)`);
  const checks = selectChecks(CHECKS, { pillars: listOf(flags.pillar), services: listOf(flags.service) });
  const { formatCheckList } = await import('../report/check-list.js');
  const color = flags.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
  const text = formatCheckList(checks, { format, color });
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT.OK;
}
