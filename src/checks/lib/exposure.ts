// What the exposure checks share: the reachable entries of a resource turned into evidence, clipped
// to the ports a check judges; messages that state the proof path; and the ERROR for a resource
// whose reachability depends on an input that could not be read.

import type { CheckContext, ResourceRef } from '../define.js';
import type { EscalationChain, Evidence, Finding, ReachableEvidence } from '../../model.js';
import { describeSources } from '../../exposure/network/addresses.js';
import type { Missing, Reach } from '../../exposure/network/paths.js';
import { hasPorts, portsText } from '../../exposure/network/protocols.js';
import { chainLine, pathLine, trafficText } from '../../exposure/text.js';
import type { PrincipalVerdict } from '../../exposure/identity/analysis.js';
import type { Instance } from '@aws-sdk/client-ec2';
import type { InstanceReach } from '../../exposure/network/resources.js';
import { instanceLabel, instanceRef } from './ec2-compute.js';

/** Inclusive port ranges, sorted and merged. */
export type PortRanges = ReadonlyArray<readonly [number, number]>;

export function portRanges(ports: ReadonlyArray<number | readonly [number, number]>): PortRanges {
  const ranges = ports.map((p) => (typeof p === 'number' ? ([p, p] as const) : p)).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of ranges) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** The parts of TCP entries that fall on `ports`. */
export function clipTcp(entries: readonly Reach[], ports: PortRanges): Reach[] {
  const out: Reach[] = [];
  for (const r of entries) {
    if (r.protocol !== 'tcp') continue;
    for (const [lo, hi] of ports) {
      const from = Math.max(lo, r.from);
      const to = Math.min(hi, r.to);
      if (from <= to) out.push({ ...r, from, to });
    }
  }
  return out;
}

/** The parts of entries that fall outside `allowed` (per protocol; protocols not listed are all outside). */
export function outside(entries: readonly Reach[], allowed: Readonly<Record<string, PortRanges | 'all'>>): Reach[] {
  const out: Reach[] = [];
  for (const r of entries) {
    const rule = allowed[r.protocol];
    if (rule === 'all') continue;
    if (!rule || !hasPorts(r.protocol)) {
      out.push(r);
      continue;
    }
    let from = r.from;
    for (const [lo, hi] of rule) {
      if (hi < from || lo > r.to) continue;
      if (lo > from) out.push({ ...r, from, to: lo - 1 });
      from = Math.max(from, hi + 1);
      if (from > r.to) break;
    }
    if (from <= r.to) out.push({ ...r, from, to: r.to });
  }
  return out;
}

export function toEvidence(r: Reach): ReachableEvidence {
  return {
    family: r.family,
    protocol: r.protocol,
    ports: hasPorts(r.protocol) ? portsText(r.from, r.to) : null,
    sources: describeSources(r.sources, r.family),
    path: r.path.map((h) => ({ ...h })),
  };
}

export function withEvidence(finding: Finding, evidence: Evidence): Finding {
  return { ...finding, evidence };
}

/** `TCP 22 from 0.0.0.0/0 and TCP 3389 from 0.0.0.0/0`, each kind of traffic once. */
export function trafficList(entries: readonly ReachableEvidence[], limit = 6): string {
  const texts = [...new Set(entries.map(trafficText))];
  return texts.length <= limit ? texts.join(', ') : `${texts.slice(0, limit).join(', ')} and ${texts.length - limit} more`;
}

/** The first entry's proof path (naming its traffic when several are listed), and how many other paths there are. */
export function proof(entries: readonly ReachableEvidence[]): string {
  const first = entries[0];
  if (!first) return '';
  const others = entries.length - 1;
  const more = others > 0 ? ` (the path of ${trafficText(first)}; ${others} more in the evidence)` : '';
  return `${pathLine(first.path)}${more}`;
}

export function throughSentence(through: readonly Reach[]): string {
  if (!through.length) return '';
  const lbs = [...new Set(through.map((r) => r.path.find((h) => h.kind === 'load-balancer')?.id).filter(Boolean))];
  const ports = [...new Set(through.map((r) => `${r.protocol.toUpperCase()} ${portsText(r.from, r.to)}`))];
  return ` It is reachable through load balancer${lbs.length === 1 ? '' : 's'} ${lbs.join(', ')} on ${ports.join(', ')} (a separate, lower-severity path that this check does not count).`;
}

export function missingText(missing: readonly Missing[]): string {
  return missing.map((m) => m.what).join('; ');
}

/** ERROR for a resource whose reachability depends on inputs that could not be read. */
export function unknownReach(ctx: CheckContext, resource: ResourceRef, label: string, missing: readonly Missing[]): Finding {
  const withError = missing.find((m) => m.error);
  const what = `the internet reachability of ${label} (could not read ${missingText(missing)})`;
  if (withError?.error) return ctx.error(resource, withError.error, what);
  return ctx.undetermined(resource, `Could not evaluate ${what}.`);
}

/**
 * A PASS or FAIL that did without an input the region could not read says which, so that the failed
 * read is visible on every result it might have touched.
 */
export function noteUnread(finding: Finding, unread: readonly Missing[] | undefined): Finding {
  if (finding.status === 'ERROR' || !unread?.length) return finding;
  const texts = [...new Set(unread.map((m) => (m.error ? `${m.what} (${m.error.action} failed: ${m.error.code})` : m.what)))];
  const list = texts.length <= 3 ? texts.join('; ') : `${texts.slice(0, 3).join('; ')} and ${texts.length - 3} more`;
  return { ...finding, message: `${finding.message} Not read, and not needed for this verdict: ${list}.` };
}

export const stoppedNote = (state: string | undefined) => (state === 'stopped' || state === 'stopping' ? ' It is stopped: the exposure returns when it is started.' : '');

/** The chain of a verdict as one line, ending with what makes the last principal an administrator. */
export function chainText(chain: EscalationChain, verdicts?: ReadonlyMap<string, PrincipalVerdict>): string {
  const last = chain.steps[chain.steps.length - 1];
  const target = last ? verdicts?.get(last.to) : undefined;
  const via = target && target.admin.answer === 'yes' && last!.to !== last!.from ? ` (${target.admin.via.slice(0, 3).join(', ')})` : last && last.to === last.from ? ' (admin-equivalent after the change)' : '';
  const conditional = chain.conditional ? ` [conditional: ${chain.conditions.slice(0, 3).join('; ')}${chain.conditions.length > 3 ? '; ...' : ''}]` : '';
  return `${chainLine(chain, via)}${conditional}`;
}

export { pathLine };


export interface PortsJudgement {
  /** `admin port`, `database, cache or search port`. */
  what: string;
  /** The entries the check judges (clipped or filtered); empty when nothing it judges is reachable. */
  offending(reach: readonly Reach[]): Reach[];
  /** What a passing instance still has reachable, for its evidence. */
  shown?(reach: readonly Reach[]): Reach[];
}

/**
 * One finding per live instance for a check on what the internet reaches directly: FAIL naming the
 * offending traffic and its proof path, ERROR when part of the instance could not be judged and no
 * offending path is certain, PASS otherwise. Paths through a load balancer are named, not counted.
 */
export function judgeInstancePorts(instances: readonly InstanceReach<Instance>[], ctx: CheckContext, judgement: PortsJudgement): Finding[] {
  return instances.map((r) => noteUnread(judgeOne(r), r.unread));

  function judgeOne(r: InstanceReach<Instance>): Finding {
    const resource = instanceRef(ctx, r.instance);
    const label = instanceLabel(r.instance);
    const offending = judgement.offending(r.reach).map(toEvidence);
    const stopped = stoppedNote(r.instance.State?.Name);
    const through = throughSentence(r.through);
    if (offending.length) {
      return withEvidence(ctx.fail(resource, `${label} is reachable from the internet on ${judgement.what} (${trafficList(offending)}): ${proof(offending)}.${stopped}${through}`), { reachable: offending });
    }
    if (r.missing.length) return unknownReach(ctx, resource, label.replace(/^Instance/, 'instance'), r.missing);
    const shown = (judgement.shown?.(r.reach) ?? []).map(toEvidence);
    const why = r.reach.length ? `only ${trafficList(r.reach.map(toEvidence))} is reachable` : r.reason || 'nothing is reachable';
    return withEvidence(ctx.pass(resource, `${label} has no ${judgement.what} reachable from the internet: ${why}.${through}`), { reachable: shown });
  }
}

/**
 * What a check on reachable instances needs: everything the internet reaches, directly or through a
 * load balancer, or why that is unknown.
 */
export function reachability(r: InstanceReach<Instance>): { reachable: ReachableEvidence[]; missing: Missing[]; reason: string } {
  const reachable = [...r.reach, ...r.through].map(toEvidence);
  return { reachable, missing: [...r.missing, ...r.throughMissing], reason: r.reason };
}
