// Where a scan's data comes from: a recorded inventory (--inventory), or the live API through the SDK;
// and the inventory a scan records (--save-inventory).

import type { Transport } from '../aws/transport.js';
import type { InventoryFile, Recorder } from '../data/inventory.js';
import type { ScanReport } from '../model.js';
import { readJson } from '../read-file.js';
import { UsageError } from './errors.js';
import type { CliIO } from './io.js';

export interface Connection {
  transport: Transport;
  homeRegion: string;
  source: ScanReport['source'];
  /** A replay is judged as of its recording. */
  evaluatedAt?: Date;
}

export interface SourceFlags {
  inventory?: string;
  profile?: string;
  endpointUrl?: string;
}

export async function connect(flags: SourceFlags, io: CliIO, requestTimeoutMs: number): Promise<Connection> {
  if (flags.inventory) return await replay(flags.inventory);
  const { liveSetup } = await import('./aws-setup.js');
  const live = await liveSetup({
    env: io.env,
    requestTimeoutMs,
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.endpointUrl ? { endpointUrl: flags.endpointUrl } : {}),
  });
  return { transport: live.transport, homeRegion: live.homeRegion, source: 'aws' };
}

// The inventory module (and its schema validator) loads only for a replay or a recording: a live scan's
// first request does not wait for it.
async function replay(file: string): Promise<Connection> {
  const { inventoryProblem, ReplayTransport } = await import('../data/inventory.js');
  const data = readJson(file, 'inventory file', (message) => new UsageError(message));
  const problem = inventoryProblem(data);
  if (problem) throw new UsageError(`Inventory file ${file} is not valid: ${problem}`);
  const inventory = data as InventoryFile;
  const homeRegion = inventory.calls.find((c) => c.service === 'sts')?.region ?? 'us-east-1';
  const recordedAt = new Date(inventory.recordedAt);
  return {
    transport: new ReplayTransport(inventory),
    homeRegion,
    source: 'inventory',
    ...(Number.isNaN(recordedAt.getTime()) ? {} : { evaluatedAt: recordedAt }),
  };
}

export async function inventoryText(report: ScanReport, recorder: Recorder, evaluatedAt: Date | undefined): Promise<string> {
  const { INVENTORY_FORMAT, INVENTORY_VERSION } = await import('../data/inventory.js');
  const inventory: InventoryFile = {
    format: INVENTORY_FORMAT,
    version: INVENTORY_VERSION,
    tool: report.tool,
    recordedAt: evaluatedAt?.toISOString() ?? report.startedAt,
    account: report.account,
    regions: report.regions,
    calls: recorder.entries(),
  };
  return `${JSON.stringify(inventory, null, 1)}\n`;
}
