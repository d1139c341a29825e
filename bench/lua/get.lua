-- GET wrk's URL, with an Authorization header or a Cookie taken from the environment when set.
local authorization = os.getenv("BENCH_AUTHORIZATION")
local cookie = os.getenv("BENCH_COOKIE")
if authorization and authorization ~= "" then wrk.headers["Authorization"] = authorization end
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
