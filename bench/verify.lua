-- POST /quotes/verify: three lines at branch b2 — a plain service, one under a running promotion (P6 on S6) and a
-- SUM_MINUS_PERCENT bundle. With BENCH_QUOTED set, the request carries that quoted total and the verifier searches
-- for an explanation as well.
dofile("bench/report.lua")
local quoted = os.getenv("BENCH_QUOTED")
wrk.method = "POST"
wrk.path = "/quotes/verify"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Content-Type"] = "application/json"
-- the same items as bench/verify-body
wrk.body = '{"branch": "b2", "channel": "PHONE", "items": [{"service": "S100", "quantity": 1}, '
  .. '{"service": "S6", "quantity": 2}, {"service": "BND1", "quantity": 1}]'
  .. (quoted and (', "quotedTotal": {"amount": "' .. quoted .. '", "currency": "RUB"}') or '') .. '}'
