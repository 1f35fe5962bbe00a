// Where the organization checks apply (§3.3 of the part-3 catalogue) and what they are about. They
// are evaluated from the management account or a delegated administrator; anywhere else they are
// not applicable, which is one note and never an ERROR.

import type { OrganizationStanding, OrganizationSummary } from '../../data/organization.js';
import type { Finding } from '../../model.js';
import type { CheckContext, ResourceRef } from '../define.js';

export type Administering = Extract<OrganizationStanding, { role: 'management' | 'delegated-administrator' }>;

/**
 * The standing when the caller administers the organization (management account, or a delegated
 * administrator unless `managementOnly`); otherwise the not-applicable note, as findings.
 */
export function administering(ctx: CheckContext, standing: OrganizationStanding, options: { managementOnly?: boolean } = {}): Administering | Finding[] {
  if (standing.role === 'standalone') return ctx.notInScope('the account is not a member of an organization (organizations:DescribeOrganization: AWSOrganizationsNotInUseException)');
  if (standing.role === 'member') return ctx.notInScope(standing.reason);
  if (options.managementOnly && standing.role !== 'management') {
    return ctx.notInScope(`delegated administrator of organization ${standing.organization.id}, not its management account`);
  }
  return standing;
}

export function organizationResource(ctx: CheckContext, org: OrganizationSummary): ResourceRef {
  return { id: org.id, arn: `arn:${ctx.account.partition}:organizations::${org.managementAccountId}:organization/${org.id}` };
}

export function memberAccountResource(ctx: CheckContext, org: OrganizationSummary, accountId: string): ResourceRef {
  return { id: accountId, arn: `arn:${ctx.account.partition}:organizations::${org.managementAccountId}:account/${org.id}/${accountId}` };
}

/** ` (read as delegated administrator for ...)` when the caller is one, for messages. */
export function readAs(standing: Administering): string {
  if (standing.role === 'management') return '';
  const services = standing.services.length ? ` for ${standing.services.join(', ')}` : '';
  return ` (read as delegated administrator${services})`;
}
