// Which revision of mcpver's readers produced a snapshot. A snapshot stored on the state branch is
// reused as the previous release's only when the same readers would read it today: a reader that
// learned a new declaration style (or to record conditions) would otherwise compare what it sees
// in the new version with what an older reader saw in the old one, and report the difference in
// readers as a change in the server (a tool "added", a tool "made conditional").
//
// The revision is a digest of the readers' sources (src/surface and src/json-schema), so it changes
// whenever they do, with no one having to remember it. `npm run reader:revision` (and `npm run
// bundle`) rewrites this file; test/surface/reader-revision.test.ts fails when it is stale.

export const READER_REVISION = '92dbffb916dc';
