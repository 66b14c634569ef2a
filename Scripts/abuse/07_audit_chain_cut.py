"""Finding 7: the audit chain cannot be cut silently, and is anchored outside the file.

On copies of the demo registry, with python's sqlite3 as whoever holds the file would: deleting the last
events together with the head record is named by `audit verify`; and after an inspector saved the signed
snapshot, a consistent rewrite of the chain (hashes recomputed, head moved) passes the check inside the file
but is found by `audit verify --against` the saved snapshot, whose signature verifies with the saved key."""
import hashlib
import json
import os
import sqlite3

from abuse import Checks, Server, cli, fresh_registry

checks = Checks()


def header(headers, name):
    return next((value for key, value in headers.items() if key.lower() == name.lower()), None)


def keep_snapshot(data):
    """Fetches the snapshot, its signature and the public key as an inspector keeps them."""
    folder = os.path.dirname(data)
    with Server(data) as server:
        status, headers, body = server.request("/api/v1/snapshot")
        _, _, key = server.request("/api/v1/snapshot/public-key")
    checks.check(status == 200 and header(headers, "X-Oxlabel-Signature"), "the snapshot is served with its signature")
    paths = {name: os.path.join(folder, name) for name in ("snapshot.json", "snapshot.sig", "public-key.json")}
    for name, content in (("snapshot.json", body), ("snapshot.sig", (header(headers, "X-Oxlabel-Signature") or "").encode()),
                          ("public-key.json", key)):
        with open(paths[name], "wb") as f:
            f.write(content)
    return paths, json.loads(body)["audit"]


def event_hash(row):
    """The hash of an event as the registry computes it: each field length-prefixed, absent ones as '-'."""
    text = ""
    for field in row:
        if field is None:
            text += "-;"
        else:
            value = str(field)
            text += f"{len(value.encode())}:{value};"
    return hashlib.sha256(text.encode()).hexdigest()


# 1. Cut: the last three events and the head record deleted.
_, data = fresh_registry()
checks.check(cli("audit", "verify", data=data, check=False).returncode == 0, "the demo's chain is intact")
with sqlite3.connect(data) as db:
    last = db.execute("SELECT MAX(sequence) FROM audit_events").fetchone()[0]
    db.execute("DELETE FROM audit_events WHERE sequence > ?", (last - 3,))
    db.execute("DELETE FROM audit_head")
cut = cli("audit", "verify", data=data, check=False)
checks.check(cut.returncode == 1 and "head record is missing" in cut.stdout and "链头记录缺失" in cut.stdout,
             f"audit verify names the missing head after the last events were deleted: {cut.stdout.strip()[:200]}")

# 2. Rewrite after a saved snapshot: event (head - 2) edited, every later hash and the head recomputed.
_, data = fresh_registry()
paths, anchor = keep_snapshot(data)
against = ["audit", "verify", "--against", paths["snapshot.json"], "--signature", paths["snapshot.sig"],
           "--public-key", paths["public-key.json"]]
before = cli(*against, data=data, check=False)
checks.check(before.returncode == 0 and "signature verified" in before.stdout, "the untouched chain holds the saved head, signature verified")
with sqlite3.connect(data) as db:
    columns = "previous_hash, sequence, at_ms, actor, role, action, entity, entity_id, from_state, to_state, reason, details"
    rows = db.execute(f"SELECT {columns}, hash FROM audit_events WHERE sequence >= ? ORDER BY sequence",
                      (anchor["sequence"] - 3,)).fetchall()
    previous = rows[0][-1]
    for index, row in enumerate(rows[1:], start=1):
        fields = list(row[:-1])
        fields[0] = previous
        if index == 1:
            fields[10] = "改写 rewritten"
        previous = event_hash(fields)
        db.execute("UPDATE audit_events SET previous_hash = ?, reason = ?, hash = ? WHERE sequence = ?",
                   (fields[0], fields[10], previous, fields[1]))
    db.execute("UPDATE audit_head SET hash = ?", (previous,))
inside = cli("audit", "verify", data=data, check=False)
checks.check(inside.returncode == 0, "the consistent rewrite passes the check inside the file (which is why the anchor is needed)")
found = cli(*against, data=data, check=False)
checks.check(found.returncode == 1 and f"event {anchor['sequence']} differs from the head in the saved snapshot" in found.stdout,
             f"audit verify --against names the rewrite: {found.stdout.strip()[:200]}")
checks.done()
