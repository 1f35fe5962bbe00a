// One scan of one account: who we are, which regions, then every selected check.

import { AwsCallError, describeAwsError, toAwsError, type AwsRequest } from '../aws/errors.js';
import type { InFlightSlot, Transport } from '../aws/transport.js';
import type { AnyCheck } from '../checks/define.js';
import { AwsData } from '../data/aws-data.js';
import { DatasetLoader, type AnyDataset } from '../data/dataset.js';
import type { Recorder } from '../data/inventory.js';
import type { OrganizationContext } from '../data/organization.js';
import type { ScanAccount, ScanReport } from '../model.js';
import { TOOL } from '../version.js';
import { runChecks, setAsideUnavailable, type ProgressEvent, type UnavailableService } from './runner.js';

/** The scan could not run at all (credentials, endpoint, regions): the CLI exits 2. */
export class ScanSetupError extends Error {
  override readonly name = 'ScanSetupError';
}

/** What a scan evaluates. */
export interface ScanSelection {
  checks: readonly AnyCheck[];
  datasets: ReadonlyMap<string, AnyDataset>;
}

/**
 * What a scan evaluates, given, or loaded by `select` while the scan's first request is on its way:
 * that request (sts:GetCallerIdentity) needs none of it, and loading the checks blocks the event loop
 * that sends the request.
 */
export type ScanOptions = ScanSettings & (ScanSelection | { select: () => Promise<ScanSelection> });

export interface ScanSettings {
  transport: Transport;
  /** Regions asked for; undefined means every region enabled for the account. */
  regions?: readonly string[];
  homeRegion: string;
  concurrency: number;
  source: ScanReport['source'];
  recorder?: Recorder;
  now?: () => Date;
  /**
   * The moment age-based checks measure from (key age, certificate expiry). A replayed inventory
   * is judged as of its recording, so that the same file always gives the same findings.
   */
  evaluatedAt?: Date;
  onProgress?: (event: ProgressEvent) => void;
  /**
   * What the organization's management account read for this account (`scan --org`): the
   * `organizations.context` dataset gives it to the checks.
   */
  organization?: OrganizationContext;
  /** Told who is being scanned, once the identity is known. */
  onIdentity?: (account: ScanAccount, regions: readonly string[]) => void;
}

export interface ScanOutcome {
  report: ScanReport;
  requests: AwsData['stats'];
}

export async function scan(options: ScanOptions): Promise<ScanOutcome> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const outcomes = new OutcomeLog(options.transport);
  // AWS's request-rate limits bind only a live scan; a replay runs as fast as it can.
  const aws = new AwsData(outcomes, {
    concurrency: options.concurrency,
    paced: options.source === 'aws',
    ...(options.recorder ? { recorder: options.recorder } : {}),
  });
  // EC2 lists the Regions right after STS: its SDK module, the largest (about 0.3 s to load on a
  // small machine), loads while STS answers.
  options.transport.prepare?.(['ec2']);
  const sent = options.transport.whenSent?.();
  const identifying = identifyCaller(aws, options.homeRegion, () => credentialSourceOf(options.transport));
  // A selection that fails (an unknown check, say) is the error to report, whatever the identity call does.
  identifying.catch(() => undefined);
  const { checks, datasets } = 'select' in options ? await selectOnceSent(options.select, sent, identifying) : options;
  const account = await identifying;
  const enabled = await enabledRegions(aws, options.homeRegion);
  const regions = chooseRegions(options.regions, enabled);
  options.onIdentity?.(account, regions);

  const scope = { regions, homeRegion: options.homeRegion, account, ...(options.organization ? { organization: options.organization } : {}) };
  const loader = new DatasetLoader(datasets, aws, scope);
  const run = await runChecks({
    checks,
    datasets,
    loader,
    scope,
    now: options.evaluatedAt ?? startedAt,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const result = setAsideUnavailable(run, outcomes.unavailable(), { checks, datasets, regions });
  const report: ScanReport = {
    tool: { ...TOOL },
    account,
    regions: [...regions],
    startedAt: startedAt.toISOString(),
    finishedAt: now().toISOString(),
    source: options.source,
    checks: result.checks,
    findings: result.findings,
    notes: [...result.notes, ...loader.notes()],
  };
  return { report, requests: aws.stats };
}

/** Runs `select` once the first request has been sent, or has failed before it could be. */
async function selectOnceSent(select: () => Promise<ScanSelection>, sent: Promise<void> | undefined, identifying: Promise<unknown>): Promise<ScanSelection> {
  if (sent) await Promise.race([sent, identifying.then(noop, noop)]);
  return select();
}

const noop = () => undefined;

/**
 * Sees the final outcome of every request (after the SDK's retries), to tell a service that answered
 * nothing in a region from one that failed now and then.
 */
class OutcomeLog implements Transport {
  private readonly pairs = new Map<string, { service: string; region: string; answered: number; unavailable: number; other: number; first?: { code: string; message: string } }>();

  constructor(private readonly inner: Transport) {}

  async send(req: AwsRequest, slot?: InFlightSlot): Promise<Record<string, unknown>> {
    const key = `${req.service}@${req.region}`;
    let pair = this.pairs.get(key);
    if (!pair) {
      pair = { service: req.service, region: req.region, answered: 0, unavailable: 0, other: 0 };
      this.pairs.set(key, pair);
    }
    try {
      const output = await this.inner.send(req, slot);
      pair.answered++;
      return output;
    } catch (err) {
      const { info } = toAwsError(err, req);
      if (info.kind === 'unavailable') {
        pair.unavailable++;
        pair.first ??= { code: info.code, message: info.message };
      } else {
        pair.other++;
      }
      throw err;
    }
  }

  /** Pairs where every request failed as unavailable; one success or one other failure is enough to keep the ERRORs. */
  unavailable(): UnavailableService[] {
    return [...this.pairs.values()]
      .filter((p) => p.answered === 0 && p.other === 0 && p.unavailable > 0)
      .map((p) => ({ service: p.service, region: p.region, code: p.first!.code, message: p.first!.message }));
  }
}

/** The SDK transport knows where its credentials came from; a replay has none. */
function credentialSourceOf(transport: Transport): string | undefined {
  const source = (transport as { credentialSource?: unknown }).credentialSource;
  return typeof source === 'string' && source ? source : undefined;
}

/** Codes by which AWS says the credentials themselves are wrong (unknown key, bad secret, expired token). */
const REJECTED_CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'AuthFailure',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidSignatureException',
  'InvalidAccessKeyId',
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'InvalidToken',
]);
/** Raised before any request is signed: no credentials could be found or loaded. */
const MISSING_CREDENTIALS = new Set(['UsageError', 'CredentialsProviderError', 'TokenProviderError']);

/**
 * Who the credentials belong to (sts:GetCallerIdentity), or a ScanSetupError saying why that could not be
 * known. `credentialSource` is asked after the call: the SDK transport learns the source as it resolves
 * the credentials.
 */
export async function identifyCaller(aws: AwsData, homeRegion: string, credentialSource: () => string | undefined = () => undefined): Promise<ScanAccount> {
  const req: AwsRequest = { service: 'sts', operation: 'GetCallerIdentity', region: homeRegion, input: {} };
  let out: Record<string, unknown> | undefined;
  try {
    out = await aws.call(req);
  } catch (err) {
    throw new ScanSetupError(identityFailure(err, credentialSource()));
  }
  const arn = typeof out?.Arn === 'string' ? out.Arn : '';
  const id = typeof out?.Account === 'string' ? out.Account : '';
  if (!arn || !/^\d{12}$/.test(id)) throw new ScanSetupError('sts:GetCallerIdentity returned no account id or ARN');
  return { id, principalArn: arn, partition: arn.split(':')[1] || 'aws' };
}

async function enabledRegions(aws: AwsData, homeRegion: string): Promise<string[]> {
  const req: AwsRequest = { service: 'ec2', operation: 'DescribeRegions', region: homeRegion, input: {} };
  try {
    const out = await aws.call(req);
    const regions = (out?.Regions as Array<{ RegionName?: string; OptInStatus?: string }> | undefined) ?? [];
    return regions
      .filter((r) => r.RegionName && (r.OptInStatus === undefined || r.OptInStatus !== 'not-opted-in'))
      .map((r) => r.RegionName!)
      .sort();
  } catch (err) {
    throw new ScanSetupError(`Could not list the account's regions with ec2:DescribeRegions: ${setupReason(err)}`);
  }
}

function chooseRegions(asked: readonly string[] | undefined, enabled: readonly string[]): string[] {
  if (!asked) {
    if (enabled.length === 0) throw new ScanSetupError('ec2:DescribeRegions returned no enabled region');
    return [...enabled];
  }
  const unknown = asked.filter((r) => !enabled.includes(r));
  if (unknown.length > 0) {
    throw new ScanSetupError(`Region ${unknown.join(', ')} is not enabled for this account (enabled: ${enabled.join(', ')})`);
  }
  return [...new Set(asked)].sort();
}

/** One line: what went wrong with the caller's identity, and which credentials were tried. */
function identityFailure(err: unknown, credentialSource: string | undefined): string {
  const from = credentialSource ? ` (credentials from ${credentialSource})` : '';
  if (err instanceof AwsCallError) {
    const { code, message, region } = err.info;
    // The CLI's credential provider already names the source it tried.
    if (code === 'UsageError') return message;
    if (MISSING_CREDENTIALS.has(code)) return `No usable AWS credentials${from}: ${message}`;
    if (REJECTED_CREDENTIALS.has(code)) {
      return `AWS rejected the credentials${from} at sts:GetCallerIdentity in ${region}: ${code}: ${message}`;
    }
  }
  return `Could not identify the caller with sts:GetCallerIdentity${from}: ${setupReason(err)}`;
}

function setupReason(err: unknown): string {
  if (err instanceof AwsCallError) {
    if (err.info.kind === 'not-recorded') return 'the inventory holds no answer for it';
    if (err.info.kind === 'network' || err.info.kind === 'timeout') return `the endpoint could not be reached (${err.info.code}: ${err.info.message})`;
    return describeAwsError(err.info);
  }
  return err instanceof Error ? err.message : String(err);
}
