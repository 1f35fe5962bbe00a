// Scans of the demo account through the real SDK stack (serialisation, signing, retries, HTTP,
// parsing) against the loopback fake, which answers from the demo inventory and injects faults on
// the wire. Each scan signs with its own access key id, so scans can run side by side on one fake
// endpoint, each with its own faults.
import { readFileSync } from 'node:fs';
import { iamActionOf, type AwsService } from '../../src/aws/catalogue.js';
import { SdkTransport, type SdkTransportOptions } from '../../src/aws/sdk-transport.js';
import type { AnyCheck } from '../../src/checks/define.js';
import { CHECKS } from '../../src/checks/registry.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { operationsOf } from '../../src/data/dataset.js';
import { ReplayTransport, type InventoryFile, type RecordedCall } from '../../src/data/inventory.js';
import { scan } from '../../src/engine/scan.js';
import type { Finding, ScanReport } from '../../src/model.js';
import { DEMO } from '../helpers/cli.js';
import { awsError, inventoryAnswers, startFakeAws, type Answer, type FakeAws, type Params, type Reply, type SeenRequest } from '../helpers/fake-aws-server.js';

export const DEMO_INVENTORY = JSON.parse(readFileSync(DEMO, 'utf8')) as InventoryFile;
/** The demo is judged as of its recording, so that ages (keys, certificates) do not drift with the calendar. */
export const EVALUATED_AT = new Date(DEMO_INVENTORY.recordedAt);
export const HOME_REGION = 'us-east-1';
export const SECRET_ACCESS_KEY = 'harness-secret-access-key-never-printed';
export const SESSION_TOKEN = 'harness-session-token-never-printed-FwoGZXIvYXdzEXAMPLE';

export type Fault = (req: SeenRequest, params: Params) => Answer | undefined;

export interface ScanSettings {
  checks?: readonly AnyCheck[];
  maxAttempts?: number;
  requestTimeoutMs?: number;
  /** Default 0.01: the SDK's backoff and rate-limiter waits, a hundred times shorter. */
  retryDelayScale?: number;
  concurrency?: number;
  transport?: Partial<SdkTransportOptions>;
}

export interface FaultyScan {
  report: ScanReport;
  /** What reached the endpoint from this scan, retries included. */
  requests: SeenRequest[];
  accessKeyId: string;
}

/** The demo account on loopback, answering from `calls` (the demo's by default). */
export class DemoAws {
  private readonly faults = new Map<string, Fault>();
  private scans = 0;

  private constructor(readonly fake: FakeAws) {}

  static async start(calls: readonly RecordedCall[] = DEMO_INVENTORY.calls): Promise<DemoAws> {
    let self: DemoAws | undefined;
    const fake = await startFakeAws({}, { fallback: inventoryAnswers(calls), fault: (req, params) => self?.faultOf(req, params) });
    self = new DemoAws(fake);
    return self;
  }

  close(): Promise<void> {
    return this.fake.close();
  }

  /** One scan with the CLI's retry settings (6 attempts, adaptive mode), under `fault`. */
  async scan(fault: Fault | undefined, settings: ScanSettings = {}): Promise<FaultyScan> {
    const accessKeyId = `ASIAFAKESCAN${String(++this.scans).padStart(8, '0')}`;
    if (fault) this.faults.set(accessKeyId, fault);
    const transport = new SdkTransport({
      credentials: async () => ({ accessKeyId, secretAccessKey: SECRET_ACCESS_KEY, sessionToken: SESSION_TOKEN }),
      endpointUrl: this.fake.url,
      maxAttempts: settings.maxAttempts ?? 6,
      requestTimeoutMs: settings.requestTimeoutMs ?? 5_000,
      connectionTimeoutMs: 1_000,
      retryDelayScale: settings.retryDelayScale ?? 0.01,
      env: {},
      ...settings.transport,
    });
    try {
      const { report } = await scan({
        transport,
        checks: settings.checks ?? CHECKS,
        datasets: DATASETS,
        homeRegion: HOME_REGION,
        concurrency: settings.concurrency ?? 16,
        source: 'aws',
        evaluatedAt: EVALUATED_AT,
      });
      return { report, requests: this.fake.requests.filter((r) => r.accessKeyId === accessKeyId), accessKeyId };
    } finally {
      transport.destroy();
      this.faults.delete(accessKeyId);
    }
  }

  private faultOf(req: SeenRequest, params: Params): Answer | undefined {
    return req.accessKeyId ? this.faults.get(req.accessKeyId)?.(req, params) : undefined;
  }
}

/** The same scan replayed from the inventory, with no SDK at all. */
export async function replayDemo(calls: readonly RecordedCall[] = DEMO_INVENTORY.calls, checks: readonly AnyCheck[] = CHECKS): Promise<ScanReport> {
  const { report } = await scan({
    transport: new ReplayTransport({ ...DEMO_INVENTORY, calls: [...calls] }),
    checks,
    datasets: DATASETS,
    homeRegion: HOME_REGION,
    concurrency: 16,
    source: 'inventory',
    evaluatedAt: EVALUATED_AT,
  });
  return report;
}

/** A finding as a comparable line. */
export function line(f: Finding): string {
  return [f.checkId, f.status, f.region, f.resourceId, f.resourceArn, f.message].join(' | ');
}

export const lines = (findings: readonly Finding[]): string[] => findings.map(line).sort();

/** The checks whose datasets call `service:operation`, directly or through a dependency. */
export function checksNeeding(service: string, operation: string, checks: readonly AnyCheck[] = CHECKS): Set<string> {
  const op = `${service}:${operation}`;
  return new Set(checks.filter((c) => (operationsOf(DATASETS, c.reads) as string[]).includes(op)).map((c) => c.id));
}

/** True when the request is `service:operation`, in `region` when one is given. */
export const is = (req: SeenRequest, service: string, operation: string, region?: string) =>
  req.service === service && req.operation === operation && (region === undefined || req.region === region);

const JSON_SERVICES = new Set(['kms', 'cloudtrail']);
const QUERY_SERVICES = new Set(['sts', 'iam', 'rds', 'elbv2']);

/** How each service refuses an action the policy does not allow. */
export function accessDenied(service: string, operation: string): Reply {
  const action = iamActionOf(service as AwsService, operation);
  const why = `User: arn:aws:sts::123456789012:assumed-role/auditor/scan is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`;
  if (service === 'ec2') return awsError('ec2', 'UnauthorizedOperation', `You are not authorized to perform this operation. ${why}`, 403);
  if (JSON_SERVICES.has(service)) return awsError(service, 'AccessDeniedException', why, 400);
  return awsError(service, 'AccessDenied', why, 403);
}

/** How each service says "slow down". */
export function throttled(service: string): Reply {
  if (service === 'ec2') return awsError('ec2', 'RequestLimitExceeded', 'Request limit exceeded.', 503);
  if (service === 's3' || service === 's3control') return awsError(service, 'SlowDown', 'Please reduce your request rate.', 503);
  if (JSON_SERVICES.has(service)) return awsError(service, 'ThrottlingException', 'Rate exceeded', 400);
  return awsError(service, 'Throttling', 'Rate exceeded', 400);
}

/** How a region that is not enabled for the account answers: it does not know the credentials. */
export function regionNotEnabled(service: string): Reply {
  if (service === 'ec2') return awsError('ec2', 'AuthFailure', 'AWS was not able to validate the provided access credentials', 401);
  if (JSON_SERVICES.has(service)) return awsError(service, 'UnrecognizedClientException', 'The security token included in the request is invalid.', 400);
  if (QUERY_SERVICES.has(service)) return awsError(service, 'InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
  return awsError(service, 'InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
}

/** How a service answers an action it does not offer in a region. */
export function notOffered(service: string, operation: string): Reply {
  if (JSON_SERVICES.has(service)) return awsError(service, 'UnknownOperationException', `${operation} is not supported in this region`, 400);
  return awsError(service, 'InvalidAction', `The action ${operation} is not valid for this web service.`, 400);
}

/** A number in [0, 1) that depends only on `text`: which requests a fault hits does not depend on timing. */
export function unitHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * A result that a failed read changed only in its wording: same status as in the baseline, and the
 * message says which action could not be read. Checks whose verdict does not rest on a read (it only
 * adds context, such as whether a cluster's security groups are open) answer this way.
 */
export function contextOnly(f: Finding, baselineFindings: readonly Finding[], action: string): boolean {
  if (f.status === 'ERROR' || !f.message.includes(action)) return false;
  return baselineFindings.some((b) => b.checkId === f.checkId && b.resourceArn === f.resourceArn && b.region === f.region && b.status === f.status);
}
