// Which accounts an organization scan covers: the organization's active accounts (or those under
// some organizational units), narrowed by --accounts and --exclude-accounts.

import { AwsCallError, describeAwsError, type AwsRequest } from '../aws/errors.js';
import type { AwsData } from '../data/aws-data.js';
import { ScanSetupError } from '../engine/scan.js';
import type { OrganizationInfo, OrgAccount } from './model.js';

export interface AccountListing {
  organization?: OrganizationInfo;
  /** Active accounts, sorted by id, each once. */
  accounts: OrgAccount[];
  /** Accounts left out because they are not active (suspended, closing, not yet activated). */
  inactive: Array<OrgAccount & { state: string }>;
}

/** What ListAccounts and ListAccountsForParent return for each account (the fields we read). */
interface SdkAccount {
  Id?: string;
  Name?: string;
  /** Replaces Status, which AWS is retiring; either may be absent depending on the API version. */
  State?: string;
  Status?: string;
}

/**
 * Lists the organization's accounts through the data layer (so the calls are catalogued, paged and
 * read-only). With `parents`, only the accounts under those OUs or roots, at any depth.
 */
export async function listOrganizationAccounts(aws: AwsData, region: string, parents?: readonly string[]): Promise<AccountListing> {
  const organization = await describeOrganization(aws, region);
  const found = parents?.length ? await accountsUnder(aws, region, parents) : await allAccounts(aws, region);
  const byId = new Map<string, SdkAccount>();
  for (const account of found) if (account.Id && !byId.has(account.Id)) byId.set(account.Id, account);
  const accounts: OrgAccount[] = [];
  const inactive: AccountListing['inactive'] = [];
  for (const [id, account] of [...byId].sort(([a], [b]) => compareIds(a, b))) {
    const entry: OrgAccount = account.Name ? { id, name: account.Name } : { id };
    // An account that reports no state at all is tried: if it cannot be scanned, that shows as an error.
    const state = account.State ?? account.Status;
    if (state === undefined || state === 'ACTIVE') accounts.push(entry);
    else inactive.push({ ...entry, state });
  }
  return { ...(organization ? { organization } : {}), accounts, inactive };
}

async function describeOrganization(aws: AwsData, region: string): Promise<OrganizationInfo | undefined> {
  try {
    const out = await aws.call(request('DescribeOrganization', region, {}));
    const org = out?.Organization as { Id?: string; MasterAccountId?: string } | undefined;
    if (!org?.Id) return undefined;
    return { id: org.Id, ...(org.MasterAccountId ? { managementAccountId: org.MasterAccountId } : {}) };
  } catch (err) {
    if (err instanceof AwsCallError && err.info.code === 'AWSOrganizationsNotInUseException') {
      throw new ScanSetupError('The calling account is not a member of an AWS Organization: name the accounts with --accounts (and --role-name) instead of --org');
    }
    // The organization's id only labels the report; ListAccounts decides whether the listing works.
    return undefined;
  }
}

async function allAccounts(aws: AwsData, region: string): Promise<SdkAccount[]> {
  try {
    return await aws.list<SdkAccount>(request('ListAccounts', region, {}), 'Accounts');
  } catch (err) {
    throw listingError(err, 'list the accounts of the organization');
  }
}

async function accountsUnder(aws: AwsData, region: string, parents: readonly string[]): Promise<SdkAccount[]> {
  const accounts: SdkAccount[] = [];
  const seen = new Set<string>();
  let level = [...parents];
  // Breadth first, one level at a time: the Organizations API is throttled per organization, and
  // the data layer bounds how many requests are in flight anyway.
  while (level.length > 0) {
    const next: string[] = [];
    await Promise.all(
      level.map(async (parent) => {
        if (seen.has(parent)) return;
        seen.add(parent);
        try {
          const [direct, units] = await Promise.all([
            aws.list<SdkAccount>(request('ListAccountsForParent', region, { ParentId: parent }), 'Accounts'),
            aws.list<{ Id?: string }>(request('ListOrganizationalUnitsForParent', region, { ParentId: parent }), 'OrganizationalUnits'),
          ]);
          accounts.push(...direct);
          for (const unit of units) if (unit.Id) next.push(unit.Id);
        } catch (err) {
          if (err instanceof AwsCallError && err.info.code === 'ParentNotFoundException') {
            throw new ScanSetupError(`Organizational unit ${parent} (--ou) is not part of the organization`);
          }
          throw listingError(err, `list the accounts under ${parent}`);
        }
      }),
    );
    level = next;
  }
  return accounts;
}

function listingError(err: unknown, what: string): Error {
  if (!(err instanceof AwsCallError)) return err instanceof Error ? err : new Error(String(err));
  const hint =
    err.info.kind === 'access-denied' ? '; run from the management account or a delegated administrator of the organization, with organizations:List* allowed' : '';
  return new ScanSetupError(`Could not ${what}: ${describeAwsError(err.info)}${hint}`);
}

/**
 * The Organizations operations that list an organization's accounts: what the caller of `scan --org`
 * needs. The organization checks read more of Organizations, but through each account's own role.
 */
export const ACCOUNT_LISTING_OPERATIONS = ['DescribeOrganization', 'ListAccounts', 'ListAccountsForParent', 'ListOrganizationalUnitsForParent'] as const;

function request(operation: (typeof ACCOUNT_LISTING_OPERATIONS)[number], region: string, input: Record<string, unknown>): AwsRequest {
  return { service: 'organizations', operation, region, input };
}

export interface Selection {
  accounts: OrgAccount[];
  /** Ids asked for with --accounts that the organization (or the --ou subtree) does not hold. */
  unknown: string[];
  /** One line per account left out for a reason the user should hear about. */
  notes: string[];
}

/** Narrows the organization's active accounts to `include` (when given) minus `exclude`. */
export function selectFromListing(listing: AccountListing, include: readonly string[] | undefined, exclude: readonly string[] | undefined): Selection {
  const wanted = include ? new Set(include) : undefined;
  const excluded = new Set(exclude ?? []);
  const picked = (a: OrgAccount) => (!wanted || wanted.has(a.id)) && !excluded.has(a.id);
  const known = new Set([...listing.accounts, ...listing.inactive].map((a) => a.id));
  return {
    accounts: listing.accounts.filter(picked),
    unknown: (include ?? []).filter((id) => !known.has(id)),
    notes: listing.inactive.filter(picked).map((a) => `Account ${label(a)} is ${a.state.toLowerCase().replace(/_/g, ' ')} and was not scanned.`),
  };
}

/** --accounts without Organizations: the ids as given, sorted, names unknown. */
export function selectGiven(include: readonly string[], exclude: readonly string[] | undefined): OrgAccount[] {
  return without(
    [...new Set(include)].sort(compareIds).map((id) => ({ id })),
    exclude,
  );
}

function without(accounts: readonly OrgAccount[], exclude: readonly string[] | undefined): OrgAccount[] {
  if (!exclude?.length) return [...accounts];
  const excluded = new Set(exclude);
  return accounts.filter((a) => !excluded.has(a.id));
}

export function label(account: OrgAccount): string {
  return account.name ? `${account.id} (${account.name})` : account.id;
}

/** Account ids are fixed-width digits, so string order is numeric order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
