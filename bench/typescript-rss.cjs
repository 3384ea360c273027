// Preloaded into each benchmarked child process: reports the process's peak RSS (KiB) on exit, so
// that mcpver, tsc and API Extractor are measured the same way.
process.on('exit', () => {
  process.stderr.write(`\nMCPVER_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
