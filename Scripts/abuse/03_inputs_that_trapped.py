"""Finding 3: inputs that once trapped the process (SIGILL), taking every public page down with it.

Against the real binary on a copy of the demo registry: a console labels page number past any integer
(as a printer signed in through /console/login), a product with a pack size of 0.00000000001 kg by the
command line, `publicity close` of a product stored with such a pack (twice), an hourly observation
before 1970 by the command line and by the console upload, then a bounded loop of extreme values over
the public routes. Every answer must be a page or a refusal, every command an exit status with a
message (never a signal), and the server must still answer /healthz at the end."""
import http.cookiejar
import json
import os
import re
import sqlite3
import subprocess
import urllib.parse
import urllib.request
import uuid

from abuse import BIN, Checks, Server, cli, fresh_registry

checks = Checks()
folder, data = fresh_registry()
PASSWORD = "abuse-" + uuid.uuid4().hex


def add_account(name, role):
    """A console account made as Scripts/demo makes them: `oxlabel user add … --password-stdin`."""
    result = subprocess.run([BIN, "user", "add", name, "--role", role, "--password-stdin", "--data", data], input=PASSWORD + "\n",
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "OXLABEL_NOW": "2026-11-25", "OXLABEL_ACTOR": "管理员"})
    if result.returncode != 0:
        raise SystemExit(f"user add {name} failed: {result.stderr.strip()}")


class Console:
    """A browser's session in the console: its cookies, signed in through the login form and its token."""

    def __init__(self, server, name):
        self.server = server
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        form = self.open("/console/login").decode()
        token = re.search(r'name="_csrf" value="([0-9a-f]+)"', form).group(1)
        body = urllib.parse.urlencode({"_csrf": token, "name": name, "password": PASSWORD}).encode()
        status, _ = self.send("/console/login", body, "application/x-www-form-urlencoded")
        if status != 303:
            raise SystemExit(f"console login of {name} answered {status}")
        self.csrf = re.search(r'name="_csrf" value="([0-9a-f]+)"', self.open("/console").decode()).group(1)

    def send(self, path, body=None, content_type=None):
        request = urllib.request.Request(self.server.base + path, data=body, headers={"Content-Type": content_type} if content_type else {})
        try:
            with self.opener.open(request, timeout=30) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def open(self, path):
        return self.send(path)[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *arguments):
        return None


def exited_with_message(result, what):
    """The command ended by itself (no signal) with status 1 and a message in both languages."""
    checks.check(result.returncode >= 0, f"{what}: ended by itself, not by signal {-result.returncode if result.returncode < 0 else ''}")
    checks.check(result.returncode == 1 and " | " in result.stderr, f"{what}: exit status 1 with a message ({result.stderr.strip()[:120]})")


add_account("印刷员", "printer")
add_account("气象员", "meteorologist")

# A product whose pack size is a hundred-billionth of a kilogram is refused when it is registered.
operator = json.loads(cli("operator", "list", "--json", data=data).stdout)[0]
uscc = operator.get("uscc") or operator.get("id")
result = cli("subject", "add", "--operator", str(uscc), "--kind", "product", "--name", "微量包装", "--town", "张山营镇", "--crop", "葡萄",
             "--plot", "东坡地块", "--lat", "40.49", "--lon", "115.87", "--elevation", "525", "--area-mu", "100", "--season", "2026",
             "--expected-kg", "1000000", "--pack-kg", "0.00000000001", data=data, check=False,
             env={"OXLABEL_ACTOR": "王芳", "OXLABEL_ROLE": "clerk"})
exited_with_message(result, "subject add --pack-kg 0.00000000001")

# An application in publicity whose product was stored with such a pack (written before the bound).
with sqlite3.connect(data) as db:
    row = db.execute("SELECT number, subject_id FROM applications WHERE state = 'publicity' AND kind = 'product' LIMIT 1").fetchone()
    if row is None:
        raise SystemExit("the demo has no product application in publicity")
    number, subject = row
    db.execute("UPDATE subjects SET body = json_set(body, '$.details.product._0.packSizeKg', 1e-11, "
               "'$.details.product._0.expectedOutputKg', 900000000) WHERE id = ?", (subject,))
for attempt in (1, 2):
    result = cli("publicity", "close", number, data=data, check=False, env={"OXLABEL_NOW": "2027-03-01", "OXLABEL_ACTOR": "赵敏",
                                                                          "OXLABEL_ROLE": "approver"})
    exited_with_message(result, f"publicity close {number} with a 1e-11 kg pack (attempt {attempt})")

# An hourly observation before 1970 by the command line: stored, and read back.
early = os.path.join(folder, "54406-1969.csv")
with open(early, "w") as f:
    f.write("station_id,time,temperature\n54406,1969-12-31T23:00,-5.0\n")
result = cli("observations", "import", early, "--kind", "hourly", data=data, check=False,
             env={"OXLABEL_ACTOR": "孙卫东", "OXLABEL_ROLE": "meteorologist"})
checks.check(result.returncode == 0, f"observations import of 1969-12-31T23:00 is stored (exit {result.returncode}: {result.stderr.strip()[:120]})")
shown = cli("station", "show", "54406", data=data, check=False)
checks.check(shown.returncode == 0 and "1969-12-31T23:00" in shown.stdout, "station show 54406 reads the hour before 1970 back")
before = os.path.join(folder, "54406-1949.csv")
with open(before, "w") as f:
    f.write("station_id,time,temperature\n54406,1949-12-31T23:00,-5.0\n")
result = cli("observations", "import", before, "--kind", "hourly", data=data, check=False,
             env={"OXLABEL_ACTOR": "孙卫东", "OXLABEL_ROLE": "meteorologist"})
checks.check(result.returncode == 1 and "1950-01-01" in result.stdout, "an observation of 1949 is refused with the years taken")

with Server(data) as server:
    printer = Console(server, "印刷员")
    for page in ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e308", "NaN", "-1"]:
        status, body = printer.send(f"/console/labels?page={page}")
        checks.check(status == 400 and "页码" in body.decode(errors="replace"), f"/console/labels?page={page} is refused (400), got {status}")
    checks.check(printer.send("/console/labels?page=100000")[0] == 200, "a labels page past the last is an empty page (200)")
    checks.check(server.request("/healthz")[0] == 200, "the server still answers /healthz after the page numbers")

    officer = Console(server, "气象员")
    boundary = "----oxlabel" + uuid.uuid4().hex
    upload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nhourly\r\n"
              f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"54406-1969b.csv\"\r\nContent-Type: text/csv\r\n\r\n"
              "station_id,time,temperature\n54406,1969-12-31T22:00,-4.5\n\r\n"
              f"--{boundary}--\r\n").encode()
    status, _ = officer.send(f"/console/data/observations?_csrf={officer.csrf}", upload, f"multipart/form-data; boundary={boundary}")
    checks.check(status == 303, f"the console upload of an hour before 1970 is stored (303), got {status}")
    checks.check(server.request("/healthz")[0] == 200, "the server still answers /healthz after the upload")

    # A bounded loop of extreme values over the public routes.
    codes = json.load(open(os.path.join(os.environ["OXLABEL_ABUSE_DEMO"], "codes.json")))["labelExamples"]
    routes = ["/directory", "/directory.csv", "/directory.json", "/api/v1/directory", "/verify", f"/V/{codes['valid']}",
              f"/api/v1/labels/{codes['valid']}", "/licence/YQYB-P-2026-0001", "/api/v1/licences/YQYB-P-2026-0001",
              "/certificate/YQQP-2026-PT-0001", "/api/v1/certificates/YQQP-2026-PT-0001", "/api/v1/snapshot", "/healthz"]
    values = ["9223372036854775807", "-9223372036854775808", "-1", "1e308", "NaN", "", "%FF%FE", "%00",
              urllib.parse.quote("氧" * 3500)]
    parameters = ["page", "per_page", "q", "town", "kind", "status", "crop", "lang", "code"]
    worst = []
    for route in routes:
        for name in parameters:
            for value in values:
                status, _, _ = server.request(f"{route}?{name}={value}", timeout=30)
                if status >= 500:
                    worst.append(f"{status} {route}?{name}={value[:30]}")
    for value in values[:-1]:
        status, _, _ = server.request(f"/V/{value}", timeout=30)
        if status >= 500:
            worst.append(f"{status} /V/{value}")
        status, _, _ = server.request(f"/V/{codes['valid']}/report", method="POST", body=f"text={value}".encode(),
                                      headers={"Content-Type": "application/x-www-form-urlencoded"})
        if status >= 500:
            worst.append(f"{status} POST report text={value[:30]}")
    checks.check(not worst, f"{len(routes) * len(parameters) * len(values)} extreme public requests: no server error {worst[:5]}")
    checks.check(server.alive() and server.request("/healthz")[0] == 200, "the server still answers /healthz at the end")
checks.done()
