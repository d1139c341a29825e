-- POST /api/auth/login as a random one of the loaded users (bench1 .. benchN, one shared password).
local users = tonumber(os.getenv("BENCH_USERS") or "1000")
local password = os.getenv("BENCH_PASSWORD")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  local body = string.format('{"username":"bench%d","password":"%s"}', math.random(1, users), password)
  return wrk.format(nil, "/api/auth/login", nil, body)
end
