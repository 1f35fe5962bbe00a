import { customerScope, keyLabel, keyRef, keysOfUnknownScope, undescribedKeys } from '../lib/kms-keys.js';
import { isEveryone, parsePolicy, PolicyParseError, type Condition, type Statement } from '../../policy/document.js';
import { defineCheck } from '../define.js';

/** Condition keys that pin the caller to an account or organization (lower-cased, as the parser gives them). */
const PINNING_KEYS = new Set(['kms:calleraccount', 'aws:principalaccount', 'aws:principalorgid', 'aws:sourceaccount', 'aws:sourcearn']);

/** Operators under which the request must carry the key with one of the listed values. */
const MATCHING_OPERATOR = /^(forAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i;

/** Variables that stand for the key's own account or organization: as fixed as a literal id. */
const RESOURCE_VARIABLES = new Set(['${aws:resourceaccount}', '${aws:resourceorgid}']);

/**
 * A value that names one account, organization or resource. A wildcard in an id (`"*"`, `"1111*"`,
 * `"o-*"`) matches others too; an ARN pattern still pins when its account field is a literal id.
 */
function fixedValue(key: string, value: string): boolean {
  if (RESOURCE_VARIABLES.has(value.trim().toLowerCase())) return true;
  if (value.includes('${')) return false;
  if (key === 'aws:sourcearn') return !/[*?]/.test(value) || /^\d{12}$/.test(value.split(':')[4] ?? '');
  return value.trim() !== '' && !/[*?]/.test(value);
}

/**
 * A condition pins the caller only when the key must match one of its values: negated operators
 * (StringNotEquals), IfExists and ForAllValues forms and Null also let through requests that lack
 * the key or name another account, and a wildcard value matches anyone.
 */
function pins(condition: Condition): boolean {
  return (
    PINNING_KEYS.has(condition.key) &&
    MATCHING_OPERATOR.test(condition.operator) &&
    condition.values.length > 0 &&
    condition.values.every((value) => fixedValue(condition.key, value))
  );
}

/** An Allow to everyone (or to everyone but a list, with NotPrincipal) that no condition pins. */
const isPublicGrant = (st: Statement) =>
  st.effect === 'Allow' && (isEveryone(st.principal) || st.notPrincipal !== undefined) && !st.conditions.some(pins);

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
    'For each customer managed KMS key, the key policy (policy name "default") has no Allow statement whose principal is "*" or {"AWS": "*"} (or that uses NotPrincipal) unless a condition on kms:CallerAccount, aws:PrincipalAccount, aws:PrincipalOrgID, aws:SourceAccount or aws:SourceArn pins the caller. arn:aws:iam::<account>:root means the account, so the default key policy passes.',
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
  reads: ['kms.keys', 'kms.customerKeyPolicies'],
  evaluate({ 'kms.keys': keys, 'kms.customerKeyPolicies': policies }, ctx) {
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
        const grants = statements.flatMap((st, i) => (isPublicGrant(st) ? [describeGrant(st, i)] : []));
        return grants.length
          ? ctx.fail(keyRef(key), `${label} has a key policy that grants access to everyone without a condition pinning account or organization: ${grants.join('; ')}.`)
          : ctx.pass(keyRef(key), `${label} has a key policy that grants nothing to everyone without a condition pinning account or organization.`);
      }),
    );
    return [...undescribedKeys(keys, ctx), ...keysOfUnknownScope(keys, ctx, customerScope), ...judged];
  },
});
