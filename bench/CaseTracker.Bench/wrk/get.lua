-- One page requested over and over with the session's headers (BENCH_COOKIE, X-Forwarded-Proto as a
-- TLS proxy would send it). Any status other than 200 counts as unexpected: a page that answers with a
-- redirect to sign-in or an error would otherwise look fast.
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE") or ""
wrk.headers["X-Forwarded-Proto"] = "https"
wrk.headers["Accept-Language"] = "en"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  unexpected = 0
end

function response(status, headers, body)
  if status ~= 200 then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local odd = 0
  for _, thread in ipairs(threads) do
    odd = odd + thread:get("unexpected")
  end
  local e = summary.errors
  io.write(string.format("wrk-result requests=%d seconds=%.3f p50=%.3f p95=%.3f p99=%.3f errors=%d unexpected=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3,
    e.connect + e.read + e.write + e.status + e.timeout, odd))
end
