// Admin-equivalence: a principal is admin-equivalent when it may do anything to IAM in the account
// (`*` on `*`, or `iam:*` on `*`, which it can use on itself to become anything), within its
// boundary. Judged on probes: the IAM actions that hand out permissions, on every kind of IAM resource.

import { decide, type Answer, type Permissions } from './decide.js';
import type { PrincipalModel } from './model.js';
import { ADMINISTRATOR_ACCESS } from './model.js';

const IAM_PROBES = [
  'iam:AttachUserPolicy',
  'iam:AttachRolePolicy',
  'iam:AttachGroupPolicy',
  'iam:PutUserPolicy',
  'iam:PutRolePolicy',
  'iam:CreatePolicyVersion',
  'iam:PassRole',
  'iam:UpdateAssumeRolePolicy',
  'iam:CreateAccessKey',
  'iam:CreateUser',
  'iam:CreateRole',
  'iam:DeleteUserPermissionsBoundary',
  'iam:DeleteRolePermissionsBoundary',
  'iam:DetachRolePolicy',
  'iam:DeleteRolePolicy',
];

export interface AdminVerdict {
  answer: Answer;
  /** The policies that grant it (labels), for messages: "AdministratorAccess". */
  via: string[];
  conditions: string[];
}

export function adminEquivalence(perms: Permissions, caller: PrincipalModel, accountId: string, partition: string): AdminVerdict {
  const resources = ['user', 'role', 'policy', 'group', 'instance-profile'].map((t) => `arn:${partition}:iam::${accountId}:${t}/zz-any-${t}`);
  const values = { 'iam:policyarn': [ADMINISTRATOR_ACCESS(partition)], 'iam:passedtoservice': ['ec2.amazonaws.com'], 'iam:permissionsboundary': undefined };
  let answer: Answer = 'yes';
  const via = new Set<string>();
  const conditions = new Set<string>();
  for (const action of IAM_PROBES) {
    for (const resource of resources) {
      const d = decide(perms, action, resource, { caller, accountId, action: action.toLowerCase(), values });
      if (d.answer === 'no') return { answer: 'no', via: [], conditions: [] };
      if (d.answer === 'maybe') {
        answer = 'maybe';
        d.conditions.forEach((c) => conditions.add(c));
      }
      d.grantedBy.forEach((g) => via.add(g));
    }
  }
  return { answer, via: [...via], conditions: [...conditions] };
}
