// `aws-posture iam-policy`: the read-only policy the selected checks need in each scanned account, or
// with --org the policy of the principal that lists the organization and assumes the scanning role.

import { CHECKS } from '../checks/registry.js';
import { DATASETS } from '../data/datasets/index.js';
import { iamActionsFor, iamPolicyDocument, operationsForChecks } from '../iam-policy.js';
import { isRoleName } from '../org/assume-role.js';
import { organizationCallerPolicy } from '../org/policy.js';
import { EXIT, UsageError } from './errors.js';
import { assertWritable, writeFilesAtomically } from './files.js';
import { runLog, writeStdout, type CliIO } from './io.js';
import { listOf, parseFramework, parseSeverity } from './options.js';
import { selectChecks, type CheckSelectionFlags } from './select.js';

export interface IamPolicyFlags extends CheckSelectionFlags {
  org?: boolean;
  roleName?: string;
  output?: string;
  quiet?: boolean;
}

export async function iamPolicyCommand(flags: IamPolicyFlags, io: CliIO): Promise<number> {
  if (flags.output !== undefined) {
    if (flags.output === '') throw new UsageError('--output needs a file name');
    assertWritable(flags.output, 'the policy');
  }
  let policy: object;
  if (flags.org) {
    const selecting = [flags.pillar, flags.service, flags.check, flags.excludeCheck, flags.minSeverity, flags.framework].some((v) => v !== undefined);
    if (selecting) throw new UsageError('--org prints the policy of the principal that lists the accounts and assumes the role; the checks choose the policy of that role: run iam-policy without --org for it');
    const roleName = flags.roleName?.trim().replace(/^\/+/, '');
    if (roleName !== undefined && !isRoleName(roleName)) throw new UsageError(`--role-name '${flags.roleName}' is not an IAM role name`);
    policy = organizationCallerPolicy(roleName);
  } else {
    if (flags.roleName !== undefined) throw new UsageError('--role-name names the role assumed in each account: it goes with --org');
    const checks = selectChecks(CHECKS, {
      pillars: listOf(flags.pillar),
      services: listOf(flags.service),
      include: listOf(flags.check),
      exclude: listOf(flags.excludeCheck),
      minSeverity: flags.minSeverity === undefined ? undefined : parseSeverity(flags.minSeverity),
      framework: flags.framework === undefined ? undefined : parseFramework(flags.framework),
    });
    policy = iamPolicyDocument(iamActionsFor(operationsForChecks(checks, DATASETS)));
  }
  const text = `${JSON.stringify(policy, null, 2)}\n`;
  if (flags.output === undefined) {
    writeStdout(io, text);
  } else {
    writeFilesAtomically([{ path: flags.output, content: text }]);
    runLog(io, flags.quiet)(`Wrote the policy to ${flags.output}`);
  }
  return EXIT.OK;
}
