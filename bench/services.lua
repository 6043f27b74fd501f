-- GET /services?size=10: the first page of the catalog read from PostgreSQL, the baseline for search from memory.
dofile("bench/report.lua")
wrk.method = "GET"
wrk.path = "/services?size=10"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
