-- POST /api/auth/refresh, rotating: each answer's new refresh token is used by a later request of the
-- same thread. Seeded with the tokens in BENCH_TOKENS (one per line), shared out between the threads.
local file = os.getenv("BENCH_TOKENS")
local queue, head, tail = {}, 1, 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local threads, next_id = {}, 0
function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  local count, index = 0, 0
  for _ in pairs(threads) do count = count + 1 end
  local total = tonumber(os.getenv("BENCH_THREADS") or "1")
  for line in io.lines(file) do
    index = index + 1
    if index % total == (id or 1) % total and line ~= "" then
      tail = tail + 1
      queue[tail] = line
    end
  end
end

function request()
  local token = "exhausted"
  if head <= tail then
    token = queue[head]
    queue[head] = nil
    head = head + 1
  end
  return wrk.format(nil, "/api/auth/refresh", nil, string.format('{"refresh_token":"%s"}', token))
end

function response(status, headers, body)
  local token = body and body:match('"refresh_token"%s*:%s*"([^"]+)"')
  if token then
    tail = tail + 1
    queue[tail] = token
  end
end
