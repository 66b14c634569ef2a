"""Finding 8: a backup can be restored.

`backup` while the server answers label pages writes the registry and its snapshot key (0600, never over an
existing file); the copy is served, its snapshot verifies with the ORIGINAL public key and its audit chain
is intact. `init` on a registry whose key is missing refuses to make a new one and says to restore it."""
import os
import stat
import threading

from abuse import Checks, Server, cli, fresh_registry, label_codes

checks = Checks()


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


folder, data = fresh_registry()
code = label_codes()["valid"]
backup = os.path.join(folder, "restore", "demo.sqlite")
os.makedirs(os.path.dirname(backup))
with Server(data) as server:
    _, _, original_key = server.request("/api/v1/snapshot/public-key")
    stop = threading.Event()
    answered = []

    def load():
        """Label pages, bounded: at most 2,000 requests, stopped as soon as the backup is done."""
        for _ in range(2000):
            if stop.is_set():
                return
            answered.append(server.request(f"/V/{code}")[0])

    loader = threading.Thread(target=load)
    loader.start()
    written = cli("backup", backup, "--json", data=data, check=False)
    stop.set()
    loader.join(timeout=60)
    checks.check(written.returncode == 0, f"backup succeeds while pages are served: {written.stderr.strip()}")
    checks.check(answered and all(status == 200 for status in answered), f"{len(answered)} label pages answered 200 meanwhile")
again = cli("backup", backup, data=data, check=False)
checks.check(again.returncode == 1 and "already exists" in again.stderr, "a second backup to the same file is refused")
for path in (backup, backup + ".snapshot-key"):
    checks.check(os.path.exists(path) and mode(path) == 0o600, f"{os.path.basename(path)} is written, 0600")
with open(os.path.join(folder, "original-key.json"), "wb") as f:
    f.write(original_key)

with Server(backup) as restored:
    status, headers, body = restored.request("/api/v1/snapshot")
    signature = next((value for key, value in headers.items() if key.lower() == "x-oxlabel-signature"), "")
    checks.check(status == 200 and restored.request(f"/V/{code}")[0] == 200, "the copy serves its snapshot and label pages")
snapshot = os.path.join(folder, "restored-snapshot.json")
with open(snapshot, "wb") as f:
    f.write(body)
verified = cli("audit", "verify", "--against", snapshot, "--signature", signature,
               "--public-key", os.path.join(folder, "original-key.json"), data=backup, check=False)
checks.check(verified.returncode == 0 and "signature verified" in verified.stdout and "audit chain intact" in verified.stdout,
             f"the copy's snapshot verifies with the original public key and its chain is intact: {verified.stdout.strip()[-160:]}{verified.stderr.strip()}")

os.remove(data + ".snapshot-key")
refused = cli("init", data=data, check=False)
checks.check(refused.returncode == 1 and "restore it from the backup" in refused.stderr and "请从备份恢复" in refused.stderr,
             f"init refuses to replace the missing key: {refused.stderr.strip()[:200]}")
checks.check(not os.path.exists(data + ".snapshot-key"), "no new key was made")
checks.done()
