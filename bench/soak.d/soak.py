#!/usr/bin/env python3
"""The soak test behind bench/soak: two instances of the jar behind HAProxy on a PostgreSQL and a Redis of its
own, a mixed load at a fixed rate, four faults in turn, and the checks (see the head of bench/soak).

Everything it starts is a child of this process (PostgreSQL through pg_ctl); each pid goes to <work>/pids so that
bench/soak's trap can end what an abrupt exit left behind."""
import argparse, http.client, json, os, queue, random, shutil, signal, socket, subprocess, sys, threading, time
import urllib.parse

ap = argparse.ArgumentParser()
ap.add_argument("--duration", type=int, default=120)
ap.add_argument("--rate", type=float, default=40.0)
ap.add_argument("--jar", required=True)
ap.add_argument("--work", required=True)
ap.add_argument("--java-opts", default="")
args = ap.parse_args()

WORK = args.work
T0 = None                      # monotonic start of the load
LOCK = threading.Lock()
procs = {}                     # name -> Popen
as_root = os.geteuid() == 0


def log(msg):
    t = "" if T0 is None else f"[{time.monotonic() - T0:7.1f}s] "
    print(f"{t}{msg}", flush=True)


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p


def note_pid(name, pid):
    with open(os.path.join(WORK, "pids"), "a") as f:
        f.write(f"{name} {pid}\n")


def wait_until(pred, timeout, what):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if pred():
                return
        except Exception:
            pass
        time.sleep(0.1)
    raise SystemExit(f"timed out waiting for {what}")


# --- PostgreSQL of our own -----------------------------------------------------------------------------------
PG_PORT, REDIS_PORT, HA_PORT, STATS_PORT = free_port(), free_port(), free_port(), free_port()
INST_PORTS = {"a": free_port(), "b": free_port()}
pg_bin = sorted(d for d in os.listdir("/usr/lib/postgresql"))[-1]
PG_BIN = f"/usr/lib/postgresql/{pg_bin}/bin"
import tempfile
PG_DIR = tempfile.mkdtemp(prefix="warden-soak-pg.")   # outside WORK: the postgres user must reach it


def as_pg(cmd):
    return (["runuser", "-u", "postgres", "--"] + cmd) if as_root else cmd


def pg_ctl(*a):
    cmd = as_pg([f"{PG_BIN}/pg_ctl", "-D", f"{PG_DIR}/data", "-l", f"{PG_DIR}/log", "-w", "-t", "60",
                 "-o", f"-p {PG_PORT} -c listen_addresses=127.0.0.1 -c unix_socket_directories={PG_DIR}"
                       " -c max_connections=60", *a])
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def psql(sql):
    r = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "-d", "warden", "-At",
                        "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, capture_output=True, text=True)
    return r.stdout


def start_pg():
    with open(os.path.join(WORK, "pgdir"), "w") as f:
        f.write(PG_DIR)
    if as_root:
        shutil.chown(PG_DIR, "postgres", "postgres")
    subprocess.run(as_pg([f"{PG_BIN}/initdb", "-D", f"{PG_DIR}/data", "-A", "trust", "-U", "postgres",
                          "--no-sync", "-E", "UTF8"]), check=True, stdout=subprocess.DEVNULL)
    pg_ctl("start")
    with open(f"{PG_DIR}/data/postmaster.pid") as f:
        note_pid("postgres", f.readline().strip())
    subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "-qc",
                    "CREATE DATABASE warden"], check=True)


# --- Redis of our own (append-only file, fsync at every write: a SIGKILL loses nothing it acknowledged) ---------
def start_redis():
    d = os.path.join(WORK, "redis"); os.makedirs(d, exist_ok=True)
    p = subprocess.Popen(["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "",
                          "--appendonly", "yes", "--appendfsync", "always", "--dir", d],
                         stdout=open(os.path.join(WORK, "redis.log"), "a"), stderr=subprocess.STDOUT)
    procs["redis"] = p; note_pid("redis", p.pid)
    wait_until(lambda: socket.create_connection(("127.0.0.1", REDIS_PORT), 0.2).close() or True, 20, "redis")


# --- the two instances -----------------------------------------------------------------------------------------
BALANCER = f"http://127.0.0.1:{HA_PORT}"
secrets_key = subprocess.run(["openssl", "rand", "-base64", "32"], capture_output=True, text=True).stdout.strip()
inst_env = dict(os.environ,
                AUTH_PUBLIC_URL=BALANCER,
                DATASOURCES_DEFAULT_URL=f"jdbc:postgresql://127.0.0.1:{PG_PORT}/warden",
                DATASOURCES_DEFAULT_USERNAME="postgres", DATASOURCES_DEFAULT_PASSWORD="",
                REDIS_URI=f"redis://127.0.0.1:{REDIS_PORT}", AUTH_SECRETS_KEY=secrets_key,
                AUTH_RATE_LIMITS_REGISTER="off", AUTH_RATE_LIMITS_LOGIN="off", AUTH_RATE_LIMITS_LEGACY="off",
                AUTH_RATE_LIMITS_FORGOT_PASSWORD="off", AUTH_RATE_LIMITS_SEND_VERIFICATION="off",
                AUTH_LOGIN_THROTTLE_ADDRESS_FAILURES="100000000/1m", AUTH_LOGIN_THROTTLE_ACCOUNT_FAILURES="100000/1m")
for k in ("MICRONAUT_ENVIRONMENTS", "AUTH_STORAGE", "AUTH_REDIS_KEY_PREFIX"):
    inst_env.pop(k, None)


def health(url, timeout=1.0):
    u = urllib.parse.urlsplit(url)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        c.request("GET", "/health"); return c.getresponse().status
    finally:
        c.close()


def start_instance(name, wait=True):
    env = dict(inst_env, MICRONAUT_SERVER_PORT=str(INST_PORTS[name]))
    # stop-the-world pauses (collections and every other safepoint) go to gc-<name>-<pid>.log
    gc_log = f"-Xlog:gc,safepoint:file={WORK}/gc-{name}-%p.log:uptime,time"
    p = subprocess.Popen(["java", *args.java_opts.split(), gc_log, "-jar", args.jar], env=env, cwd=WORK,
                         stdout=open(os.path.join(WORK, f"instance-{name}.log"), "a"), stderr=subprocess.STDOUT)
    procs[name] = p; note_pid(name, p.pid)
    if wait:
        wait_until(lambda: health(f"http://127.0.0.1:{INST_PORTS[name]}") == 200, 120, f"instance {name}")
    return p


# --- HAProxy -----------------------------------------------------------------------------------------------
def start_haproxy():
    cfg = os.path.join(WORK, "haproxy.cfg")
    with open(cfg, "w") as f:
        f.write(f"""global
    maxconn 2000
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
frontend warden
    bind 127.0.0.1:{HA_PORT}
    default_backend instances
backend instances
    balance roundrobin
    # /health answers 503 (DOWN) while Redis or PostgreSQL is away, on both instances alike: taking them out
    # would turn the service's own 503s (and its working bearer requests) into HAProxy's. Any HTTP answer means
    # the instance is alive; a refused or silent port takes it out.
    option httpchk GET /health
    http-check expect rstatus ^(200|503)$
    # a slow answer is no death: on two busy cores /health can take a second or more
    timeout check 5s
    # a refused connection (the killed instance) takes the server out at once, without waiting for checks
    default-server inter 1s fall 3 rise 2 observe layer4 error-limit 1 on-error mark-down
    http-response set-header X-Served-By %s
    server a 127.0.0.1:{INST_PORTS['a']} check
    server b 127.0.0.1:{INST_PORTS['b']} check
listen stats
    bind 127.0.0.1:{STATS_PORT}
    stats enable
    stats uri /stats
""")
    p = subprocess.Popen(["haproxy", "-db", "-f", cfg], stdout=open(os.path.join(WORK, "haproxy.log"), "a"),
                         stderr=subprocess.STDOUT)
    procs["haproxy"] = p; note_pid("haproxy", p.pid)
    wait_until(lambda: health(BALANCER) == 200, 20, "haproxy")


# --- HTTP ------------------------------------------------------------------------------------------------------
class Resp:
    __slots__ = ("status", "body", "headers", "error")

    def __init__(self, status=0, body=b"", headers=None, error=None):
        self.status, self.body, self.headers, self.error = status, body, headers or {}, error

    def json(self):
        try:
            return json.loads(self.body)
        except Exception:
            return None


def call(base, method, path, body=None, bearer=None, cookie=None, timeout=35.0):
    # 35 s: longer than HAProxy's server timeout (30 s), so that a reply that never comes is its 504
    u = urllib.parse.urlsplit(base)
    h = {"Connection": "close"}
    if body is not None:
        h["Content-Type"] = "application/json"
    if bearer:
        h["Authorization"] = f"Bearer {bearer}"
    if cookie:
        h["Cookie"] = f"session_id={cookie}"
        h["Origin"] = BALANCER
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        c.request(method, path, body=None if body is None else json.dumps(body), headers=h)
        r = c.getresponse()
        data = r.read()
        return Resp(r.status, data, {k.lower(): v for k, v in r.getheaders()} | {
            "set-cookie-all": r.headers.get_all("Set-Cookie") or []})
    except Exception as e:  # refused, reset, timeout
        return Resp(0, b"", None, f"{type(e).__name__}: {e}")
    finally:
        c.close()


DOCUMENTED_503 = {"Database unavailable", "Session store unavailable"}


def documented_503(r):
    """The contract's 503: its detail, its status, and an extra that holds nothing but the request's id."""
    j = r.json()
    extra = j.get("extra") if isinstance(j, dict) else None
    return (r.status == 503 and isinstance(j, dict) and j.get("detail") in DOCUMENTED_503
            and j.get("status_code") == 503 and isinstance(extra, dict) and set(extra) <= {"request_id"}
            and extra.get("request_id") == r.headers.get("x-request-id"))


# --- what happened: every request through the balancer, every probe, every fault ---------------------------------
records = []        # (start, end, op, status, documented503, error, served_by, body[:200])
violations = []     # revocations not honoured: (time, what, instance, status, body)
probes = {"count": 0, "refused": 0, "unavailable": 0, "down": 0}
faults = []         # dicts: name, start, end
marks = []          # (time, server, status) from HAProxy's stats
registered = []     # usernames answered 201
revoked = []        # dicts: kind, cred(s), time, how
skipped_slots = [0]
stop = threading.Event()
trace = open(os.path.join(WORK, "requests.jsonl"), "w")


def now():
    return time.monotonic() - T0


def record(op, t_start, r):
    t_end = now()
    if t_start < 0:
        return r                        # the warm-up is not measured
    body = r.body[:300].decode("utf-8", "replace")
    rec = (t_start, t_end, op, r.status, documented_503(r), r.error, r.headers.get("x-served-by", ""), body)
    with LOCK:
        records.append(rec)
        trace.write(json.dumps({"start": round(t_start, 3), "end": round(t_end, 3), "op": op, "status": r.status,
                                "served_by": rec[6], "error": r.error, "body": body}) + "\n")
    return r


def lb(op, method, path, **kw):
    t = now()
    return record(op, t, call(BALANCER, method, path, **kw))


# --- revocation probes: directly at each instance's own port -----------------------------------------------------
def probe_one(item, final=False):
    """Presents a revoked credential to both instances; any acceptance is a violation. Returns refusals seen."""
    for name, port in INST_PORTS.items():
        base = f"http://127.0.0.1:{port}"
        checks = []
        if item["kind"] == "bearer":
            checks.append(("GET /me bearer", lambda: call(base, "GET", "/api/auth/me", bearer=item["access"])))
            if final or item.get("fresh"):
                checks.append(("POST /refresh", lambda: call(base, "POST", "/api/auth/refresh",
                                                              body={"refresh_token": item["refresh"]})))
        else:
            checks.append(("GET /me cookie", lambda: call(base, "GET", "/api/auth/me", cookie=item["cookie"])))
        for what, fn in checks:
            r = fn()
            with LOCK:
                probes["count"] += 1
                if r.status in (401, 403):
                    probes["refused"] += 1
                elif r.status == 0:
                    probes["down"] += 1          # that instance is not running right now
                elif documented_503(r) and not final:
                    probes["unavailable"] += 1   # cannot tell while a backing server is away; not an acceptance
                else:
                    violations.append((round(now(), 2), f"{item['how']} at {item['time']:.1f}s, then {what}", name,
                                       r.status, r.body[:200].decode("utf-8", "replace")))
    item["fresh"] = False


def prober():
    """Every revoked credential is probed once at once (by its worker), then a sample of the older ones again,
    about ten a second, for the whole run."""
    while not stop.is_set():
        with LOCK:
            sample = random.sample(revoked, min(5, len(revoked)))
        for item in sample:
            probe_one(item)
        stop.wait(0.5)


stalls = []         # (time, seconds): the driver's own 100 ms sleeps that overslept by more than 1 s


def stall_watch():
    """A machine too busy to run this process on time also starves the instances: their Redis and pool timeouts
    fire after the stall. Such stalls are listed beside the checks, so that a failure can be read against them."""
    while not stop.is_set():
        t = time.monotonic(); time.sleep(0.1); late = time.monotonic() - t - 0.1
        if late > 1.0 and T0 is not None:
            stalls.append((now(), late))


def haproxy_watch():
    last = {}
    while not stop.is_set():
        try:
            c = http.client.HTTPConnection("127.0.0.1", STATS_PORT, timeout=1)
            c.request("GET", "/stats;csv"); rows = c.getresponse().read().decode().splitlines(); c.close()
            head = rows[0].lstrip("# ").split(",")
            for line in rows[1:]:
                f = dict(zip(head, line.split(",")))
                if f.get("pxname") == "instances" and f.get("svname") in ("a", "b"):
                    st = f["status"].split()[0]
                    if last.get(f["svname"]) != st:
                        last[f["svname"]] = st
                        marks.append((now(), f["svname"], st))
                        if T0 is not None:
                            log(f"haproxy: server {f['svname']} is {st}")
        except Exception:
            pass
        stop.wait(0.1)


# --- the load: accounts with a life of their own, one step per slot ------------------------------------------------
WARMUP = 15          # seconds of load before t=0, so that the JIT is warm when "before faults" is measured
GRACE = 15.0         # seconds after a fault's end in which its documented 503s are still expected
PASSWORD = "Soak-Passw0rd-Horse-42"
run_id = f"{int(time.time()) % 100000:05d}"


class Account:
    n = 0

    def __init__(self):
        Account.n += 1
        self.username = f"soak{run_id}u{Account.n}"
        self.state = "new"          # new -> registered (usable) | dead
        self.pair = None            # (access, refresh)
        self.cookie = None
        self.busy = False


accounts, acc_lock = [], threading.Lock()
TARGET_ACCOUNTS = 40


def pick_account():
    with acc_lock:
        live = [a for a in accounts if a.state != "dead"]
        new = sum(1 for a in live if a.state == "new")
        if new < 2 and (len(live) < TARGET_ACCOUNTS or random.random() < 0.02):
            a = Account(); a.busy = True; accounts.append(a); return a
        free = [a for a in live if not a.busy and a.state == "registered"]
        if not free:
            return None
        a = random.choice(free); a.busy = True; return a


def add_revoked(item):
    item["time"] = now(); item["fresh"] = True
    probe_one(item)
    with LOCK:
        revoked.append(item)


def step(a):
    if a.state == "new":
        r = lb("register", "POST", "/api/auth/register",
               body={"username": a.username, "email": f"{a.username}@example.com", "password": PASSWORD})
        if r.status == 201:
            a.state = "registered"; registered.append(a.username)
        else:
            a.state = "dead"
        return
    if a.pair is None:
        r = lb("login", "POST", "/api/auth/login", body={"username": a.username, "password": PASSWORD})
        j = r.json() if r.status == 200 else None
        if j:
            a.pair = (j["access_token"], j["refresh_token"])
        return
    if a.cookie is None:
        r = lb("session-login", "POST", "/api/auth/session/login", body={"username": a.username, "password": PASSWORD})
        if r.status == 200:
            for sc in r.headers["set-cookie-all"]:
                if sc.startswith("session_id=") and not sc.startswith("session_id=;"):
                    a.cookie = sc.split(";", 1)[0].split("=", 1)[1]
        return
    op = random.choices(["me-bearer", "me-cookie", "refresh", "logout", "session-logout", "revoke-session"],
                        weights=[34, 34, 12, 4, 3, 4])[0]
    if op == "me-bearer":
        lb(op, "GET", "/api/auth/me", bearer=a.pair[0])
    elif op == "me-cookie":
        lb(op, "GET", "/api/auth/me", cookie=a.cookie)
    elif op == "refresh":
        r = lb(op, "POST", "/api/auth/refresh", body={"refresh_token": a.pair[1]})
        j = r.json() if r.status == 200 else None
        # an unanswered or refused rotation leaves the old refresh token in doubt: never present it again
        a.pair = (j["access_token"], j["refresh_token"]) if j else None
    elif op == "logout":
        access, refresh = a.pair
        r = lb(op, "POST", "/api/auth/logout", bearer=access, body={"refresh_token": refresh})
        a.pair = None
        if r.status == 200:
            add_revoked({"kind": "bearer", "access": access, "refresh": refresh, "how": f"logout of {a.username}"})
    elif op == "session-logout":
        cookie = a.cookie
        r = lb(op, "POST", "/api/auth/session/logout", cookie=cookie)
        a.cookie = None
        if r.status == 200:
            add_revoked({"kind": "cookie", "cookie": cookie, "how": f"session logout of {a.username}"})
    elif op == "revoke-session":
        # with the account's bearer token: list its sessions, revoke its cookie session by id
        r = lb("list-sessions", "GET", "/api/auth/sessions", bearer=a.pair[0])
        j = r.json() if r.status == 200 else None
        if not j:
            return
        ids = [s["id"] for s in j["sessions"] if s["kind"] == "session"]
        if len(ids) != 1:
            return
        cookie = a.cookie
        r = lb("revoke-session", "DELETE", f"/api/auth/sessions/{ids[0]}", bearer=a.pair[0])
        a.cookie = None
        if r.status == 200:
            add_revoked({"kind": "cookie", "cookie": cookie, "how": f"DELETE /sessions/{ids[0]} of {a.username}"})


slots = queue.Queue()


def worker():
    while True:
        s = slots.get()
        if s is None:
            return
        a = pick_account()
        if a is None:
            continue
        try:
            step(a)
        except Exception as e:  # a bug of the driver, not of the service: say so loudly
            log(f"driver error: {type(e).__name__}: {e}")
        finally:
            a.busy = False


end_of_load = [float("inf")]


def ticker(warmup):
    interval, k = 1.0 / args.rate, 0
    while True:
        t = k * interval - warmup
        if t >= end_of_load[0]:
            return
        d = t - now()
        if d > 0:
            time.sleep(d)
        if slots.qsize() > args.rate * 2:
            skipped_slots[0] += 1       # the workers cannot keep up: drop the slot rather than pile up
        else:
            slots.put(k)
        k += 1


# --- faults ----------------------------------------------------------------------------------------------------
def fault(name, action, restore):
    f = {"name": name, "start": now()}
    log(f"FAULT {name}: start"); faults.append(f)
    action()
    restore()
    f["end"] = now()
    log(f"FAULT {name}: end ({f['end'] - f['start']:.1f}s)")


def kill_redis():
    procs["redis"].kill(); procs["redis"].wait()


def kill_instance():
    procs["a"].kill(); procs["a"].wait()


def restart_instance():
    start_instance("a", wait=True)      # the fault ends when the instance answers /health again


FAULTS = [
    ("redis killed and restarted", kill_redis, lambda: (time.sleep(5), start_redis())),
    ("instance a SIGKILL and restart", kill_instance, restart_instance),
    ("postgresql restart -m fast", lambda: pg_ctl("restart", "-m", "fast"), lambda: None),
    ("redis SIGSTOP 8 s, SIGCONT", lambda: (procs["redis"].send_signal(signal.SIGSTOP), time.sleep(8)),
     lambda: procs["redis"].send_signal(signal.SIGCONT)),
]


# --- report ----------------------------------------------------------------------------------------------------
def pct(xs, q):
    if not xs:
        return float("nan")
    xs = sorted(xs); return xs[min(len(xs) - 1, int(q * len(xs)))]


def report(duration):
    grace = GRACE
    windows = [(f["start"], f["end"] + grace) for f in faults]
    downs = {}   # server -> list of (down_time)
    unexpected, excused = [], 0
    for (s, e, op, st, doc, err, srv, body) in records:
        if 200 <= st < 300:
            continue
        if doc and any(a <= e and s <= b for a, b in windows):
            continue                                  # a documented 503 while a fault (or its grace) lasted
        if st in (0, 502, 504):
            # in flight to the killed instance before HAProxy marked it down
            kill = next((f for f in faults if f["name"].startswith("instance")), None)
            if kill:
                down_at = next((t for t, sv, x in marks if sv == "a" and x != "UP" and t >= kill["start"]), None)
                if down_at is not None and s <= down_at and e >= kill["start"]:
                    excused += 1
                    continue
        unexpected.append((s, e, op, st, err, srv, body))

    lines = []
    P = lines.append
    first, last_end = faults[0]["start"], faults[-1]["end"]
    phases = [("before faults", 0, first), ("during faults", first, last_end + grace),
              ("after faults", last_end + grace, duration)]
    P(f"## Soak: {duration:.0f} s at {args.rate:g} req/s, 2 instances behind HAProxy, PostgreSQL and Redis of its own\n")
    P("| phase | window | requests | req/s | 2xx | documented 503 | other | p50 ms | p99 ms |")
    P("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, a, b in phases:
        rs = [r for r in records if a <= r[0] < b]
        lat = [(r[1] - r[0]) * 1000 for r in rs]
        n2 = sum(1 for r in rs if 200 <= r[3] < 300); nd = sum(1 for r in rs if r[4])
        P(f"| {name} | {a:.0f}–{b:.0f} s | {len(rs)} | {len(rs) / max(b - a, 1e-9):.1f} | {n2} | {nd} | "
          f"{len(rs) - n2 - nd} | {pct(lat, .5):.0f} | {pct(lat, .99):.0f} |")
    P("")
    P("| fault | start | end | failed requests (503 / other) | recovery after end |")
    P("|---|---:|---:|---|---:|")
    recoveries = []
    for i, f in enumerate(faults):
        nxt = faults[i + 1]["start"] if i + 1 < len(faults) else duration
        bad = [r for r in records if f["start"] <= r[1] < nxt and not (200 <= r[3] < 300)]
        # recovery: from the fault's end to the last failure of the run of failures that follows it (a failure
        # more than 5 s after the previous one, with only successes between, is another story)
        last = f["end"]
        for t in sorted(r[1] for r in bad):
            if t > last + 5:
                break
            last = max(last, t)
        rec = last - f["end"]
        recoveries.append((f["name"], rec))
        P(f"| {f['name']} | {f['start']:.1f} s | {f['end']:.1f} s | {sum(1 for r in bad if r[4])} / "
          f"{sum(1 for r in bad if not r[4])} | {rec:.1f} s |")
    P("")
    # durability: every 201 has its row
    names = set(registered)
    rows = set(psql("SELECT username FROM users WHERE username LIKE 'soak%'").split())
    lost = sorted(names - rows)
    checks = [
        ("unexpected responses (anything but 2xx, documented 503s during a fault, and requests in flight to the "
         "killed instance before HAProxy marked it down: "
         f"{excused} such)", len(unexpected), len(unexpected) == 0),
        (f"revocations not honoured by an instance (of {len(revoked)} logouts and revocations, "
         f"{probes['count']} direct probes: {probes['refused']} refused, {probes['unavailable']} documented 503, "
         f"{probes['down']} to a stopped instance)", len(violations), len(violations) == 0),
        (f"registrations answered 201 without their row in PostgreSQL (of {len(names)})", len(lost), not lost),
        ("slots dropped because the driver could not keep the rate", skipped_slots[0], True),
    ]
    P("| check | value | result |")
    P("|---|---:|---|")
    for what, v, ok in checks:
        P(f"| {what} | {v} | {'PASS' if ok else 'FAIL'} |")
    P("")
    if unexpected:
        P("Unexpected responses (first 15; all in requests.jsonl):\n")
        for u in unexpected[:15]:
            P(f"- {u[0]:.2f}–{u[1]:.2f} s {u[2]} via {u[5] or '?'}: {u[3]} {u[4] or ''} {u[6][:160]}")
        P("")
    if violations:
        P("Revocations not honoured (first 15):\n")
        for v in violations[:15]:
            P(f"- {v[0]} s: {v[1]}: instance {v[2]} answered {v[3]} {v[4][:160]}")
        P("")
    if lost:
        P(f"Registrations lost: {lost[:20]}\n")
    P(f"Stalls of the driver itself (a 100 ms sleep over 1 s late; the machine was starved): {len(stalls)}" +
      (": " + ", ".join(f"{d:.1f} s at {t:.0f} s" for t, d in stalls[:20]) if stalls else ""))
    P("HAProxy state changes: " + ", ".join(f"{sv} {st} at {t:.1f} s" for t, sv, st in marks if t > 0))
    return "\n".join(lines), all(ok for _, _, ok in checks)


def cleanup():
    stop.set()
    for name in ("haproxy", "a", "b", "redis"):
        p = procs.get(name)
        if p and p.poll() is None:
            try:
                p.send_signal(signal.SIGCONT); p.kill(); p.wait(10)
            except Exception:
                pass
    try:
        pg_ctl("stop", "-m", "immediate")
    except Exception:
        pass
    shutil.rmtree(PG_DIR, ignore_errors=True)


def main():
    global T0
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        t = time.monotonic()
        start_pg(); start_redis()
        start_instance("a")                       # migrates the schema first
        start_instance("b"); start_haproxy()
        log(f"PostgreSQL :{PG_PORT}, Redis :{REDIS_PORT}, instances :{INST_PORTS['a']} :{INST_PORTS['b']}, "
            f"HAProxy :{HA_PORT} (stats :{STATS_PORT}); up in {time.monotonic() - t:.1f} s")
        threading.Thread(target=haproxy_watch, daemon=True).start()
        time.sleep(2.5)                           # both marked UP
        d = args.duration
        warmup = WARMUP
        T0 = time.monotonic() + warmup
        log(f"warm-up of {warmup} s (not measured); t=0 is {time.strftime('%H:%M:%S', time.gmtime(time.time() + warmup))} UTC")
        workers = [threading.Thread(target=worker, daemon=True) for _ in range(128)]
        for w in workers:
            w.start()
        threading.Thread(target=prober, daemon=True).start()
        threading.Thread(target=stall_watch, daemon=True).start()
        tick = threading.Thread(target=ticker, args=(warmup,), daemon=True); tick.start()
        while now() < 0:
            time.sleep(0.05)
        marks.clear(); marks.extend((0.0, s, "UP") for s in ("a", "b"))
        # faults evenly spaced: at 1/6, 2/6, 3/6 and 4/6 of the run; the last sixth and more is "after"
        for i, (name, action, restore) in enumerate(FAULTS):
            # at 1/6, 2/6, 3/6, 4/6 of the run, but never sooner than 10 s after the last one ended (a restarted
            # instance can take half a minute to answer on two busy cores)
            at = max(d * (i + 1) / 6, faults[-1]["end"] + 10 if faults else 0)
            while now() < at:
                time.sleep(0.05)
            fault(name, action, restore)
        # the load goes on for the whole duration, and at least a sixth of it (and the grace) after the last fault
        end_of_load[0] = max(d, faults[-1]["end"] + GRACE + d / 6)
        tick.join()
        for _ in workers:
            slots.put(None)
        for w in workers:
            w.join(30)
        stop.set()
        log(f"load done; final probe of {len(revoked)} revoked credentials on both instances")
        for item in revoked:
            probe_one(item, final=True)
        trace.flush()
        text, ok = report(end_of_load[0])
        print(text)
        with open(os.path.join(WORK, "report.md"), "w") as f:
            f.write(text + "\n")
        print(f"\n{'PASS' if ok else 'FAIL'}; details in {WORK}")
        return 0 if ok else 1
    finally:
        cleanup()


if __name__ == "__main__":
    sys.exit(main())
