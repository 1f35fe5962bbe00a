// Reads the organization once, with the credentials of the account the organization scan runs in
// (the management account or a delegated administrator), so that each member's evaluation can use
// what a member cannot read itself: resource control policies, its effective declarative policy,
// the organization's accounts and trails (CHECKS-3 §3.1-3.3). It goes through the same datasets a
// single-account scan of the management account would load.

import { describeAwsError } from '../aws/errors.js';
import { AwsCallError } from '../aws/errors.js';
import type { Transport } from '../aws/transport.js';
import { AwsData, type RequestStats } from '../data/aws-data.js';
import { DatasetLoader, type AnyDataset } from '../data/dataset.js';
import { unreadFacts, FACT_NAMES, type OrganizationContext } from '../data/organization.js';
import type { ScanAccount } from '../model.js';

export interface OrganizationReading {
  /** Each account's view of the organization, by account id. */
  contexts: ReadonlyMap<string, OrganizationContext>;
  /** Run-level remarks: what the organization scan could not read, and so no member verdict uses. */
  notes: string[];
  requests: RequestStats;
}

export interface ReadOrganizationOptions {
  /** The caller's own transport: its credentials, not an assumed role. */
  transport: Transport;
  caller: ScanAccount;
  datasets: ReadonlyMap<string, AnyDataset>;
  homeRegion: string;
  /** Regions whose trails are listed for organization trails (multi-Region ones show in each). */
  regions: readonly string[];
  concurrency: number;
}

export async function readOrganization(options: ReadOrganizationOptions): Promise<OrganizationReading> {
  const aws = new AwsData(options.transport, { concurrency: options.concurrency });
  const loader = new DatasetLoader(options.datasets, aws, { regions: options.regions, homeRegion: options.homeRegion, account: options.caller });
  let contexts: ReadonlyMap<string, OrganizationContext> | null;
  try {
    contexts = await loader.load('organizations.memberContexts', options.homeRegion);
  } catch (err) {
    const reason = err instanceof AwsCallError ? describeAwsError(err.info) : err instanceof Error ? err.message : String(err);
    return { contexts: new Map(), notes: [`The organization's policies could not be read with the caller's credentials (${reason}): member verdicts use only what each member can read itself.`], requests: aws.stats };
  }
  if (!contexts) {
    return {
      contexts: new Map(),
      notes: ['The caller is neither the management account nor a delegated administrator: resource control policies and other organization facts are not read, and member verdicts use only what each member can read itself.'],
      requests: aws.stats,
    };
  }
  return { contexts, notes: summary(contexts), requests: aws.stats };
}

/** One note per organization fact the caller could not read for some account, naming how many. */
function summary(contexts: ReadonlyMap<string, OrganizationContext>): string[] {
  const byReason = new Map<string, number>();
  for (const context of contexts.values()) {
    for (const { fact, reason } of unreadFacts(context)) {
      const key = `${FACT_NAMES[fact]} (${reason})`;
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
    }
  }
  return [...byReason].map(([what, n]) => `Organization facts not read for ${n} account${n === 1 ? '' : 's'}: ${what}; verdicts there do not use them.`);
}
