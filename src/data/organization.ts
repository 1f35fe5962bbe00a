// The organization around a scanned account, as data: who the caller is in it (§3.3 of the part-3
// catalogue), and the organization's facts that change a member's verdicts (resource control
// policies, the effective EC2 declarative policy, organization trails). A member account can read
// only some of them itself; `scan --org` reads the rest once with the management account's
// credentials and hands each member its own view. A fact that could not be read says why, and
// verdicts never use it.

/** The organization as DescribeOrganization gives it. */
export interface OrganizationSummary {
  id: string;
  managementAccountId: string;
  /** `ALL` or `CONSOLIDATED_BILLING`. */
  featureSet?: string;
}

/** The caller's place in the organization. */
export type OrganizationStanding =
  | { role: 'standalone' }
  | { role: 'management'; organization: OrganizationSummary }
  | { role: 'delegated-administrator'; organization: OrganizationSummary; services: string[] }
  | { role: 'member'; organization: OrganizationSummary; reason: string };

/** A fact about the organization: its value, or why it could not be read. */
export type OrgFact<T> = { known: true; value: T } | { known: false; reason: string };

export const knownFact = <T>(value: T): OrgFact<T> => ({ known: true, value });
export const unknownFact = <T = never>(reason: string): OrgFact<T> => ({ known: false, reason });

/** An authorization policy (SCP or RCP) attached at some level above or at an account. */
export interface AttachedOrgPolicy {
  id: string;
  name: string;
  awsManaged: boolean;
  /** The root, OU or account it is attached to. */
  target: string;
}

/** A resource control policy with its document, as it applies to one account. */
export interface AppliedRcp extends AttachedOrgPolicy {
  /** The policy document as DescribePolicy returns it (JSON text). */
  content: string;
}

/** An organization trail of the management account, which logs every member account. */
export interface OrganizationTrail {
  name: string;
  arn: string;
  homeRegion: string;
  multiRegion: boolean;
  /** Whether the trail is logging now; undefined when its status could not be read. */
  logging?: boolean;
  /** GetEventSelectors's answer (EventSelectors or AdvancedEventSelectors); undefined when it could not be read. */
  selectors?: Record<string, unknown>;
}

/**
 * What a scanned account's verdicts may use of its organization. Every member is optional in the
 * sense that an unknown fact carries its reason; a standalone account knows every fact is empty.
 */
export interface OrganizationContext {
  /** undefined: the account is in no organization (or DescribeOrganization could not say). */
  organization?: OrganizationSummary;
  /** Whether the facts came from the management account (`scan --org`) or from this account alone. */
  readBy: 'management-account' | 'this-account';
  /** This account is the organization's management account: RCPs never apply to it. */
  isManagementAccount: boolean;
  /** Resource control policies that apply to this account; empty when none can apply. */
  resourceControlPolicies: OrgFact<AppliedRcp[]>;
  /** The organization's account ids, to tell a principal inside the organization from one outside. */
  accountIds: OrgFact<string[]>;
  /** `ec2_attributes` of the account's effective EC2 declarative policy; null when none applies. */
  declarativeEc2: OrgFact<Record<string, unknown> | null>;
  /** Organization trails that log this account. */
  organizationTrails: OrgFact<OrganizationTrail[]>;
}

/** Names of the facts, as a report says them. */
export const FACT_NAMES = {
  resourceControlPolicies: 'resource control policies',
  accountIds: "the organization's accounts",
  declarativeEc2: 'EC2 declarative policies',
  organizationTrails: 'organization trails',
} as const satisfies Partial<Record<keyof OrganizationContext, string>>;

export type FactName = keyof typeof FACT_NAMES;

/** The context of an account outside any organization: nothing applies, nothing is unknown. */
export function standaloneContext(): OrganizationContext {
  return {
    readBy: 'this-account',
    isManagementAccount: false,
    resourceControlPolicies: knownFact([]),
    accountIds: knownFact([]),
    declarativeEc2: knownFact(null),
    organizationTrails: knownFact([]),
  };
}

/** One line per fact that could not be read, for the report's notes. */
export function unreadFacts(context: OrganizationContext): Array<{ fact: FactName; reason: string }> {
  return (Object.keys(FACT_NAMES) as FactName[]).flatMap((fact) => {
    const value = context[fact];
    return value.known ? [] : [{ fact, reason: value.reason }];
  });
}

/** The scan note naming the organization facts this account's verdicts could not use. */
export function unreadFactsNote(context: OrganizationContext): string | undefined {
  const unread = unreadFacts(context);
  if (unread.length === 0) return undefined;
  const list = unread.map((u) => `${FACT_NAMES[u.fact]} (${u.reason})`).join('; ');
  const which = context.organization ? `Organization ${context.organization.id}` : 'Organization';
  return `${which}: these organization facts could not be read, and no verdict uses them: ${list}.`;
}

/** Fills each fact `primary` could not read from `fallback`, when `fallback` knows it. */
export function mergeContexts(primary: OrganizationContext, fallback: OrganizationContext): OrganizationContext {
  const pick = <T>(a: OrgFact<T>, b: OrgFact<T>): OrgFact<T> => (a.known || !b.known ? a : b);
  return {
    ...primary,
    organization: primary.organization ?? fallback.organization,
    resourceControlPolicies: pick(primary.resourceControlPolicies, fallback.resourceControlPolicies),
    accountIds: pick(primary.accountIds, fallback.accountIds),
    declarativeEc2: pick(primary.declarativeEc2, fallback.declarativeEc2),
    organizationTrails: pick(primary.organizationTrails, fallback.organizationTrails),
  } as OrganizationContext;
}

/**
 * The `ec2_attributes` of an EC2 declarative policy document (JSON text). Effective policies come
 * with the inheritance operators resolved; a stored policy keeps `@@assign`: both are read.
 */
export function declarativeAttributes(content: string): Record<string, unknown> | null {
  const parsed = JSON.parse(content) as unknown;
  if (!parsed || typeof parsed !== 'object') throw new Error('the declarative policy is not a JSON object');
  const attributes = (parsed as Record<string, unknown>).ec2_attributes;
  return attributes && typeof attributes === 'object' ? (attributes as Record<string, unknown>) : null;
}

/** The value at a path of a declarative policy's attributes (`['image_block_public_access', 'state']`), operators resolved. */
export function declarativeValue(attributes: Record<string, unknown> | null, path: readonly string[]): string | undefined {
  let at: unknown = attributes;
  for (const part of path) {
    if (!at || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  if (at && typeof at === 'object' && '@@assign' in at) at = (at as Record<string, unknown>)['@@assign'];
  return typeof at === 'string' ? at : typeof at === 'boolean' || typeof at === 'number' ? String(at) : undefined;
}
