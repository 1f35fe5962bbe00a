// The command line: parses arguments, runs a command, and turns every failure into one line on
// stderr and an exit code. Heavy modules (SDK clients, reporters) load only when a command needs them.

import { Command, CommanderError, Option } from 'commander';
import { TOOL } from '../version.js';
import { EXIT, UsageError } from './errors.js';
import { collect } from './options.js';

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

const defaultIO = (): CliIO => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });

const SCAN_EXAMPLES = `
Examples:
  $ aws-posture scan --inventory examples/demo-inventory.json     scan the bundled demo account offline
  $ aws-posture scan --profile prod                                every enabled region of profile prod
  $ aws-posture scan --region eu-west-1,us-east-1 --pillar rest,prevention
  $ aws-posture scan --format table --format sarif=posture.sarif --fail-on high
  $ aws-posture scan --format json --output report.json --quiet
  $ AWS_ENDPOINT_URL=http://localhost:4566 aws-posture scan      an AWS-compatible endpoint

Exit codes:
  0  no FAIL at or above --fail-on (and no ERROR with --fail-on-error)
  1  the gate tripped
  2  bad input, or the scan could not run (credentials, endpoint, regions, files)
  130 interrupted`;

export async function run(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  // Node 20 is supported here; the SDK's advance notice about Node 22 is not for our users' stderr.
  io.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.OK;
  const program = new Command()
    .name('aws-posture')
    .description('Read-only security posture scanner for AWS accounts.')
    .version(TOOL.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  program
    .command('scan')
    .description('Scan an account (or a recorded inventory) and report findings.')
    .option('--profile <name>', 'AWS profile from the shared config and credentials files')
    .option('-r, --region <list>', 'regions to scan, comma-separated (default: every enabled region)', collect)
    .option('--pillar <list>', 'only these pillars: transit, rest, prevention, detection, iam', collect)
    .option('--service <list>', 'only these services: iam, ec2, s3, rds, kms, cloudtrail, elbv2', collect)
    .option('-c, --check <ids>', 'only these check ids', collect)
    .option('--exclude-check <ids>', 'leave out these check ids', collect)
    .option('--min-severity <severity>', 'only checks at or above this severity')
    .option('--framework <framework>', 'only the checks of cis (v5), cis-v3 or fsbp, with a status per control')
    .option('-f, --format <format>', 'table, json or sarif; name=file writes to a file; repeatable', collect)
    .option('-o, --output <file>', 'file for the format that has none (default: standard output)')
    .option('--fail-on <severity>', 'exit 1 when a FAIL is at or above this severity, or "none"', 'low')
    .option('--fail-on-error', 'also exit 1 when a check could not be evaluated (ERROR)')
    .option('--show-passed', 'list PASS results in the table too')
    .option('--concurrency <n>', 'AWS requests in flight at once', '16')
    .option('--timeout <seconds>', 'give up the whole scan after this long', '900')
    .option('--request-timeout <seconds>', 'give up one HTTP attempt after this long', '20')
    .option('--endpoint-url <url>', 'send every request to this AWS-compatible endpoint')
    .option('--inventory <file>', 'replay a recorded inventory instead of calling AWS')
    .option('--save-inventory <file>', 'record every AWS response to this file')
    .option('--no-color', 'no colour in the table (also when NO_COLOR is set or stdout is not a terminal)')
    .option('-q, --quiet', 'nothing on stderr but errors')
    .addOption(new Option('--debug', 'stack traces and request statistics on stderr'))
    .addHelpText('after', SCAN_EXAMPLES)
    .action(async (opts) => {
      const { scanCommand } = await import('./scan-command.js');
      exitCode = await scanCommand(opts, io);
    });

  program
    .command('checks')
    .description('List the checks of the registry.')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('--framework <framework>', 'list the controls of cis (v5), cis-v3 or fsbp and the checks of each')
    .option('--pillar <list>', 'only these pillars', collect)
    .option('--service <list>', 'only these services', collect)
    .option('--no-color', 'no colour')
    .action(async (opts) => {
      const { checksCommand } = await import('./checks-command.js');
      exitCode = await checksCommand(opts, io);
    });

  program
    .command('iam-policy')
    .description('Print the least-privilege, read-only IAM policy the selected checks need.')
    .option('--pillar <list>', 'only these pillars', collect)
    .option('--service <list>', 'only these services', collect)
    .option('-c, --check <ids>', 'only these check ids', collect)
    .action(async (opts) => {
      const { iamPolicyCommand } = await import('./iam-policy-command.js');
      exitCode = await iamPolicyCommand(opts, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
      // Commander has already printed its one-line message.
      return EXIT.USAGE;
    }
    if (err instanceof UsageError || (err as Error)?.name === 'ScanSetupError') {
      io.stderr.write(`aws-posture: ${(err as Error).message}\n`);
      if (debug && (err as Error).stack) io.stderr.write(`${(err as Error).stack}\n`);
      return EXIT.USAGE;
    }
    io.stderr.write(`aws-posture: unexpected error: ${(err as Error)?.message ?? String(err)}\n`);
    if (debug && (err as Error)?.stack) io.stderr.write(`${(err as Error).stack}\n`);
    else io.stderr.write('aws-posture: run again with --debug for details\n');
    return EXIT.USAGE;
  }
}
