// The EC2 account settings of CHECKS-3 §3.4 (and snapshot block public access) under an organization's
// effective declarative policy: the policy decides even where EC2's answer does not show it yet (a
// member read before the policy propagated, an emulator that does not link the two).
import { describe, expect, it } from 'vitest';
import type { AnyCheck } from '../../../src/checks/define.js';
import allowedAmis from '../../../src/checks/prevention/ec2-allowed-amis-enforced.js';
import amiBlock from '../../../src/checks/prevention/ec2-ami-block-public-access-enabled.js';
import snapshotBlock from '../../../src/checks/prevention/ec2-ebs-snapshot-block-public-access-enabled.js';
import imdsv2 from '../../../src/checks/prevention/ec2-imdsv2-enforced-at-launch.js';
import serialConsole from '../../../src/checks/prevention/ec2-serial-console-access-disabled.js';
import { knownFact, unknownFact, type OrganizationContext } from '../../../src/data/organization.js';
import { memberWithDeclarativeEc2 } from '../../fixtures/organizations.js';
import { evaluate, ok } from '../../helpers/check-harness.js';

const inOrganization = memberWithDeclarativeEc2;

interface Case {
  check: AnyCheck;
  dataset: string;
  /** EC2's answer: the insecure value, set by the account. */
  api: Record<string, unknown>;
  /** The ec2_attributes of an effective policy that enforces the secure value. */
  policy: Record<string, unknown>;
  /** The same attributes with no preference. */
  noPreference: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    check: amiBlock as AnyCheck,
    dataset: 'ec2.imageBlockPublicAccess',
    api: { ImageBlockPublicAccessState: 'unblocked', ManagedBy: 'account' },
    policy: { image_block_public_access: { state: { '@@assign': 'block_new_sharing' } } },
    noPreference: { image_block_public_access: { state: { '@@assign': 'no_preference' } } },
  },
  {
    check: snapshotBlock as AnyCheck,
    dataset: 'ec2.snapshotBlockPublicAccess',
    api: { State: 'unblocked', ManagedBy: 'account' },
    policy: { snapshot_block_public_access: { state: { '@@assign': 'block_all_sharing' } } },
    noPreference: { snapshot_block_public_access: { state: { '@@assign': 'no_preference' } } },
  },
  {
    check: serialConsole as AnyCheck,
    dataset: 'ec2.serialConsoleAccess',
    api: { SerialConsoleAccessEnabled: true, ManagedBy: 'account' },
    policy: { serial_console_access: { status: { '@@assign': 'disabled' } } },
    noPreference: { serial_console_access: { status: { '@@assign': 'no_preference' } } },
  },
  {
    check: allowedAmis as AnyCheck,
    dataset: 'ec2.allowedImagesSettings',
    api: { State: 'disabled', ImageCriteria: [{ ImageProviders: ['amazon'] }], ManagedBy: 'account' },
    policy: { allowed_images_settings: { state: { '@@assign': 'enabled' } } },
    noPreference: { allowed_images_settings: { state: { '@@assign': 'no_preference' } } },
  },
  {
    check: imdsv2 as AnyCheck,
    dataset: 'ec2.instanceMetadataDefaults',
    api: { HttpTokens: 'optional', ManagedBy: 'account' },
    policy: { instance_metadata_defaults: { http_tokens: { '@@assign': 'required' }, http_tokens_enforced: { '@@assign': 'enabled' } } },
    noPreference: { instance_metadata_defaults: { http_tokens: { '@@assign': 'no_preference' }, http_tokens_enforced: { '@@assign': 'no_preference' } } },
  },
];

const judge = (c: Case, organization?: OrganizationContext) => {
  const data: Record<string, unknown> = { [c.dataset]: ok(c.api) };
  if (organization) data['organizations.context'] = organization;
  const findings = evaluate(c.check, data as never);
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe.each(CASES)('$check.id under a declarative policy', (c) => {
  it('FAILs on the account setting alone', () => {
    expect(judge(c).status).toBe('FAIL');
  });

  it("PASSes when the organization's effective policy enforces the secure value, and names the policy", () => {
    const finding = judge(c, inOrganization(knownFact(c.policy)));
    expect(finding.status).toBe('PASS');
    expect(finding.message).toContain("enforced by the organization's EC2 declarative policy");
  });

  it('near miss: a policy with no preference, or one that could not be read, leaves the FAIL', () => {
    expect(judge(c, inOrganization(knownFact(c.noPreference))).status).toBe('FAIL');
    expect(judge(c, inOrganization(unknownFact('organizations:DescribeEffectivePolicy failed: AccessDeniedException'))).status).toBe('FAIL');
  });
});
