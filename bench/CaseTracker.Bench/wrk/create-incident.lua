-- Creating an incident through the form as a caseworker would: the form is fetched (a fresh
-- antiforgery token and submission key each time), then submitted; a save answers 302 to the case page.
-- Each connection alternates; a token read from one response may be used by another connection of the
-- same thread, which the app accepts (the token belongs to the session, not the connection).
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE") or ""
wrk.headers["X-Forwarded-Proto"] = "https"
wrk.headers["Accept-Language"] = "en"

local form_path = os.getenv("BENCH_FORM_PATH")
local type_id = os.getenv("BENCH_TYPE_ID")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  unexpected = 0
  saved = 0
  tokens = {}
  counter = 0
end

function request()
  local next_form = table.remove(tokens)
  if next_form == nil then
    return wrk.format("GET", form_path)
  end
  counter = counter + 1
  local body = "__RequestVerificationToken=" .. next_form.token .. "&SubmissionKey=" .. next_form.key ..
    "&Input.Title=Benchmark+incident+" .. counter .. "&Input.Date=2024&Input.Verification=Alleged&Input.TypeIds=" .. type_id
  return wrk.format("POST", form_path, { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function response(status, headers, body)
  if status == 302 then
    saved = saved + 1
    return
  end
  local token = status == 200 and string.match(body, 'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')
  local key = status == 200 and string.match(body, 'name="SubmissionKey" value="([^"]+)"')
  if token and key then
    table.insert(tokens, { token = token, key = key })
  else
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local odd, stored = 0, 0
  for _, thread in ipairs(threads) do
    odd = odd + thread:get("unexpected")
    stored = stored + thread:get("saved")
  end
  local e = summary.errors
  io.write(string.format("wrk-result requests=%d seconds=%.3f p50=%.3f p95=%.3f p99=%.3f errors=%d unexpected=%d saved=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3,
    e.connect + e.read + e.write + e.status + e.timeout, odd, stored))
end
