// What the principal that runs an organization scan needs, beyond what each member account's role
// needs (iam-policy.ts): to list the organization's accounts, and to assume the scanning role in each.

import { iamActionOf } from '../aws/catalogue.js';
import { ACCOUNT_LISTING_OPERATIONS } from './accounts.js';

/** The Organizations calls that list the organization's accounts, all catalogued and read-only. */
export function organizationActions(): string[] {
  return ACCOUNT_LISTING_OPERATIONS.map((operation) => iamActionOf('organizations', operation)).sort();
}

/**
 * The policy of the caller of `scan --org` (the management or a delegated administrator account):
 * read the organization, and assume `roleName` (any role, without one) in its accounts.
 */
export function organizationCallerPolicy(roleName: string | undefined): object {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AwsPostureListAccounts', Effect: 'Allow', Action: organizationActions(), Resource: '*' },
      { Sid: 'AwsPostureAssumeScanningRole', Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: `arn:*:iam::*:role/${roleName ?? '*'}` },
    ],
  };
}
