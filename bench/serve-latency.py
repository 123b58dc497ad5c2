#!/usr/bin/env python3
"""How long `handouts serve` takes, after a save, to tell open pages to reload and to serve the new PDFs.

    bench/serve-latency.py HANDOUTS CORPUS [SLUG] [ROUNDS]

Starts `HANDOUTS serve --content CORPUS --port 0`-like on a free port, waits for the first build with its PDFs (and
packs), then ROUNDS times: appends a sentence to handouts/SLUG.en.md and measures, from just before the write, the
time until the reload event arrives on /__handouts/events and until every PDF of that handout is served changed.
Standard library only; the corpus comes from `handouts-bench corpus`."""
import http.client, os, re, socket, subprocess, sys, threading, time

handouts, corpus = sys.argv[1], sys.argv[2]
slug = sys.argv[3] if len(sys.argv) > 3 else "handout-00001"
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 5

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
serve = subprocess.Popen([handouts, "serve", "--content", corpus, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
lines = []
def read():
    for line in serve.stdout:
        lines.append((time.monotonic(), line.rstrip()))
threading.Thread(target=read, daemon=True).start()

def wait_for(pattern, after=0, timeout=600):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for t, line in list(lines):
            if t >= after and re.search(pattern, line):
                return t
        time.sleep(0.005)
    sys.exit(f"timed out waiting for {pattern!r}; serve said:\n" + "\n".join(l for _, l in lines[-20:]))

def get(path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("GET", path)
    r = c.getresponse()
    return r.status, r.read()

try:
    wait_for(r"Waiting-room packs and posters built|PDFs of .* built")
    packs = any("waiting-room packs next" in line for _, line in lines)
    if packs:
        wait_for(r"Waiting-room packs and posters built")
    time.sleep(1)
    page = get(f"/en/{slug}/")[1].decode()
    pdfs = sorted(set(re.findall(rf'href="(?:\.\./)*(?:en/{slug}/)?([^"/]+\.pdf)"', page)))
    if not pdfs:
        sys.exit(f"no PDF links on /en/{slug}/")
    path = os.path.join(corpus, "handouts", f"{slug}.en.md")
    original = open(path, encoding="utf-8").read()
    results = []
    for n in range(rounds):
        before = {p: get(f"/en/{slug}/{p}")[1] for p in pdfs}
        events = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        events.request("GET", "/__handouts/events")
        stream = events.getresponse()
        stream.readline()  # the first event: the current status
        saved = time.monotonic()
        with open(path, "w", encoding="utf-8") as f:
            f.write(original + f"\nOne more short sentence, number {n}.\n")
        reload_at = None
        while reload_at is None:
            line = stream.readline().decode()
            if line.startswith("event: reload"):
                reload_at = time.monotonic()
        events.close()
        pending = set(pdfs)
        while pending:
            for p in list(pending):
                # Between the pages-only step and the PDF step, a PDF's address finds the 404 page: not new yet.
                status, body = get(f"/en/{slug}/{p}")
                if status == 200 and body.startswith(b"%PDF") and body != before[p]:
                    pending.discard(p)
            pdf_at = time.monotonic()
            time.sleep(0.005)
        results.append(((reload_at - saved) * 1000, (pdf_at - saved) * 1000))
        print(f"round {n + 1}: reload event {results[-1][0]:.0f} ms, all {len(pdfs)} PDFs new {results[-1][1]:.0f} ms after the save")
        # Quiet again before the next save: the packs step, when the site has packs, runs on after the PDFs.
        wait_for(r"Waiting-room packs and posters built" if packs else r"PDFs of .* built", after=saved)
        time.sleep(1)
    open(path, "w", encoding="utf-8").write(original)
    results.sort()
    median = results[len(results) // 2]
    print(f"median of {rounds}: reload {sorted(r[0] for r in results)[rounds // 2]:.0f} ms, PDFs {sorted(r[1] for r in results)[rounds // 2]:.0f} ms")
finally:
    serve.terminate()
    serve.wait()
