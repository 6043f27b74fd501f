-- GET /services?q=: what operators type for a service, in turn — right, with a wrong letter, on the wrong keyboard
-- layout, in English, cut short — against the generated catalog's names and aliases (bench/LoadCatalog.java).
dofile("bench/report.lua")
local queries = {"мрт колена", "мрт калена", "vhn rjktyf", "knee mri", "узи щитовидной железы",
  "рентген лёгких детское", "ultrasound abdomen", "rjycekmnfwbz rfhlbjkjuf", "анализ крови", "кт гол"}
local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local paths = {}
for i, query in ipairs(queries) do
  paths[i] = "/services?size=10&q=" .. encode(query)
end
local next = 0
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
request = function()
  next = next % #paths + 1
  return wrk.format("GET", paths[next])
end
