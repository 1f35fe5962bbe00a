// The command line: parses arguments, runs a command, and turns every failure into one line on
// stderr and an exit code. Heavy modules (SDK clients, reporters) load only when a command needs them.

import { Command, CommanderError, Option } from 'commander';
import { PILLARS, SERVICES } from '../model.js';
import { GROUP_BY, ORGANIZATION_FORMATS, REPORT_FORMATS, wordList } from '../report/formats.js';
import { TOOL } from '../version.js';
import { EXIT, UsageError } from './errors.js';
import { processIO, type CliIO } from './io.js';
import { isOrgScan } from './org-flags.js';

export type { CliIO } from './io.js';

/** Errors of bad input or a scan that cannot run, raised outside the CLI layer: one line, exit 2. */
const ONE_LINE_ERRORS = new Set(['ScanSetupError', 'ConfigError', 'ReportReadError']);

/** Repeatable option values, in order. Kept here so that --help and --version load no option parsing. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const SCAN_EXAMPLES = `
Examples:
  $ aws-posture scan --inventory examples/demo-inventory.json     scan the bundled demo account offline
  $ aws-posture scan --exposure                                    what the internet reaches, who can become admin
  $ aws-posture scan --profile prod                                every enabled region of profile prod
  $ aws-posture scan --region eu-west-1,us-east-1 --pillar rest,prevention
  $ aws-posture scan --format table --format sarif=posture.sarif --fail-on high
  $ aws-posture scan --format json --output report.json --quiet
  $ aws-posture scan --baseline last.json --fail-on-new high       gate only on FAILs the last scan did not have
  $ aws-posture scan --config ci/aws-posture.yml                    suppressions from another file
  $ AWS_ENDPOINT_URL=http://localhost:4566 aws-posture scan      an AWS-compatible endpoint

Suppressions are read from .aws-posture.yml (or .yaml) in the working directory or the nearest
directory above it up to the repository root, or from --config; stderr names the file. Suppressed
results are reported with their reason and never affect the exit code. See docs/ci.md.

Exit codes:
  0  no FAIL at or above --fail-on, no new FAIL at or above --fail-on-new
     (and no ERROR with --fail-on-error); suppressed results never count
  1  the gate tripped
  2  bad input, or the scan could not run (credentials, endpoint, regions, files)
  130 interrupted`;

const DIFF_HELP = `
Findings are matched by check, account, region and resource ARN (or id when there is no ARN).
A FAIL counts as fixed when the resource now passes or is gone from a scan that covered it; one the
later scan could not judge (ERROR, check or region not scanned) is listed as not evaluated.

Examples:
  $ aws-posture diff main.json branch.json
  $ aws-posture diff yesterday.json today.json --format json
  $ aws-posture diff last.json now.json --fail-on-new high          exit 1 on a new FAIL of high or critical

Exit codes:
  0  compared (and, with --fail-on-new, no new unsuppressed FAIL at or above it)
  1  a new unsuppressed FAIL at or above --fail-on-new
  2  a file is unreadable, not an aws-posture JSON report, of another schema
     version, or of another account than the other`;

export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
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
    .option('--pillar <list>', `only these pillars: ${PILLARS.join(', ')}`, collect)
    .option('--service <list>', `only these services: ${SERVICES.join(', ')}`, collect)
    .option('-c, --check <ids>', 'only these check ids', collect)
    .option('--exclude-check <ids>', 'leave out these check ids', collect)
    .option('--min-severity <severity>', 'only checks at or above this severity')
    .option('--framework <framework>', 'only the checks of cis (v5), cis-v3, cis-v6, cis-v7 or fsbp, with a status per control')
    .option('-f, --format <format>', `${wordList(REPORT_FORMATS)}; name=file writes to a file; repeatable`, collect)
    .option('-o, --output <file>', 'file for the format that has none (default: standard output)')
    .option('--fail-on <severity>', 'exit 1 when a FAIL is at or above this severity, or "none" (default: low; none when only --fail-on-new is given)')
    .option('--fail-on-error', 'also exit 1 when a check could not be evaluated (ERROR)')
    .option('--baseline <report.json>', 'JSON report of an earlier scan: mark each result new or unchanged and list what was fixed')
    .option('--fail-on-new <severity>', 'exit 1 when a FAIL at or above this severity is not in the baseline')
    .option('--config <file>', 'configuration file with suppressions (default: .aws-posture.yml or .yaml, here or above up to the repository root)')
    .option('--no-config', 'ignore .aws-posture.yml')
    .option('--sarif-suppressions', 'keep suppressed results in SARIF, marked as suppressed (default: left out)')
    .option('--sarif-category <name>', 'code scanning category of the SARIF run (default: aws-posture/<account>)')
    .option('--show-passed', 'list PASS results in the table too')
    .option('--group-by <by>', `group the table's findings by ${wordList(GROUP_BY)} (default: pillar)`)
    .option('--compact', 'one line per finding in the table')
    .option('--exposure', 'only the exposure checks, and a table of what the internet reaches and who can become administrator alone')
    .option('--markdown-limit <chars>', "largest Markdown report; what does not fit is counted (default: 65536, GitHub's limit for a comment)")
    .option('--concurrency <n>', 'AWS requests in flight at once', '16')
    .option('--timeout <seconds>', 'give up the whole scan after this long', '900')
    .option('--request-timeout <seconds>', 'give up one HTTP attempt after this long', '20')
    .option('--endpoint-url <url>', 'send every request to this AWS-compatible endpoint')
    .option('--inventory <file>', 'replay a recorded inventory instead of calling AWS')
    .option('--save-inventory <file>', 'record every AWS response to this file')
    .option('--color', 'colour the table even when stdout is not a terminal (also: FORCE_COLOR=1)')
    .option('--no-color', 'no colour in the table (also: NO_COLOR=1, or stdout not a terminal)')
    .option('-q, --quiet', 'nothing on stderr but errors')
    .option('--org', 'scan every active account of the AWS Organization (management or delegated administrator account)')
    .option('--ou <ids>', 'with --org: only accounts under these organizational units or roots, at any depth', collect)
    .option('--accounts <ids>', 'only these account ids; without --org, exactly these accounts', collect)
    .option('--exclude-accounts <ids>', 'leave these account ids out', collect)
    .option('--role-name <name>', 'read-only role to assume in each account (required with --org and --accounts)')
    .option('--external-id <id>', 'external id for sts:AssumeRole')
    .option('--account-concurrency <n>', 'accounts scanned at once by each worker thread (default: 4)')
    .option('--workers <n>', 'worker threads the accounts are spread over (default: the number of CPUs)')
    .option('--shard <i/n>', 'scan only shard i of n (1/n to n/n); merge the shards with "aws-posture merge"')
    .addOption(new Option('--debug', 'stack traces and request statistics on stderr'))
    .addHelpText('after', SCAN_EXAMPLES)
    .action(async (opts) => {
      if (isOrgScan(opts)) {
        const { limitHeapGrowth } = await import('./heap.js');
        limitHeapGrowth();
        const { orgScanCommand } = await import('./org-scan.js');
        exitCode = await orgScanCommand(opts, io);
        return;
      }
      const { scanCommand } = await import('./scan-command.js');
      exitCode = await scanCommand(opts, io);
    });

  program
    .command('merge')
    .description('Merge JSON reports (shards of an organization scan, or single accounts) into one report.')
    .argument('<reports...>', 'JSON reports written by scan --format json')
    .option('-f, --format <format>', `${wordList(ORGANIZATION_FORMATS)}; name=file writes to a file; repeatable`, collect)
    .option('-o, --output <file>', 'file for the format that has none (default: standard output)')
    .option('--fail-on <severity>', 'exit 1 when a FAIL is at or above this severity, or "none" (default: low)')
    .option('--fail-on-error', 'also exit 1 when a result or an account could not be evaluated')
    .option('--show-passed', 'list PASS results in the table too')
    .option('--group-by <by>', `group the table's findings by ${wordList(GROUP_BY)} (default: pillar)`)
    .option('--compact', 'one line per finding in the table')
    .option('--sarif-suppressions', 'keep suppressed results in SARIF')
    .option('--sarif-category <prefix>', 'category prefix of the SARIF runs (default: aws-posture)')
    .option('--color', 'colour even when stdout is not a terminal (also: FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .option('-q, --quiet', 'nothing on stderr but errors and warnings')
    .action(async (files: string[], opts) => {
      const { mergeCommand } = await import('./merge-command.js');
      exitCode = await mergeCommand(files, opts, io);
    });

  program
    .command('diff')
    .description('Compare two JSON reports of one account: new FAILs, fixed, still failing.')
    .argument('<before.json>', 'the earlier report (aws-posture scan --format json)')
    .argument('<after.json>', 'the later report')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('--fail-on-new <severity>', 'exit 1 when the later report has a new FAIL at or above this severity')
    .option('--color', 'colour even when stdout is not a terminal (also: FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .addHelpText('after', DIFF_HELP)
    .action(async (before: string, after: string, opts) => {
      const { diffCommand } = await import('./diff-command.js');
      exitCode = await diffCommand(before, after, opts, io);
    });

  program
    .command('checks')
    .description('List the checks of the registry.')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('--framework <framework>', 'list the controls of cis (v5), cis-v3, cis-v6, cis-v7 or fsbp and the checks of each')
    .option('--pillar <list>', 'only these pillars', collect)
    .option('--service <list>', 'only these services', collect)
    .option('-c, --check <ids>', 'only these check ids', collect)
    .option('--exclude-check <ids>', 'leave out these check ids', collect)
    .option('--min-severity <severity>', 'only checks at or above this severity')
    .option('--color', 'colour even when stdout is not a terminal (also: FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .addHelpText('after', '\nOne check in full (description, risk, remediation, references): aws-posture explain <check-id>')
    .action(async (opts) => {
      const { checksCommand } = await import('./checks-command.js');
      exitCode = await checksCommand(opts, io);
    });

  program
    .command('explain')
    .description("Explain a check: what it evaluates, the risk, the remediation (console and CLI) and its references.")
    .argument('<check-id>', 'a check id (aws-posture checks lists them)')
    .option('-f, --format <format>', 'table or json', 'table')
    .option('--color', 'colour even when stdout is not a terminal (also: FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .action(async (id: string, opts) => {
      const { explainCommand } = await import('./checks-command.js');
      exitCode = await explainCommand(id, opts, io);
    });

  program
    .command('iam-policy')
    .description('Print the least-privilege, read-only IAM policy the selected checks need (or, with --org, what the caller of scan --org needs).')
    .option('--pillar <list>', 'only these pillars', collect)
    .option('--service <list>', 'only these services', collect)
    .option('-c, --check <ids>', 'only these check ids', collect)
    .option('--exclude-check <ids>', 'leave out these check ids', collect)
    .option('--min-severity <severity>', 'only checks at or above this severity')
    .option('--framework <framework>', 'only the checks of cis (v5), cis-v3, cis-v6, cis-v7 or fsbp')
    .option('--org', "the policy of scan --org's caller: list the organization's accounts and assume the scanning role")
    .option('--role-name <name>', 'with --org: the role assumed in each account (default: any role)')
    .option('-o, --output <file>', 'write the policy to this file (default: standard output)')
    .option('-q, --quiet', 'nothing on stderr but errors')
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
    if (err instanceof UsageError || ONE_LINE_ERRORS.has((err as Error)?.name)) {
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
