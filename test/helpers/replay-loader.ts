// A dataset loader over recorded calls, as a replayed scan has, that also lists the requests sent.
import type { AwsRequest } from '../../src/aws/errors.js';
import { AwsData } from '../../src/data/aws-data.js';
import { DatasetLoader } from '../../src/data/dataset.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION, ReplayTransport, type RecordedCall } from '../../src/data/inventory.js';
import type { ScanAccount } from '../../src/model.js';
import { ACCOUNT, NOW } from './check-harness.js';

export function replayLoader(calls: RecordedCall[], regions: string[], homeRegion = 'us-east-1', account: ScanAccount = ACCOUNT): { loader: DatasetLoader; sent: AwsRequest[] } {
  const transport = new ReplayTransport({
    format: INVENTORY_FORMAT,
    version: INVENTORY_VERSION,
    tool: { name: 'aws-posture', version: 'test' },
    recordedAt: NOW.toISOString(),
    account,
    regions,
    calls,
  });
  const sent: AwsRequest[] = [];
  const spy = {
    send: (req: AwsRequest) => {
      sent.push(req);
      return transport.send(req);
    },
  };
  const loader = new DatasetLoader(DATASETS, new AwsData(spy, { concurrency: 4 }), { regions, homeRegion, account });
  return { loader, sent };
}
