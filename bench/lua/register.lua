-- POST /api/auth/register with a new username each time.
local password = os.getenv("BENCH_PASSWORD")
local counter = 0
local thread_id = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local next_id = 0
function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
end

function init(args)
  thread_id = id or 0
  math.randomseed(os.time() + thread_id)
end

function request()
  counter = counter + 1
  local name = string.format("reg%d_%d_%d", thread_id, math.random(1, 1000000000), counter)
  local body = string.format('{"username":"%s","email":"%s@example.com","password":"%s"}', name, name, password)
  return wrk.format(nil, "/api/auth/register", nil, body)
end
