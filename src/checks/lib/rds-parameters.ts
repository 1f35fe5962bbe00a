// Reading RDS parameter groups: which parameter makes each engine require TLS, what a parameter
// without a value means, and whether the group's values are live on the instance.

import type { DBInstance, Parameter } from '@aws-sdk/client-rds';
import type { CheckContext, ResourceRef } from '../define.js';
import type { Fetched } from '../../data/dataset.js';
import type { AwsErrorInfo, Finding } from '../../model.js';
import { instanceRef, isClusterMember } from '../../data/rds-engines.js';
import { engineDefault, hasTlsParameter, isOn, tlsParameterFor, type ParameterGroupRead, type TlsParameterSpec } from '../../data/rds-tls-parameters.js';

export * from '../../data/rds-tls-parameters.js';

export function findParameter(parameters: readonly Parameter[], name: string): Parameter | undefined {
  return parameters.find((p) => p.ParameterName === name);
}

export type ParameterVerdict =
  | { status: 'PASS' | 'FAIL'; message: string }
  | { status: 'ERROR'; error: AwsErrorInfo; what: string }
  /** The data was read but does not settle the question (missing fields, an empty listing). */
  | { status: 'UNDETERMINED'; message: string }
  /** The engine version has no such parameter: not a FAIL, not evaluated (CHECKS-3 section 1.4 item 8). */
  | { status: 'NOT_EVALUATED'; reason: string };

/**
 * Whether an instance outside a cluster requires TLS through its DB parameter group: the parameter
 * is on (its value, or the engine's default for its version when the group gives none). The TLS
 * parameters are dynamic, so a group with changes pending a reboot still applies their value; only a
 * static parameter with a pending change is not known to be live (CHECKS-3 section 0 items 1 and 2).
 */
export function judgeInstanceTls(db: DBInstance, spec: TlsParameterSpec, groups: ReadonlyMap<string, Fetched<Parameter[]>>): ParameterVerdict {
  const id = db.DBInstanceIdentifier ?? 'unknown';
  const memberships = db.DBParameterGroups ?? [];
  const has = hasTlsParameter(spec, db.EngineVersion);
  if (has === false) return { status: 'NOT_EVALUATED', reason: `${spec.engineLabel} ${db.EngineVersion} has no ${spec.parameter} parameter (it exists from ${spec.since})` };
  // Every RDS instance has a DB parameter group (the engine's default one at least).
  if (memberships.length === 0) {
    return { status: 'UNDETERMINED', message: `DB instance ${id} reports no DB parameter group, so whether ${spec.parameter} is on is unknown.` };
  }
  const passes: string[] = [];
  for (const membership of memberships) {
    const name = membership.DBParameterGroupName;
    if (!name) return { status: 'UNDETERMINED', message: `DB instance ${id} reports a DB parameter group without a name, so whether ${spec.parameter} is on is unknown.` };
    const read = groups.get(name);
    if (!read) return { status: 'UNDETERMINED', message: `DB parameter group ${name} of DB instance ${id} was not read, so whether ${spec.parameter} is on is unknown.` };
    if (!read.ok) return { status: 'ERROR', error: read.error, what: `DB instance ${id} (parameter group ${name})` };
    // DescribeDBParameters lists every parameter of the engine, defaults included; an empty listing
    // is an endpoint that does not model them, not a group without the parameter.
    if (read.value.length === 0) {
      return { status: 'UNDETERMINED', message: `DB parameter group ${name} of DB instance ${id} lists no parameters at all, so whether ${spec.parameter} is on is unknown.` };
    }
    const parameter = findParameter(read.value, spec.parameter);
    if (!parameter) {
      return { status: 'FAIL', message: `DB instance ${id} does not require TLS: parameter group ${name} has no ${spec.parameter} parameter (engine version ${db.EngineVersion ?? 'unknown'}).` };
    }
    const explicit = parameter.ParameterValue;
    let stated: string;
    let on: boolean;
    if (explicit === undefined) {
      const fallback = engineDefault(spec, db.EngineVersion);
      if (!fallback) {
        return {
          status: 'UNDETERMINED',
          message: `${spec.parameter} has no value in parameter group ${name} of DB instance ${id}, and the engine default for ${spec.engineLabel} ${db.EngineVersion ?? '(no version reported)'} is unknown.`,
        };
      }
      on = fallback.on;
      stated = `${spec.parameter} has no value in parameter group ${name}, so the engine default for ${db.EngineVersion} (${on ? 'on' : 'off'}) applies`;
    } else {
      on = isOn(explicit);
      stated = `${spec.parameter} is ${explicit} in parameter group ${name}`;
    }
    const applyStatus = membership.ParameterApplyStatus;
    if (applyStatus === undefined) {
      return { status: 'UNDETERMINED', message: `For DB instance ${id}, ${stated}, but the instance does not report whether the group is in-sync, so whether the value is live is unknown.` };
    }
    if (applyStatus !== 'in-sync') {
      if (parameter.ApplyType === 'static') {
        if (!on) return { status: 'FAIL', message: `DB instance ${id} does not require TLS: ${stated}.` };
        return {
          status: 'FAIL',
          message: `DB instance ${id} does not require TLS yet: ${stated}, but ${spec.parameter} is a static parameter and the group is ${applyStatus} on the instance, so the value is not live until a reboot.`,
        };
      }
      if (parameter.ApplyType !== 'dynamic') {
        return {
          status: 'UNDETERMINED',
          message: `For DB instance ${id}, ${stated}, but the group is ${applyStatus} and the answer does not say whether ${spec.parameter} is dynamic or static, so whether the value is live is unknown.`,
        };
      }
      stated += ` (the group is ${applyStatus} on the instance: ${spec.parameter} is dynamic and applies without a reboot, but a change made with ApplyMethod pending-reboot is not live until then)`;
    }
    if (!on) return { status: 'FAIL', message: `DB instance ${id} does not require TLS: ${stated}.` };
    passes.push(stated);
  }
  return { status: 'PASS', message: `DB instance ${id} requires TLS: ${passes.join('; ')}.` };
}

export function parameterFinding(ctx: CheckContext, resource: ResourceRef, verdict: ParameterVerdict): Finding[] {
  if (verdict.status === 'NOT_EVALUATED') return ctx.notInScope(`${resource.id}: ${verdict.reason}`);
  return [parameterVerdictFinding(ctx, resource, verdict)];
}

function parameterVerdictFinding(ctx: CheckContext, resource: ResourceRef, verdict: Exclude<ParameterVerdict, { status: 'NOT_EVALUATED' }>): Finding {
  if (verdict.status === 'ERROR') return ctx.error(resource, verdict.error, verdict.what);
  if (verdict.status === 'UNDETERMINED') return ctx.undetermined(resource, verdict.message);
  return verdict.status === 'PASS' ? ctx.pass(resource, verdict.message) : ctx.fail(resource, verdict.message);
}

/**
 * The findings of one engine's TLS check. Instances in a cluster follow the cluster parameter
 * group and are not judged here.
 */
export function instanceTlsFindings(instances: readonly DBInstance[], groups: readonly ParameterGroupRead[], spec: TlsParameterSpec, ctx: CheckContext): Finding[] {
  const reads = new Map(groups.map((g) => [g.name, g.result]));
  return instances
    .filter((db) => !isClusterMember(db) && tlsParameterFor(db.Engine) === spec)
    .flatMap((db) => parameterFinding(ctx, instanceRef(db), judgeInstanceTls(db, spec, reads)));
}
