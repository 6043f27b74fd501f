-- POST /quotes: the same three lines, each request a new quote (a unique Idempotency-Key per request, or none
-- with BENCH_NO_KEY set).
dofile("bench/report.lua")
local counter = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end
function request()
  counter = counter + 1
  local headers = {
    ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
    ["Content-Type"] = "application/json",
  }
  if not os.getenv("BENCH_NO_KEY") then
    headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", os.getenv("BENCH_RUN") or "0", thread_id, counter)
  end
  return wrk.format("POST", "/quotes", headers, '{"branch": "b2", "channel": "PHONE", "items": ['
    .. '{"service": "S100", "quantity": 1}, {"service": "S6", "quantity": 2}, {"service": "BND1", "quantity": 1}]}')
end
