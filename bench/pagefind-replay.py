#!/usr/bin/env python3
"""pagefind-replay.py REQUESTS OUTDIR BINARY [--build-first]

Sends the service requests a build sent Pagefind (REQUESTS: what bench/search-profile.sh recorded from its standard
input) to a fresh `BINARY --service`, all at once, as the build queues them, with WriteFiles' output_path set to OUTDIR.
Pagefind answers one request at a time, in order, so the gap before each answer is the time it spent on that request:
prints the wall and CPU time (its utime + stime from /proc) per request type, and when the first and last index file
appeared after the last page's answer. --build-first sends a BuildIndex before WriteFiles, which shows whether
WriteFiles builds the index again (its first file then comes one more build time after the last page).
"""
import base64
import glob
import json
import os
import subprocess
import sys
import threading
import time

requests_file, outdir, binary = sys.argv[1:4]
build_first = "--build-first" in sys.argv[4:]
messages = [json.loads(base64.b64decode(frame)) for frame in open(requests_file, "rb").read().split(b",") if frame]
for message in messages:
    if message["payload"]["type"] == "WriteFiles":
        message["payload"]["output_path"] = os.path.abspath(outdir)
if build_first:
    last = messages[-1]
    messages.insert(len(messages) - 1, {"message_id": max(m["message_id"] for m in messages) + 1,
                                        "payload": {"type": "BuildIndex", "index_id": last["payload"]["index_id"]}})
types = {m["message_id"]: m["payload"]["type"] for m in messages}
data = b"".join(base64.b64encode(json.dumps(m, ensure_ascii=False).encode()) + b"," for m in messages)

tick = os.sysconf("SC_CLK_TCK")
start = time.monotonic()
process = subprocess.Popen([binary, "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def cpu_seconds():
    fields = open(f"/proc/{process.pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick


def feed():
    process.stdin.write(data)
    process.stdin.flush()


threading.Thread(target=feed, daemon=True).start()
answers = []  # (monotonic, epoch, request type, cpu seconds)
pending = b""
while len(answers) < len(messages):
    chunk = process.stdout.read1(65536)
    if not chunk:
        sys.exit(f"pagefind-replay.py: Pagefind stopped after {len(answers)} answers")
    pending += chunk
    while b"," in pending:
        message, pending = pending.split(b",", 1)
        answer = json.loads(base64.b64decode(message))
        if answer["payload"]["type"] == "Error":
            sys.exit("pagefind-replay.py: Pagefind answered an error: " + answer["payload"].get("message", ""))
        answers.append((time.monotonic(), time.time(), types.get(answer.get("message_id"), "?"), cpu_seconds()))
process.stdin.close()
process.wait()

wall, cpu = {}, {}
previous_time, previous_cpu = start, 0.0
for at, _, kind, used in answers:
    wall[kind] = wall.get(kind, 0.0) + at - previous_time
    cpu[kind] = cpu.get(kind, 0.0) + used - previous_cpu
    previous_time, previous_cpu = at, used
pages = sum(1 for m in messages if m["payload"]["type"] in ("AddFile", "AddRecord"))
print(f"{pages} pages, {len(data) / 1e6:.1f} MB of requests, load {open('/proc/loadavg').read().split()[0]}")
print("wall " + "; ".join(f"{k} {v:.2f} s" for k, v in wall.items()) + f"; total {previous_time - start:.2f} s")
print("cpu  " + "; ".join(f"{k} {v:.2f} s" for k, v in cpu.items()) + f"; total {previous_cpu:.2f} s")
times = sorted(os.path.getmtime(f) for f in glob.glob(os.path.join(outdir, "**"), recursive=True) if os.path.isfile(f))
last_page = [epoch for _, epoch, kind, _ in answers if kind in ("AddFile", "AddRecord")][-1]
if times:
    print(f"after the last page's answer: first index file at +{times[0] - last_page:.2f} s, last at "
          f"+{times[-1] - last_page:.2f} s, WriteFiles answered at +{answers[-1][1] - last_page:.2f} s")
