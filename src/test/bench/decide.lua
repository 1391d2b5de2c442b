-- IDS="11 12 13" STEP=START_REVIEW wrk -t1 -c4 -d10s -s src/test/bench/decide.lua http://localhost:8080
-- IDS="11 12 13" STEP=DENY wrk -t1 -c4 -d10s -s src/test/bench/decide.lua http://localhost:8080
-- Takes one workflow step, as reviewer1 (HTTP Basic), on each request in $IDS in turn: first every
-- request into review, then a denial of each. Every step is one transaction that also appends to
-- the statistics ledger. Requests past the end of $IDS answer 409 (counted by wrk as non-2xx).
local ids = {}
for id in string.gmatch(os.getenv("IDS") or "", "%d+") do ids[#ids + 1] = id end
local step = os.getenv("STEP") or "START_REVIEW"
local body = '{"action":"START_REVIEW"}'
if step == "DENY" then
  body = '{"action":"DENY","reasonCode":"OTHER","comment":"Benchmark."}'
end
local next = 1
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic cmV2aWV3ZXIxOmRlbW8="
request = function()
  local id = ids[next] or ids[#ids]
  next = next + 1
  return wrk.format(nil, "/api/requests/" .. id .. "/transitions", nil, body)
end
