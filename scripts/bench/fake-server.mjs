// The fake AWS in a child process: the benchmark's parent forks it, sends it the signed requests
// its HTTP handler receives, and gets the answers back over IPC.

import { generateAccount } from './account.mjs';
import { createFakeAws } from './fake-aws.mjs';

let fake;

process.on('message', async (message) => {
  if (message.type === 'init') {
    const account = generateAccount({ resources: message.size, seed: message.seed });
    fake = createFakeAws(account, { latencyMs: message.latencyMs, enforceRateLimits: message.enforceRateLimits });
    process.send({ type: 'ready', regions: account.regions, homeRegion: account.homeRegion, counts: account.counts });
  } else if (message.type === 'request') {
    const reply = await fake.answer(message.request);
    process.send({ type: 'response', id: message.id, ...reply });
  } else if (message.type === 'stats') {
    process.send({ type: 'stats', stats: { ...fake.stats, listings: [...fake.stats.listings], rssBytes: process.memoryUsage().rss } });
  }
});
