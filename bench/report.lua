-- Shared by the wrk scripts: one parseable line per run.
-- RESULT <name> <requests/s> <p50 ms> <p99 ms> <non-2xx> <socket errors>
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %s %.1f %.3f %.3f %d %d\n", os.getenv("BENCH_NAME") or "run",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, errors))
end
