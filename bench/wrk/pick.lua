-- wrk script: POSTs a request body drawn at random from BENCH_BODIES (one JSON per line),
-- with the session cookie and CSRF header, and counts answers that are not 200 or carry
-- GraphQL errors. Prints one BENCH_RESULT JSON line at the end.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local cookie = os.getenv("BENCH_COOKIE") or ""
if #cookie > 0 then wrk.headers["Cookie"] = cookie end
local csrf = os.getenv("BENCH_CSRF") or ""
if #csrf > 0 then wrk.headers["X-CSRFToken"] = csrf end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + seed)
  failed = 0
end

function request()
  return wrk.format(nil, nil, nil, bodies[math.random(1, #bodies)])
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors":', 1, true) then failed = failed + 1 end
end

function done(summary, latency, requests)
  local failed_total = 0
  for _, t in ipairs(threads) do failed_total = failed_total + (t:get("failed") or 0) end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,"socketErrors":%d,"failed":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout, failed_total))
end
