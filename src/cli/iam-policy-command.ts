import { CHECKS } from '../checks/registry.js';
import { DATASETS } from '../data/datasets/index.js';
import { iamActionsFor, iamPolicyDocument, operationsForChecks } from '../iam-policy.js';
import { EXIT } from './errors.js';
import type { CliIO } from './io.js';
import { listOf } from './options.js';
import { selectChecks } from './select.js';

export async function iamPolicyCommand(flags: { pillar?: string[]; service?: string[]; check?: string[] }, io: CliIO): Promise<number> {
  const checks = selectChecks(CHECKS, { pillars: listOf(flags.pillar), services: listOf(flags.service), include: listOf(flags.check) });
  const actions = iamActionsFor(operationsForChecks(checks, DATASETS));
  io.stdout.write(`${JSON.stringify(iamPolicyDocument(actions), null, 2)}\n`);
  return EXIT.OK;
}
