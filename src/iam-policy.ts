// The least-privilege IAM policy of a set of checks, derived from what their datasets declare.

import { iamActionOf, splitOperationId, type OperationId } from './aws/catalogue.js';
import type { AnyCheck } from './checks/define.js';
import { operationsOf, type AnyDataset } from './data/dataset.js';

/** Calls every scan makes before any check: who am I, and which regions are enabled. */
export const SCAN_OPERATIONS: readonly OperationId[] = ['sts:GetCallerIdentity', 'ec2:DescribeRegions'];

export function operationsForChecks(checks: readonly AnyCheck[], datasets: ReadonlyMap<string, AnyDataset>): OperationId[] {
  const ops = new Set<OperationId>(SCAN_OPERATIONS);
  for (const op of operationsOf(datasets, checks.flatMap((c) => c.reads))) ops.add(op);
  return [...ops].sort();
}

export function iamActionsFor(operations: readonly OperationId[]): string[] {
  return [...new Set(operations.map((op) => iamActionOf(...splitOperationId(op))))].sort();
}

export function iamPolicyDocument(actions: readonly string[]): object {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'AwsPostureReadOnly', Effect: 'Allow', Action: [...actions], Resource: '*' }],
  };
}
