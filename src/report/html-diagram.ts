// Small inline SVG diagrams of exposure evidence for the HTML report: a network path as boxes from the
// internet to the resource's address, an escalation chain as principals joined by the steps that take
// one to the next. Generated text only (no script, no style attribute, nothing fetched): the page's
// Content-Security-Policy allows no more. Every label is data and escaped; a long one is shortened
// in the box and given whole in the box's tooltip (an SVG <title>).

import type { EscalationChain, PathHop, ReachableEvidence } from '../model.js';
import { principalName, shortName, trafficText } from '../exposure/text.js';
import { html } from './markup.js';
import { safeText } from './text.js';

const BOX_WIDTH = 150;
const BOX_HEIGHT = 46;
const GAP = 28;
const LABEL_CHARS = 22;

interface Box {
  /** CSS class: `source`, `hop`, `target`, `principal`, `step`. */
  kind: string;
  /** What the box is (small print), then its name. */
  label: string;
  name: string;
  /** The full text, for the tooltip. */
  title: string;
}

const HOP_LABEL: Record<PathHop['kind'], string> = {
  'public-ip': 'address',
  'internet-gateway': 'internet gateway',
  'route-table': 'route table',
  'vpc-block-public-access': 'VPC BPA exclusion',
  'network-acl': 'network ACL',
  'security-group': 'security group',
  'load-balancer': 'load balancer',
};

function shorten(text: string): string {
  const chars = [...safeText(text)];
  return chars.length <= LABEL_CHARS ? chars.join('') : `${chars.slice(0, LABEL_CHARS - 1).join('')}\u2026`;
}

/**
 * The boxes in a row, joined by arrows. `caption` names the diagram for assistive technology; each
 * box carries data-kind so that tests and styles can find it.
 */
function diagram(boxes: readonly Box[], caption: string, kind: 'path' | 'chain'): string {
  const width = boxes.length * BOX_WIDTH + (boxes.length - 1) * GAP + 2;
  const height = BOX_HEIGHT + 2;
  const parts = [`<svg class="diagram ${kind}" role="img" aria-label="${html(safeText(caption))}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`];
  boxes.forEach((box, i) => {
    const x = 1 + i * (BOX_WIDTH + GAP);
    if (i > 0) {
      const from = x - GAP;
      parts.push(`<path class="arrow" d="M${from + 2} ${1 + BOX_HEIGHT / 2}H${x - 6}"></path><polygon class="arrow" points="${x - 7},${1 + BOX_HEIGHT / 2 - 4} ${x - 1},${1 + BOX_HEIGHT / 2} ${x - 7},${1 + BOX_HEIGHT / 2 + 4}"></polygon>`);
    }
    parts.push(
      `<g class="box ${box.kind}" data-kind="${html(box.kind)}"><title>${html(safeText(box.title))}</title>` +
        `<rect x="${x}" y="1" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="4"></rect>` +
        `<text class="label" x="${x + 8}" y="18">${html(shorten(box.label))}</text>` +
        `<text x="${x + 8}" y="36">${html(shorten(box.name))}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The internet, then each hop in the order the packet meets it. */
export function pathDiagram(entry: ReachableEvidence): string {
  const traffic = trafficText(entry);
  const boxes: Box[] = [{ kind: 'source', label: 'internet', name: entry.sources, title: traffic }];
  // The path lists the address first; the packet meets it last, at the resource.
  const address = entry.path[0]?.kind === 'public-ip' ? entry.path[0] : undefined;
  const rest = address ? entry.path.slice(1) : entry.path;
  for (const hop of rest) boxes.push({ kind: 'hop', label: HOP_LABEL[hop.kind] ?? hop.kind, name: hop.id, title: `${HOP_LABEL[hop.kind] ?? hop.kind} ${hop.id}: ${hop.detail}` });
  if (address) boxes.push({ kind: 'target', label: `${HOP_LABEL[address.kind] ?? address.kind}, ${entry.protocol.toUpperCase()}${entry.ports ? ` ${entry.ports}` : ''}`, name: address.id, title: `${address.id}: ${address.detail}` });
  return diagram(boxes, `Path of ${traffic}: ${boxes.map((b) => `${b.label} ${b.name}`).join(', ')}`, 'path');
}

/** The first principal, then each step and the principal it reaches. */
export function chainDiagram(chain: EscalationChain): string {
  const first = chain.steps[0];
  if (!first) return '';
  const boxes: Box[] = [{ kind: 'principal', label: principalName(first.from).split(' ')[0] ?? 'principal', name: shortName(first.from), title: first.from }];
  for (const step of chain.steps) {
    const on = step.resources.map(shortName).join(', ');
    boxes.push({ kind: 'step', label: `method ${step.method}`, name: step.actions.join(' + ') || '?', title: `${step.actions.join(' + ')}${on ? ` on ${on}` : ''}` });
    boxes.push({ kind: 'principal', label: principalName(step.to).split(' ')[0] ?? 'principal', name: shortName(step.to), title: step.to });
  }
  const conditional = chain.conditional ? ` (conditional: ${chain.conditions.join('; ')})` : '';
  return diagram(boxes, `Escalation chain: ${boxes.map((b) => b.name).join(' then ')}${conditional}`, 'chain');
}

/** The diagrams of a finding's or triage entry's evidence: at most `limit` of each kind, and how many more. */
export function evidenceDiagrams(reachable: readonly ReachableEvidence[], chains: readonly EscalationChain[], limit = 3): string {
  const parts: string[] = [];
  const more = (n: number, what: string) => (n > 0 ? `<p class="muted">${n} more ${what}${n === 1 ? '' : 's'} in the JSON report.</p>` : '');
  for (const r of reachable.slice(0, limit)) parts.push(`<figure class="evidence"><figcaption>${html(safeText(trafficText(r)))}</figcaption>${pathDiagram(r)}</figure>`);
  parts.push(more(reachable.length - limit, 'path'));
  for (const c of chains.slice(0, limit)) parts.push(`<figure class="evidence"><figcaption>Escalation${c.conditional ? ' (conditional)' : ''}</figcaption>${chainDiagram(c)}</figure>`);
  parts.push(more(chains.length - limit, 'chain'));
  return parts.join('');
}
