"""Finding 10: renewal (续展) once revived what expired. One approver could extend any licence, again and
again, with no application, no evidence and no second person, and a licence that expired long ago came back
with its old labels showing 有效.

On copies of the demo registry: the old `licence renew` command is gone and changes nothing; a renewal
application outside its window is refused, for an expired licence with "a new admission is needed", and
writes nothing; a renewal application by an approver is refused; and the labels a renewed product licence
issued under its ended term show 已过期, on the command line and on their public page, while the licence
is 有效."""
import json
import sqlite3

from abuse import Checks, Server, cli, fresh_registry

checks = Checks()


def audit_count(data):
    with sqlite3.connect(data) as db:
        return db.execute("SELECT COUNT(*) FROM audit_events").fetchone()[0]


def licences(data):
    return json.loads(cli("licence", "list", "--json", data=data).stdout)


_, data = fresh_registry()
listed = licences(data)
before = audit_count(data)

# 1. The old command: gone, whoever runs it.
some = listed[0]["licence"]["number"]
old = cli("licence", "renew", some, "--reason", "年度核查合格", data=data, check=False,
          env={"OXLABEL_ACTOR": "赵敏", "OXLABEL_ROLE": "approver"})
checks.check(old.returncode != 0, f"`licence renew` no longer exists (exit {old.returncode})")

# 2. A licence that expired long ago: a renewal application is refused, a new admission is needed.
lapsed = [entry["licence"] for entry in listed if entry["shows"]["state"] == "expired" and entry["licence"]["validUntil"] < "2026-08-27"]
checks.check(bool(lapsed), f"the demo has licences that expired more than 90 days ago ({len(lapsed)})")
for licence in lapsed[:3]:
    refused = cli("application", "renew", "--licence", licence["number"], data=data, check=False,
                  env={"OXLABEL_ACTOR": "王芳", "OXLABEL_ROLE": "clerk"})
    checks.check(refused.returncode == 1 and "请重新申请准入" in refused.stderr,
                 f"renewing {licence['number']} (expired {licence['validUntil']}) is refused: {refused.stderr.strip()[:160]}")

# 3. A licence far from its end: too early; and an approver may not apply at all.
ahead = [entry["licence"] for entry in listed if entry["licence"]["validUntil"] > "2027-03-01" and entry["shows"]["state"] == "valid"]
checks.check(bool(ahead), f"the demo has licences valid beyond 2027-03-01 ({len(ahead)})")
for licence in ahead[:2]:
    early = cli("application", "renew", "--licence", licence["number"], data=data, check=False,
                env={"OXLABEL_ACTOR": "王芳", "OXLABEL_ROLE": "clerk"})
    checks.check(early.returncode == 1 and "尚未到续展申请期" in early.stderr,
                 f"renewing {licence['number']} (valid until {licence['validUntil']}) is refused as too early")
    approver = cli("application", "renew", "--licence", licence["number"], data=data, check=False,
                   env={"OXLABEL_ACTOR": "赵敏", "OXLABEL_ROLE": "approver"})
    checks.check(approver.returncode == 1 and "无权" in approver.stderr, "an approver may not apply for a renewal")
checks.check(audit_count(data) == before, "no refused renewal wrote anything")

# 4. The demo's renewed product licence: labels of its first term show 已过期, the licence 有效.
renewed = [entry for entry in listed if len(entry["licence"]["terms"]) > 1 and entry["licence"]["kind"] == "product"]
checks.check(bool(renewed), f"the demo renewed a product licence through an application ({len(renewed)})")
for entry in renewed[:1]:
    number = entry["licence"]["number"]
    checks.check(entry["shows"]["state"] == "valid", f"{number} is 有效 in its second term")
    batches = json.loads(cli("labels", "list", "--licence", number, "--json", data=data).stdout)["batches"]
    first_term = [view for view in batches if view["batch"]["term"] == 1]
    checks.check(bool(first_term), f"{number} has a batch issued under its first term")
    for view in first_term[:1]:
        code = view["batch"]["codes"]["first"]
        shown = cli("labels", "show", code, data=data).stdout
        checks.check("已过期" in shown, f"its label {code} shows 已过期 on the command line")
        with Server(data) as server:
            status, _, body = server.request("/V/" + code)
        checks.check(status == 200 and "已过期" in body.decode(), f"its label {code} shows 已过期 on its public page")

checks.done()
