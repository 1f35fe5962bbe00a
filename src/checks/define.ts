// The contract of a check: metadata plus one pure function of the datasets it declares.

import { describeAwsError } from '../aws/errors.js';
import type { DatasetId, DatasetTypes, Fetched, Scoped } from '../data/dataset.js';
import type { AwsErrorInfo, CheckMeta, Finding } from '../model.js';

/** The resource a finding is about. `region` defaults to the evaluation's region. */
export interface ResourceRef {
  id: string;
  arn: string;
  region?: string;
}

export interface CheckContext extends Scoped {
  /** The scan's clock, so that age-based checks are reproducible in tests and replays. */
  now: Date;
  pass(resource: ResourceRef, message: string): Finding;
  fail(resource: ResourceRef, message: string): Finding;
  /** The resource could not be judged because a read failed. */
  error(resource: ResourceRef, error: AwsErrorInfo, what?: string): Finding;
  /** The resource could not be judged for a reason other than an AWS error (data AWS left out, unparseable values). */
  undetermined(resource: ResourceRef, message: string): Finding;
  /** ERROR when the read failed, otherwise the verdict on the value. */
  judge<T>(resource: ResourceRef, fetched: Fetched<T>, verdict: (value: T) => Finding): Finding;
  /**
   * Nothing here is in the check's scope, for a reason the report should give (no Shield Advanced
   * subscription, not the management account): no finding, one note. Never for data that could not
   * be read, which is an ERROR.
   */
  notInScope(reason: string): Finding[];
}

export type DataOf<R extends readonly DatasetId[]> = { [K in R[number]]: DatasetTypes[K] };

export interface Check<R extends readonly DatasetId[] = readonly DatasetId[]> extends CheckMeta {
  /** Datasets the evaluation reads; the compiler refuses a read that is not declared here. */
  reads: R;
  evaluate(data: DataOf<R>, ctx: CheckContext): Finding[];
}

/** Any check of the registry, whatever it reads. */
export interface AnyCheck extends CheckMeta {
  reads: readonly DatasetId[];
  evaluate(data: Record<string, unknown>, ctx: CheckContext): Finding[];
}

export function defineCheck<const R extends readonly DatasetId[]>(check: Check<R>): AnyCheck {
  return check as unknown as AnyCheck;
}

/**
 * The same string, stored as one piece. V8 keeps a string built from parts (a template, `+`) as a
 * tree of the parts, 32 bytes per join plus the parts, until something makes it flatten the tree;
 * findings live until the report is written, and at 90,000 findings these trees held about 60 MB.
 * Reading one character does not flatten a tree in optimized code; a regular expression flattens its
 * subject in place before it matches (200,000 messages of 100 characters: 102 MB as trees, 31 MB
 * flattened).
 */
const ANY_NUL = /\0/;
function flat(text: string): string {
  ANY_NUL.test(text);
  return text;
}

/** Builds the context helpers that stamp a check's metadata onto its findings. */
export function checkContext(
  meta: CheckMeta,
  scope: Scoped & { now: Date },
  findingRegion: string,
  onNotInScope: (reason: string) => void = () => undefined,
): CheckContext {
  const make = (status: Finding['status'], resource: ResourceRef, message: string, error?: AwsErrorInfo): Finding => ({
    checkId: meta.id,
    status,
    severity: meta.severity,
    pillar: meta.pillar,
    service: meta.service,
    accountId: scope.account.id,
    region: resource.region ?? findingRegion,
    resourceType: meta.resourceType,
    resourceId: flat(resource.id),
    resourceArn: flat(resource.arn),
    message: flat(message),
    ...(error ? { error } : {}),
  });
  const ctx: CheckContext = {
    ...scope,
    pass: (resource, message) => make('PASS', resource, message),
    fail: (resource, message) => make('FAIL', resource, message),
    error: (resource, error, what) =>
      make('ERROR', resource, `Could not evaluate ${what ?? resource.id}: ${describeAwsError(error)}.`, error),
    undetermined: (resource, message) => make('ERROR', resource, message),
    judge: (resource, fetched, verdict) => (fetched.ok ? verdict(fetched.value) : ctx.error(resource, fetched.error)),
    notInScope: (reason) => {
      onNotInScope(reason);
      return [];
    },
  };
  return ctx;
}
