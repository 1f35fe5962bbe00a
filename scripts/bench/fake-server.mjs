// The fake AWS in a child process: the benchmark's parent forks it, sends it the signed requests
// its HTTP handler receives, and gets the answers back over IPC.

import { generateAccount } from './account.mjs';
import { createFakeAws } from './fake-aws.mjs';
import { SERVICES } from './wire.mjs';

let fake;

process.on('message', async (message) => {
  if (message.type === 'init') {
    const account = generateAccount({ resources: message.size, seed: message.seed });
    fake = createFakeAws(account, { latencyMs: message.latencyMs, enforceRateLimits: message.enforceRateLimits });
    // Response shapes come from the SDK modules' schemas; loading them now keeps that cost out of the first answers.
    await Promise.all(Object.values(SERVICES).map((s) => import(s.module)));
    process.send({ type: 'ready', regions: account.regions, homeRegion: account.homeRegion, counts: account.counts });
  } else if (message.type === 'request') {
    const reply = await fake.answer(message.request);
    process.send({ type: 'response', id: message.id, ...reply });
  } else if (message.type === 'stats') {
    process.send({ type: 'stats', stats: { ...fake.stats, listings: [...fake.stats.listings], rssBytes: process.memoryUsage().rss } });
  }
});
