// The route a reply takes back to an internet source: the subnet's route table (its explicit
// association, else the VPC's main table), longest prefix first. The sources whose most specific
// route targets an internet gateway attached to the VPC, and is not a blackhole, can reach the
// subnet. Routes to NAT gateways, transit gateways, peerings, virtual private gateways, egress-only
// gateways or endpoints claim their prefixes without being a path from the internet.

import { cidrSet, EMPTY, intersect, isEmpty, parseCidr, subtract, union, type AddressSet, type Family } from './addresses.js';
import type { InternetGateway, Route, RouteTable } from './types.js';

export interface RoutePiece {
  route: Route;
  /** The route's destination as written (a CIDR, or `pl-... (name)`). */
  destination: string;
  /** The internet gateway it targets. */
  gateway: string;
  sources: AddressSet;
}

export interface IgwRoutes {
  family: Family;
  /** Source addresses whose reply goes to an attached internet gateway. */
  sources: AddressSet;
  pieces: RoutePiece[];
  /** The routes that claim the default route's addresses otherwise, for messages ("0.0.0.0/0 -> nat-..."). */
  elsewhere: string[];
}

export interface RouteInputs {
  /** CIDRs of a prefix list by id; undefined when they could not be read. */
  prefixListCidrs(id: string): readonly string[] | undefined;
  awsManagedPrefixList(id: string): boolean;
  prefixListName(id: string): string | undefined;
}

export function targetOf(route: Route): string {
  return (
    route.GatewayId ??
    route.NatGatewayId ??
    route.TransitGatewayId ??
    route.VpcPeeringConnectionId ??
    route.EgressOnlyInternetGatewayId ??
    route.NetworkInterfaceId ??
    route.InstanceId ??
    route.LocalGatewayId ??
    route.CarrierGatewayId ??
    route.CoreNetworkArn ??
    'unknown'
  );
}

/** The route table of a subnet: the explicit association, else the main table of its VPC. */
export function routeTableOf(tables: readonly RouteTable[], subnetId: string | undefined, vpcId: string | undefined): { table: RouteTable; main: boolean } | undefined {
  const live = (state: string | undefined) => state === undefined || state === 'associated';
  if (subnetId) {
    const explicit = tables.find((t) => (t.Associations ?? []).some((a) => a.SubnetId === subnetId && live(a.AssociationState?.State)));
    if (explicit) return { table: explicit, main: false };
  }
  const main = tables.find((t) => (vpcId === undefined || t.VpcId === vpcId) && (t.Associations ?? []).some((a) => a.Main === true));
  return main && vpcId !== undefined ? { table: main, main: true } : undefined;
}

interface Destination {
  route: Route;
  set: AddressSet;
  prefix: number;
  /** Tie-break at equal prefix length: static CIDR routes, then prefix lists, then propagated routes. */
  rank: number;
  text: string;
}

export type RouteResult = { ok: true; value: IgwRoutes } | { ok: false; missing: string[] };

/**
 * Sources of `family` routed to an attached internet gateway by `table`. `gateways` undefined means
 * the internet gateways could not be read: then a route to one cannot be confirmed.
 */
export function igwRoutes(table: RouteTable, family: Family, gateways: readonly InternetGateway[] | undefined, inputs: RouteInputs): RouteResult {
  const destinations: Destination[] = [];
  const missing: string[] = [];
  for (const route of table.Routes ?? []) {
    const cidrText = family === 'ipv4' ? route.DestinationCidrBlock : route.DestinationIpv6CidrBlock;
    if (cidrText !== undefined) {
      const c = parseCidr(cidrText);
      if (c?.family === family) destinations.push({ route, set: cidrSet(c), prefix: c.prefix, rank: route.Origin === 'EnableVgwRoutePropagation' ? 2 : 0, text: cidrText });
      continue;
    }
    const pl = route.DestinationPrefixListId;
    // AWS-managed lists (S3, DynamoDB gateway endpoints) hold AWS service addresses, which never
    // open connections to a subnet: they are left out rather than carved out of the internet.
    if (!pl || inputs.awsManagedPrefixList(pl)) continue;
    const cidrs = inputs.prefixListCidrs(pl);
    if (cidrs === undefined) {
      // A list that could not be read matters only when its route leads to an internet gateway;
      // elsewhere (a gateway endpoint, a NAT) it only narrows which sources could come back.
      if (targetOf(route).startsWith('igw-') && route.State !== 'blackhole') missing.push(`the entries of prefix list ${pl} (a route destination of ${table.RouteTableId ?? 'a route table'})`);
      continue;
    }
    const name = inputs.prefixListName(pl);
    for (const text of cidrs) {
      const c = parseCidr(text);
      if (c?.family === family) destinations.push({ route, set: cidrSet(c), prefix: c.prefix, rank: 1, text: name ? `${pl} (${name})` : pl });
    }
  }
  if (missing.length) return { ok: false, missing };
  destinations.sort((a, b) => b.prefix - a.prefix || a.rank - b.rank);
  let claimed: AddressSet = EMPTY;
  let sources: AddressSet = EMPTY;
  const pieces: RoutePiece[] = [];
  const elsewhere: string[] = [];
  for (const d of destinations) {
    const fresh = subtract(d.set, claimed);
    claimed = union(claimed, d.set);
    if (isEmpty(fresh)) continue;
    const target = targetOf(d.route);
    const toGateway = target.startsWith('igw-') && d.route.State !== 'blackhole';
    if (!toGateway) {
      if (d.prefix <= 1 || d.route.State === 'blackhole') elsewhere.push(`${d.text} -> ${d.route.State === 'blackhole' ? `${target} (blackhole)` : target}`);
      continue;
    }
    if (gateways === undefined) return { ok: false, missing: ['the internet gateways (to confirm that a route target is attached)'] };
    const gateway = gateways.find((g) => g.InternetGatewayId === target);
    const attached = (gateway?.Attachments ?? []).some((a) => a.VpcId === table.VpcId && (a.State === undefined || a.State === 'available' || a.State === 'attached'));
    if (!attached) {
      elsewhere.push(`${d.text} -> ${target} (not attached to ${table.VpcId ?? 'the VPC'})`);
      continue;
    }
    sources = union(sources, fresh);
    pieces.push({ route: d.route, destination: d.text, gateway: target, sources: fresh });
  }
  return { ok: true, value: { family, sources, pieces, elsewhere } };
}

/** The routes (and gateways) that carry the replies to `sources`. */
export function piecesFor(routes: IgwRoutes, sources: AddressSet): RoutePiece[] {
  return routes.pieces.filter((p) => !isEmpty(intersect(p.sources, sources)));
}

/**
 * Ingress routing: a route table associated with the internet gateway itself (an edge association)
 * that sends the subnet's traffic to a Gateway Load Balancer or Network Firewall endpoint, or to an
 * appliance's interface. The path is then inspected, and still reachable.
 */
export function inspectionOf(tables: readonly RouteTable[], gatewayId: string, subnetCidrs: readonly string[]): string | undefined {
  const edge = tables.find((t) => (t.Associations ?? []).some((a) => a.GatewayId === gatewayId));
  if (!edge) return undefined;
  for (const route of edge.Routes ?? []) {
    const target = targetOf(route);
    if (!(target.startsWith('vpce-') || target.startsWith('eni-'))) continue;
    const dest = parseCidr(route.DestinationCidrBlock ?? route.DestinationIpv6CidrBlock);
    const covers = subnetCidrs.length === 0 || subnetCidrs.some((s) => {
      const c = parseCidr(s);
      return !!c && !!dest && c.family === dest.family && !isEmpty(intersect(cidrSet(c), cidrSet(dest)));
    });
    if (covers) return `${target} (edge route table ${edge.RouteTableId ?? '?'})`;
  }
  return undefined;
}
