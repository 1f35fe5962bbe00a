// Which `scan` is asked for, one account or an organization's, told from the flags alone: the command
// line decides before it loads either.

import type { ScanFlags } from './scan-settings.js';

/**
 * The options of `scan` plus those that pick the accounts. --inventory, --save-inventory, --baseline
 * and --fail-on-new belong to single-account scans and are refused here.
 */
export interface OrgScanFlags extends ScanFlags {
  org?: boolean;
  ou?: string[];
  accounts?: string[];
  excludeAccounts?: string[];
  roleName?: string;
  externalId?: string;
  accountConcurrency?: string;
  workers?: string;
  shard?: string;
}

/** Whether the flags ask for a multi-account scan: any option of this command decides it. */
export function isOrgScan(flags: Partial<OrgScanFlags>): boolean {
  return (
    flags.org === true ||
    [flags.ou, flags.accounts, flags.excludeAccounts].some((v) => v !== undefined && v.length > 0) ||
    [flags.roleName, flags.externalId, flags.accountConcurrency, flags.workers, flags.shard].some((v) => v !== undefined)
  );
}
