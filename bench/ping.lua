-- GET /ping with the bearer token in $BENCH_TOKEN: the secured no-op baseline.
dofile("bench/report.lua")
wrk.method = "GET"
wrk.path = "/ping"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
