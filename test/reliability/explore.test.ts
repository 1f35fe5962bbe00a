import { expect, it } from 'vitest';
import { DemoAws } from './harness.js';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
it('x', async () => {
  const demo = await DemoAws.start();
  await demo.scan(undefined);
  const orig = SdkTransport.prototype.send;
  SdkTransport.prototype.send = async function (req) {
    const s = performance.now();
    try { return await orig.call(this, req); } catch (e) { if (req.service.startsWith('s3')) console.log('ERR', req.operation, Math.round(performance.now() - s), (e as Error).message.slice(0, 100)); throw e; }
  };
  const { report } = await demo.scan(undefined, { requestTimeoutMs: 300 });
  SdkTransport.prototype.send = orig;
  console.log(report.findings.filter((f) => f.status === 'ERROR').length);
  await demo.close();
  expect(1).toBe(1);
}, 60000);
