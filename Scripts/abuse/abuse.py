"""What the abuse replays share: a copy of the demo registry, `oxlabel serve` on a free loopback port with
extra arguments, plain HTTP requests with a timeout, and counted checks that decide the exit status."""
import atexit
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

BIN = os.environ["OXLABEL_BIN"]
DEMO = os.environ["OXLABEL_ABUSE_DEMO"]


def free_port():
    """A port nothing listens on, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_registry():
    """A folder with a copy of the demo registry (every file beside it: WAL, scan log, key), and the path
    of the copy's registry file. The folder is removed when the replay ends."""
    folder = tempfile.mkdtemp(prefix="oxlabel-abuse-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    for path in glob.glob(os.path.join(DEMO, "demo.sqlite*")):
        shutil.copy2(path, folder)
    return folder, os.path.join(folder, "demo.sqlite")


def label_codes():
    """The demo's example label codes by name ("valid", "revoked batch", "copied", …)."""
    with open(os.path.join(DEMO, "codes.json")) as f:
        return json.load(f)["labelExamples"]


def cli(*arguments, data, env=None, check=True):
    """Runs `oxlabel` on a registry and returns the completed process (text output)."""
    result = subprocess.run([BIN, *arguments, "--data", data], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "OXLABEL_NOW": "2026-11-25", **(env or {})})
    if check and result.returncode != 0:
        raise SystemExit(f"oxlabel {' '.join(arguments)} failed ({result.returncode}): {result.stderr.strip()}")
    return result


class Server:
    """`oxlabel serve` on a copy's registry and a free port, with its log kept in the copy's folder."""

    def __init__(self, data, *arguments, env=None):
        self.data, self.arguments, self.env = data, list(arguments), env or {}
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(os.path.dirname(data), "serve.log")
        self.process = None

    def __enter__(self):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen([BIN, "serve", "--data", self.data, "--port", str(self.port), *self.arguments],
                                        env={**os.environ, "OXLABEL_NOW": "2026-11-25", **self.env}, stdout=log, stderr=subprocess.STDOUT)
        for _ in range(150):
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=1):
                    return self
            except OSError:
                if self.process.poll() is not None:
                    raise SystemExit(f"oxlabel serve stopped: {self.log()}")
                time.sleep(0.2)
        raise SystemExit("oxlabel serve did not answer /healthz")

    def __exit__(self, *_):
        self.stop()

    def stop(self, timeout=60):
        """SIGTERM, then the exit status (None if it was already stopped)."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.terminate()
        try:
            status = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            status = self.process.wait()
        self.process = None
        return status

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def log(self):
        with open(self.log_path) as f:
            return f.read()[-4000:]

    def request(self, path, method="GET", body=None, headers=None, timeout=10):
        """(status, headers, body bytes) of one request; HTTP errors are answers, not exceptions."""
        request = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                return answer.status, dict(answer.headers), answer.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()


class Checks:
    """Counted checks: each prints ok or FAIL; `done` exits 1 if any failed."""

    def __init__(self):
        self.failures = []

    def check(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message, flush=True)
        if not condition:
            self.failures.append(message)

    def done(self):
        if self.failures:
            print(f"{len(self.failures)} check(s) failed", file=sys.stderr)
            sys.exit(1)
