"""Turns the rows of bench/run into the Markdown report: scenarios, ratios to their limits, footprint."""
import sys

rows_file, profile, hash_rate, cores, startup_plain, startup_aot, idle_rss, peak_rss, duration, connections, \
    nproc, java, idle_rss_aot = sys.argv[1:14]
rows = [line.rstrip("\n").split("\t") for line in open(rows_file) if line.strip()]
by = {(r[0], r[1]): r for r in rows}
first_users = rows[0][1] if rows else "?"

print(f"## Benchmark: profile `{profile}`, {duration} s per scenario, {connections} connections, "
      f"{nproc} cores, {java}")
print()
print("| scenario | users | req/s | p50 ms | p99 ms | errors |")
print("|---|---:|---:|---:|---:|---:|")
for r in rows:
    print(f"| {r[0]} | {int(r[1]):,} | {float(r[3]):,.0f} | {r[4]} | {r[5]} | {r[6]} |")
print(f"| hash (in process, {cores} threads, around login) | – | {float(hash_rate):,.0f} | – | – | – |")
print()


def rps(scenario, users=first_users):
    row = by.get((scenario, users))
    return float(row[3]) if row else float("nan")


def ratio(name, value, goal):
    verdict = "meets" if value >= goal else "BELOW"
    print(f"| {name} | {value:.2f} | ≥ {goal} | {verdict} |")


print("| ratio | value | goal | |")
print("|---|---:|---:|---|")
ratio("me-bearer / baseline", rps("me-bearer") / rps("baseline"), 0.7)
ratio("me-session / baseline", rps("me-session") / rps("baseline"), 0.5)
ratio("me-stack / baseline", rps("me-stack") / rps("baseline"), 0.5)
ratio("login / hash", rps("login") / float(hash_rate), 0.85)
user_counts = sorted({r[1] for r in rows}, key=int)
if len(user_counts) > 1:
    small, large = user_counts[0], user_counts[-1]
    for scenario in ("me-bearer", "login"):
        ratio(f"{scenario} at {int(large):,} / at {int(small):,} users", rps(scenario, large) / rps(scenario, small), 0.9)
print()
print("| footprint | value | goal |")
print("|---|---:|---:|")
print(f"| start to ready /health, no AOT cache | {startup_plain} ms | < 1500 ms |")
print(f"| start to ready /health, AOT cache | {startup_aot} ms | < 1500 ms |")
print(f"| idle RSS 3 s after ready, no AOT cache | {idle_rss} MB | < 170 MB |")
print(f"| idle RSS 3 s after ready, AOT cache | {idle_rss_aot} MB | < 170 MB |")
print(f"| peak RSS under load | {peak_rss} MB | |")
errors = sum(int(r[6]) for r in rows if int(r[6]) > 0)
print()
print(f"Errors in all scenarios: {errors} (goal: 0).")
