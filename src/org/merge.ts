// Merging the JSON reports of several runs (the shards of one organization scan, or separate scans
// of different accounts) into one organization report. Inputs that cannot be combined honestly are
// refused: reports of different tool versions, an account in two inputs, shards of different splits.

import type { CheckMeta } from '../model.js';
import type { JsonReport } from '../report/json.js';
import { compareIds } from './accounts.js';
import type { OrgAccountResult, OrgReport } from './model.js';
import type { LoadedReport } from '../report/read-report.js';

/** The inputs cannot be merged: exit 2 with this one line. */
export class MergeError extends Error {
  override readonly name = 'MergeError';
}

export interface MergedReport {
  report: OrgReport;
  meta: Map<string, CheckMeta>;
  /** Each account's report as read, for a lossless JSON output. */
  json: Map<string, JsonReport>;
  /** Problems worth a line on stderr that do not stop the merge (missing shards). */
  warnings: string[];
}

export function mergeReports(inputs: readonly LoadedReport[]): MergedReport {
  if (inputs.length === 0) throw new MergeError('Nothing to merge: name at least one JSON report');
  const first = inputs[0]!;
  const other = inputs.find((i) => i.report.tool.name !== first.report.tool.name || i.report.tool.version !== first.report.tool.version);
  if (other) {
    throw new MergeError(
      `Cannot merge reports of different tool versions: ${first.source} is from ${toolOf(first)} and ${other.source} from ${toolOf(other)}; scan every shard with the same version`,
    );
  }
  const warnings = checkShards(inputs);

  const owner = new Map<string, string>();
  const accounts: OrgAccountResult[] = [];
  const meta = new Map<string, CheckMeta>();
  const json = new Map<string, JsonReport>();
  for (const input of inputs) {
    for (const account of input.report.accounts) {
      const seen = owner.get(account.id);
      if (seen !== undefined) {
        const where = seen === input.source ? `twice in ${seen}` : `in both ${seen} and ${input.source}`;
        throw new MergeError(`Account ${account.id} is ${where}: the inputs overlap (the same report given twice, or shards of different splits)`);
      }
      owner.set(account.id, input.source);
      accounts.push(account);
      const doc = input.json.get(account.id);
      if (doc) json.set(account.id, doc);
    }
    for (const m of input.meta) if (!meta.has(m.id)) meta.set(m.id, m);
  }
  accounts.sort((a, b) => compareIds(a.id, b.id));

  const organizations = [...new Set(inputs.map((i) => i.report.organization?.id).filter((id): id is string => id !== undefined))];
  const organization = organizations.length === 1 ? inputs.find((i) => i.report.organization)!.report.organization : undefined;
  const notes: string[] = [];
  for (const input of inputs) for (const note of input.report.notes) if (!notes.includes(note)) notes.push(note);
  if (organizations.length > 1) notes.push(`The reports come from ${organizations.length} organizations: ${organizations.join(', ')}.`);
  notes.push(`Merged from ${inputs.length} report${inputs.length === 1 ? '' : 's'}${shardSummary(inputs)}.`);
  notes.push(...warnings);

  const report: OrgReport = {
    tool: { ...first.report.tool },
    startedAt: inputs.map((i) => i.report.startedAt).reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a)),
    finishedAt: inputs.map((i) => i.report.finishedAt).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)),
    ...(organization ? { organization } : {}),
    accounts,
    notes,
  };
  return { report, meta, json, warnings };
}

function toolOf(input: LoadedReport): string {
  return `${input.report.tool.name} ${input.report.tool.version}`;
}

/**
 * Shards must come from one split (same count, same account list) and be distinct. Missing shards
 * are allowed, since a partial view can still be useful, but said out loud.
 */
function checkShards(inputs: readonly LoadedReport[]): string[] {
  const sharded = inputs.filter((i) => i.report.shard);
  if (sharded.length === 0) return [];
  const reference = sharded[0]!;
  const ref = reference.report.shard!;
  const byIndex = new Map<number, string>();
  for (const input of sharded) {
    const shard = input.report.shard!;
    if (shard.count !== ref.count || shard.selection !== ref.selection) {
      throw new MergeError(
        `${reference.source} (shard ${ref.index}/${ref.count} of ${ref.total} accounts) and ${input.source} (shard ${shard.index}/${shard.count} of ${shard.total} accounts) ` +
          'split different account lists: the organization or the options changed between the runs; run every shard again with the same options',
      );
    }
    const clash = byIndex.get(shard.index);
    if (clash !== undefined) throw new MergeError(`${clash} and ${input.source} are both shard ${shard.index}/${shard.count}`);
    byIndex.set(shard.index, input.source);
  }
  const missing = Array.from({ length: ref.count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length === 0) return [];
  const list = missing.length > 10 ? `${missing.slice(0, 10).join(', ')} and ${missing.length - 10} more` : missing.join(', ');
  return [`Shard${missing.length === 1 ? '' : 's'} ${list} of ${ref.count} ${missing.length === 1 ? 'is' : 'are'} missing: the merged report does not cover every selected account.`];
}

function shardSummary(inputs: readonly LoadedReport[]): string {
  const shards = inputs.flatMap((i) => (i.report.shard ? [i.report.shard] : []));
  if (shards.length === 0) return '';
  return ` (${shards.length} of ${shards[0]!.count} shards, ${shards[0]!.total} accounts selected)`;
}
