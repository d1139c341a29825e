"""Reads wrk's --latency output on stdin; prints one tab-separated row: scenario users connections rps p50 p99 errors."""
import re
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def millis(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


out = sys.stdin.read()
scenario, users, connections = sys.argv[1:4]
rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M)
errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
if socket:
    errors += sum(int(n) for n in socket.groups())
if not rps:
    print(f"{scenario}\t{users}\t{connections}\t0\tnan\tnan\t-1")
else:
    print(f"{scenario}\t{users}\t{connections}\t{float(rps.group(1)):.1f}\t{millis(p50.group(1)):.2f}\t"
          f"{millis(p99.group(1)):.2f}\t{errors}")
