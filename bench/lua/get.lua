-- GET wrk's URL, with an Authorization header, a Cookie or Stack's access-token header taken from the environment
-- when set.
local authorization = os.getenv("BENCH_AUTHORIZATION")
local cookie = os.getenv("BENCH_COOKIE")
if authorization and authorization ~= "" then wrk.headers["Authorization"] = authorization end
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
local stack = os.getenv("BENCH_STACK_TOKEN")
if stack and stack ~= "" then wrk.headers["x-stack-access-token"] = stack end
