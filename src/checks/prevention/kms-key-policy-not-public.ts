import { customerScope, keyLabel, keyRef, keysOfUnknownScope, undescribedKeys } from '../lib/kms-keys.js';
import { parsePolicy, PolicyParseError, type Statement } from '../../policy/document.js';
import { isPublicStatement, type PinningContext } from '../../policy/pinning.js';
import { judgeUnderRcps } from '../../policy/rcp.js';
import { defineCheck } from '../define.js';

/** Key policies are read on signed requests only; KMS.5 counts only fixed values as pinning (no wildcard, no variable). */
const KEY_POLICY: PinningContext = { anonymousRequests: false, strictWildcards: true };

function describeGrant(st: Statement, index: number): string {
  const what = st.actions ? st.actions.join(', ') : `everything except ${(st.notActions ?? []).join(', ')}`;
  return `statement ${st.sid ? `"${st.sid}"` : index + 1} allows ${what}`;
}

export default defineCheck({
  id: 'kms-key-policy-not-public',
  title: 'KMS key policies grant nothing to everyone without an account or organization condition',
  pillar: 'prevention',
  service: 'kms',
  severity: 'critical',
  resourceType: 'AWS::KMS::Key',
  description:
    'For each customer managed KMS key, the key policy (policy name "default") has no Allow statement whose principal is "*" or {"AWS": "*"} (or that uses NotPrincipal) unless a condition on kms:CallerAccount, aws:PrincipalAccount, aws:PrincipalOrgID, aws:SourceAccount or aws:SourceArn pins the caller. arn:aws:iam::<account>:root means the account, so the default key policy passes. In an organization scan, a grant that a resource control policy denies to every principal outside the organization (kms:* or the granted actions) passes, naming the RCP; a member-account scan cannot read RCPs and its FAIL says so. RCPs never apply to the management account.',
  risk: 'A key policy open to every AWS principal lets anyone in any account use or manage the key, and so decrypt whatever it protects.',
  remediation: {
    text: 'Replace the "*" principal with the account or role ARNs that need the key, or add a condition on kms:CallerAccount or aws:PrincipalOrgID that limits it to your account or organization.',
    console: 'KMS > Customer managed keys > the key > Key policy > Edit.',
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
  },
  references: {
    securityHub: { ids: ['KMS.5'], standard: 'fsbp' },
    docs: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html'],
  },
  reads: ['kms.keys', 'kms.customerKeyPolicies', 'organizations.context'],
  evaluate({ 'kms.keys': keys, 'kms.customerKeyPolicies': policies, 'organizations.context': organization }, ctx) {
    const judged = policies.map(({ key, policy }) =>
      ctx.judge(keyRef(key), policy, (text) => {
        const label = keyLabel(key, key.metadata.value);
        let statements: Statement[];
        try {
          statements = parsePolicy(text).statements;
        } catch (err) {
          if (!(err instanceof PolicyParseError)) throw err;
          // A policy we cannot read is unknown, and unknown is never a pass.
          return { ...ctx.fail(keyRef(key), `${label} has a key policy that could not be read: ${err.message}`), status: 'ERROR' as const };
        }
        const open = statements.flatMap((st, i) => (isPublicStatement(st, KEY_POLICY) ? [{ st, text: describeGrant(st, i) }] : []));
        if (open.length === 0) return ctx.pass(keyRef(key), `${label} has a key policy that grants nothing to everyone without a condition pinning account or organization.`);
        // Policies are read for customer managed keys only, which RCPs cover (AWS managed keys they do not).
        const rcps = judgeUnderRcps(
          organization,
          open.map(({ st, text }) => ({ text, grant: { actions: st.actions, service: 'kms', resources: [keyRef(key).arn], anonymous: false } })),
          'key policy',
        );
        if (rcps.neutralised) return ctx.pass(keyRef(key), `${label} grants nothing to everyone that takes effect: ${rcps.reasons}.`);
        return ctx.fail(keyRef(key), `${label} has a key policy that grants access to everyone without a condition pinning account or organization: ${open.map((o) => o.text).join('; ')}.${rcps.note}`);
      }),
    );
    return [...undescribedKeys(keys, ctx), ...keysOfUnknownScope(keys, ctx, customerScope), ...judged];
  },
});
