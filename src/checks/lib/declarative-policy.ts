// EC2 account settings that an organization's declarative policy can enforce (CHECKS-3 §3.1, §3.4).
// AWS's EC2 API returns the enforced value with ManagedBy `declarative-policy`; the organization's
// effective policy, when it could be read, says the same from the other side. Either way the setting
// is judged on the value the policy enforces, and the message says who manages it.

import { declarativeValue, type OrganizationContext } from '../../data/organization.js';
import { managedBy } from './ec2-compute.js';

/** Where each setting sits in `ec2_attributes` of a declarative policy. */
export const DECLARATIVE_EC2_PATHS = {
  imageBlockPublicAccess: ['image_block_public_access', 'state'],
  snapshotBlockPublicAccess: ['snapshot_block_public_access', 'state'],
  serialConsoleAccess: ['serial_console_access', 'status'],
  vpcBlockPublicAccess: ['vpc_block_public_access', 'internet_gateway_block', 'mode'],
  vpcExclusionsAllowed: ['vpc_block_public_access', 'internet_gateway_block', 'exclusions_allowed'],
  httpTokens: ['instance_metadata_defaults', 'http_tokens'],
  httpTokensEnforced: ['instance_metadata_defaults', 'http_tokens_enforced'],
  allowedImages: ['allowed_images_settings', 'state'],
} as const;

export type DeclarativeEc2Setting = keyof typeof DECLARATIVE_EC2_PATHS;

export interface EffectiveEc2Setting {
  /** The value in the EC2 API's spelling (`block-new-sharing`, `required`, `disabled`); undefined when neither side sets it. */
  value: string | undefined;
  /** `declarative-policy` when an organization policy enforces it, else what the API said (`account` by default). */
  managedBy: string;
  /** A clause for the message, e.g. `ManagedBy declarative-policy` or what the organization's policy sets. */
  source: string;
  /** True when the organization's effective policy document set the value, whatever EC2 answered. */
  fromOrganizationPolicy: boolean;
}

/** Declarative policies write `block_new_sharing` where the EC2 API says `block-new-sharing`. */
const apiSpelling = (value: string) => value.replace(/_/g, '-');

/**
 * The setting as it takes effect: the organization's effective declarative policy when it sets the
 * attribute (it overrides the account's own setting), otherwise the API's value and ManagedBy.
 */
export function effectiveEc2Setting(organization: OrganizationContext, setting: DeclarativeEc2Setting, api: { value: string | undefined; managedBy?: string | undefined }): EffectiveEc2Setting {
  const path = DECLARATIVE_EC2_PATHS[setting];
  const fromPolicy = organization.declarativeEc2.known ? declarativeValue(organization.declarativeEc2.value, path) : undefined;
  if (fromPolicy !== undefined && fromPolicy !== 'no_preference') {
    const value = apiSpelling(fromPolicy);
    const own = api.value !== undefined && api.value !== value ? `; the account's own setting reads ${api.value}` : '';
    return { value, managedBy: 'declarative-policy', source: `enforced by the organization's EC2 declarative policy (${path.join('.')} ${fromPolicy})${own}`, fromOrganizationPolicy: true };
  }
  const managedBy = api.managedBy ?? 'account';
  const unread = !organization.declarativeEc2.known && managedBy !== 'declarative-policy' ? `; the organization's declarative policy could not be read (${organization.declarativeEc2.reason})` : '';
  return { value: api.value, managedBy, source: `ManagedBy ${managedBy}${managedBy === 'declarative-policy' ? ', enforced by a declarative policy' : ''}${unread}`, fromOrganizationPolicy: false };
}

export interface JudgedEc2Setting {
  /** The value to judge: the organization's policy's when it sets one, else the API's. */
  value: string | undefined;
  /** Who manages it, for the message. */
  who: string;
}

/**
 * An EC2 account setting that a check judges per region: EC2's answer, overridden by the
 * organization's effective declarative policy when that sets it (an emulator or a member scan may
 * not show the policy in the API's answer; the policy decides all the same).
 */
export function judgedEc2Setting(organization: OrganizationContext, setting: DeclarativeEc2Setting, apiValue: string | undefined, apiManagedBy: string | undefined): JudgedEc2Setting {
  const effective = effectiveEc2Setting(organization, setting, { value: apiValue, managedBy: apiManagedBy });
  return { value: effective.value, who: effective.fromOrganizationPolicy ? effective.source : managedBy(apiManagedBy) };
}
