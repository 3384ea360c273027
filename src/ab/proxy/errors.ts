// The proxy's domain error: a flag, a definition or a store that makes `mcpver ab proxy` unable to
// start, with a message that says what to change. Faults while running never throw to the client:
// they become JSON-RPC errors (upstream) or reports on stderr (the store).

export class ProxyError extends Error {
  override name = 'ProxyError';
}
