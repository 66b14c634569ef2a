"""Finding 2: one computer reloading a genuine label's page 200 times must not brand it 此码可能被复制;
the demo's copied label, scanned from 15 networks within the hour, still shows its warning."""
import json
import re
import time

from abuse import Checks, Server, fresh_registry, label_codes

WARNING = "此码可能被复制".encode()
checks = Checks()
folder, data = fresh_registry()
codes = label_codes()
valid, copied = codes["valid"], codes["copied"]
agent = {"User-Agent": "Mozilla/5.0 (iPhone) MicroMessenger/8.0 abuse-02"}

with Server(data) as server:
    status, _, body = server.request(f"/V/{valid}", headers=agent)
    checks.check(status == 200 and WARNING not in body, "the valid label's page shows no copy warning at first")
    statuses = [server.request(f"/V/{valid}", headers=agent)[0] for _ in range(200)]
    checks.check(all(s == 200 for s in statuses), "200 reloads from one client are all answered 200")
    # The scans are on disk within a second; wait (bounded) until the page counts them all.
    def counted(page):
        found = re.search("共查询 (\\d+) 次".encode(), page)
        return int(found.group(1)) if found else 0
    page = b""
    for _ in range(50):
        status, _, page = server.request(f"/V/{valid}", headers=agent)
        if counted(page) > 201:
            break
        time.sleep(0.2)
    checks.check(counted(page) > 201, f"the page counts the 200 reloads (共查询 {counted(page)} 次)")
    checks.check(WARNING not in page, "after 200 reloads from one client the valid label's page does not say 此码可能被复制")
    status, _, body = server.request(f"/api/v1/labels/{valid}")
    checks.check(status == 200 and json.loads(body)["signals"] == [], "the API names no copy signal for the valid label")
    status, _, body = server.request(f"/V/{copied}", headers=agent)
    checks.check(status == 200 and WARNING in body and "个不同网络的用户查询".encode() in body and "起）".encode() in body,
                 "the demo's copied label (15 networks within the hour) still says 此码可能被复制, with since when")
    checks.check(server.stop() == 0, "the server stops cleanly")
checks.done()
