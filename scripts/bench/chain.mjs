// The longest chain of requests that must follow one another in a scan, whatever the concurrency:
// no schedule can finish before chain × latency.
//
// Computed from the dataset declarations and the pages the fake served:
// - every scan starts with sts:GetCallerIdentity then ec2:DescribeRegions (2 requests);
// - a dataset starts when the last of its `deps` is loaded (a global dep is loaded once, in the home Region);
// - a dataset's declared operations run one after the other in declared order (a listing, then the
//   per-item reads of what it listed), each contributing its paging depth: the most pages any one
//   listing of that operation needed in that Region. A per-item read is a "listing" of one page per
//   item, so a fan-out adds 1, and a paginated per-item read (parameters of a DB parameter group)
//   adds its own page count. An operation that was never called adds nothing.
// The chain is the deepest (dataset, Region) by that sum.

const SCAN_PREFIX = ['sts:GetCallerIdentity', 'ec2:DescribeRegions'];

/** Most pages served for one listing of each operation, by `service:Operation` and Region. */
function pagingDepths(listings) {
  const depth = new Map();
  for (const [key, pages] of listings) {
    const [service, region, operation] = key.split('|');
    const id = `${service}:${operation}`;
    const byRegion = depth.get(id) ?? new Map();
    byRegion.set(region, Math.max(byRegion.get(region) ?? 0, pages));
    depth.set(id, byRegion);
  }
  return depth;
}

export function longestChain(datasets, listings, { homeRegion, regions }) {
  const depths = pagingDepths(listings);
  const pagesOf = (op, region, global) => {
    const byRegion = depths.get(op);
    if (!byRegion) return 0;
    // A global dataset may call any Region (trails are described per Region, buckets read in theirs).
    return global ? Math.max(0, ...byRegion.values()) : byRegion.get(region) ?? 0;
  };
  const memo = new Map();
  const depthOf = (id, region) => {
    const spec = datasets.get(id);
    const where = spec.scope === 'global' ? homeRegion : region;
    const key = `${id}@${where}`;
    if (memo.has(key)) return memo.get(key);
    let best = { length: 0, path: [] };
    for (const dep of spec.deps ?? []) {
      const d = depthOf(dep, where);
      if (d.length > best.length) best = d;
    }
    const own = spec.operations.map((op) => [op, pagesOf(op, where, spec.scope === 'global')]).filter(([, pages]) => pages > 0);
    const result = {
      length: best.length + own.reduce((sum, [, pages]) => sum + pages, 0),
      path: [...best.path, ...own.map(([op, pages]) => (pages > 1 ? `${op}×${pages} pages` : op))],
      region: spec.scope === 'global' ? 'global' : where,
    };
    memo.set(key, result);
    return result;
  };
  let longest = { length: 0, path: [] };
  for (const id of datasets.keys()) {
    for (const region of regions) {
      const d = depthOf(id, region);
      if (d.length > longest.length) longest = { ...d, dataset: id };
    }
  }
  return { length: SCAN_PREFIX.length + longest.length, dataset: longest.dataset, region: longest.region, path: [...SCAN_PREFIX, ...longest.path] };
}
