"""Finding 9, the integrity points: `serve` refuses a snapshot key that others may read; a label printer cannot
download evidence; a digest that is no application's evidence is 404 even when such a file is stored."""
import hashlib
import os
import re
import subprocess
import urllib.error
import urllib.parse
import urllib.request

from abuse import BIN, Checks, Server, free_port, fresh_registry

checks = Checks()
PASSWORD = "延庆-abuse-replay-password"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *_):
        return None


def login(server, name):
    """Signs in through the login form; returns the session cookie ("oxlabel_console=…")."""
    opener = urllib.request.build_opener(NoRedirect)
    with opener.open(server.base + "/console/login", timeout=10) as page:
        token = re.search(r'name="_csrf" value="([^"]+)"', page.read().decode()).group(1)
        login_cookie = page.headers["Set-Cookie"].split(";")[0]
    form = urllib.parse.urlencode({"_csrf": token, "name": name, "password": PASSWORD}).encode()
    request = urllib.request.Request(server.base + "/console/login", data=form, method="POST",
                                     headers={"Cookie": login_cookie, "Content-Type": "application/x-www-form-urlencoded"})
    try:
        opener.open(request, timeout=10)
    except urllib.error.HTTPError as answer:
        cookies = [value.split(";")[0] for key, value in answer.headers.items() if key.lower() == "set-cookie"]
        return next(cookie for cookie in cookies if cookie.startswith("oxlabel_console="))
    raise SystemExit(f"login of {name} was not redirected")


folder, data = fresh_registry()
key = data + ".snapshot-key"

# The key readable by others: serve refuses to start, and says how to fix it.
os.chmod(key, 0o644)
try:
    refused = subprocess.run([BIN, "serve", "--data", data, "--port", str(free_port())], capture_output=True, text=True, timeout=30,
                             env={**os.environ, "OXLABEL_NOW": "2026-11-25"})
    checks.check(refused.returncode == 1 and f"chmod 600 {key}" in refused.stderr,
                 f"serve refuses a key with mode 644: {refused.stderr.strip()[:200]}")
except subprocess.TimeoutExpired:
    checks.check(False, "serve started with a key others may read")
os.chmod(key, 0o600)

# A stored file that is no application's evidence, as if dropped into the store.
stray = b"%PDF-1.4\n% not any application's evidence\n"
digest = hashlib.sha256(stray).hexdigest()
os.makedirs(os.path.join(folder, "evidence", digest[:2]), exist_ok=True)
with open(os.path.join(folder, "evidence", digest[:2], digest), "wb") as f:
    f.write(stray)
for name, role in (("印制员甲", "printer"), ("受理员甲", "clerk")):
    subprocess.run([BIN, "user", "add", name, "--role", role, "--password-stdin", "--data", data], input=PASSWORD + "\n",
                   text=True, capture_output=True, timeout=120, check=True, env={**os.environ, "OXLABEL_ACTOR": "abuse"})

with Server(data) as server:
    printer = login(server, "印制员甲")
    status, _, body = server.request(f"/console/evidence/{digest}", headers={"Cookie": printer})
    checks.check(status == 403 and body != stray, f"a printer cannot download evidence ({status})")
    clerk = login(server, "受理员甲")
    status, _, body = server.request(f"/console/evidence/{digest}", headers={"Cookie": clerk})
    checks.check(status == 404 and body != stray, f"a stored file that is no application's evidence is 404 ({status})")
    status, _, _ = server.request(f"/console/evidence/{'0' * 64}", headers={"Cookie": clerk})
    checks.check(status == 404, f"an unknown digest is 404 ({status})")
checks.done()
