// The accounts a `scan --org` or `scan --accounts` run covers: listed from AWS Organizations as the
// caller (or taken as given), narrowed, and cut to this run's shard.

import type { AwsService } from '../aws/catalogue.js';
import { AwsData } from '../data/aws-data.js';
import { DATASETS } from '../data/datasets/index.js';
import { identifyCaller } from '../engine/scan.js';
import type { ScanAccount } from '../model.js';
import { listOrganizationAccounts, selectFromListing, selectGiven, type Selection } from '../org/accounts.js';
import type { OrgAccount, OrgReport, ShardInfo } from '../org/model.js';
import { readOrganization, type OrganizationReading } from '../org/organization-context.js';
import { shardAccounts, type ShardSpec } from '../org/shard.js';
import { UsageError } from './errors.js';
import type { CliIO, Log } from './io.js';

export interface AccountChoice {
  /** Whom the run's credentials belong to. */
  caller: ScanAccount;
  homeRegion: string;
  /** This run's accounts (its shard). */
  accounts: OrgAccount[];
  shard: ShardInfo | undefined;
  notes: string[];
  organization: OrgReport['organization'];
  /** What the caller read of the organization for its members (RCPs, declarative policies, trails); with --org only. */
  organizationReading: OrganizationReading | undefined;
  /** Each service's endpoint from the environment and the caller's profile, for the member accounts alike. */
  configuredEndpoints: Partial<Record<AwsService, string>> | undefined;
}

export interface ChoiceOptions {
  org: boolean;
  include: string[] | undefined;
  exclude: string[] | undefined;
  parents: string[] | undefined;
  shard: ShardSpec | undefined;
  profile: string | undefined;
  endpointUrl: string | undefined;
  requestTimeoutMs: number;
  /** The scan's regions (--region); the organization's trails are listed there, else in the home region. */
  regions?: readonly string[] | undefined;
}

export async function chooseAccounts(options: ChoiceOptions, io: CliIO, log: Log): Promise<AccountChoice> {
  const { liveSetup } = await import('./aws-setup.js');
  const live = await liveSetup({
    env: io.env,
    requestTimeoutMs: options.requestTimeoutMs,
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.endpointUrl ? { endpointUrl: options.endpointUrl } : {}),
  });
  const homeRegion = live.homeRegion;
  let caller: ScanAccount;
  let selection: Selection;
  let organization: OrgReport['organization'];
  let organizationReading: OrganizationReading | undefined;
  try {
    // The organization's API is called from the caller's own account, a few requests at a time.
    const aws = new AwsData(live.transport, { concurrency: 4 });
    caller = await identifyCaller(aws, homeRegion, () => live.transport.credentialSource);
    if (options.org) {
      log(`Listing the accounts of the organization as ${caller.principalArn}`);
      const listing = await listOrganizationAccounts(aws, homeRegion, options.parents);
      organization = listing.organization;
      selection = selectFromListing(listing, options.include, options.exclude);
      const scope = options.parents ? `the organizational units ${options.parents.join(', ')}` : 'the organization';
      if (selection.unknown.length > 0) {
        const n = selection.unknown.length;
        throw new UsageError(`--accounts: ${selection.unknown.join(', ')} ${n === 1 ? 'is not an account' : 'are not accounts'} of ${scope}`);
      }
      // What members cannot read of the organization (RCPs, declarative policies, organization
      // trails) is read once here, with the caller's own credentials, and handed to every account.
      log("Reading the organization's policies");
      organizationReading = await readOrganization({ transport: live.transport, caller, datasets: DATASETS, homeRegion, regions: options.regions ?? [homeRegion], concurrency: 4 });
    } else {
      selection = { accounts: selectGiven(options.include!, options.exclude), unknown: [], notes: [] };
    }
  } finally {
    live.transport.destroy();
  }
  if (selection.accounts.length === 0) throw new UsageError('No account to scan: the selection (--org, --ou, --accounts, --exclude-accounts) holds no active account');
  const sharded = options.shard ? shardAccounts(selection.accounts, options.shard) : undefined;
  return {
    caller,
    homeRegion,
    accounts: sharded ? sharded.accounts : selection.accounts,
    shard: sharded?.info,
    notes: selection.notes,
    organization,
    organizationReading,
    configuredEndpoints: live.configuredEndpoints,
  };
}
