"""Finding 9, two of its items: free text refuses bidirectional control characters, and the language switch of
an error page never links to another host.

Against the real binary on a copy of the demo registry: copy reports whose text hides a right-to-left
override or an isolate are refused (400, naming the field) and stored nowhere; a note with one is refused
by the command line; error pages for `//evil.example/x`, `/\\evil.example` and their encoded forms link
their language switch to a path of this site only."""
import http.client
import json
import re

from abuse import Checks, Server, cli, fresh_registry, label_codes

checks = Checks()
folder, data = fresh_registry()
valid = label_codes()["valid"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


def raw_get(server, path):
    """(status, body) of a GET with the request target exactly as given."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_host=False, skip_accept_encoding=True)
        connection.endheaders()
        answer = connection.getresponse()
        return answer.status, answer.read().decode(errors="replace")
    finally:
        connection.close()


def reports():
    return json.loads(cli("labels", "reports", "--json", data=data).stdout)


before = len(reports())
with Server(data) as server:
    for index, mark in enumerate(BIDI[:4]):
        text = f"超市货架上的标签\u2066{mark}gpj.exe\u2069 可疑"
        body = ("text=" + "".join(f"%{byte:02X}" for byte in text.encode())).encode()
        status, _, answer = server.request(f"/V/{valid}/report", method="POST", body=body,
                                           headers={"Content-Type": "application/x-www-form-urlencoded"})
        page = answer.decode(errors="replace")
        checks.check(status == 400 and "文字方向" in page, f"a report hiding U+{ord(mark):04X} is refused (400, naming the field), got {status}")

    for path in ["//evil.example/x", "//evil.example/x?lang=en", "/\\evil.example", "/%5Cevil.example", "/%2F%2Fevil.example/x",
                 "/\\/evil.example", "/licence//evil.example"]:
        status, page = raw_get(server, path)
        match = re.search(r'<a class="lang" href="([^"]*)"', page)
        href = match.group(1) if match else None
        local = href is not None and href.startswith("/") and not href.startswith("//") and "\\" not in href
        checks.check(status < 500 and local, f"{path}: language switch {href!r} stays on this site ({status})")
    checks.check(server.request("/healthz")[0] == 200, "the server still answers /healthz")

checks.check(len(reports()) == before, "no refused report was stored")
result = cli("labels", "handle-report", "1", "--note", "已核实\u202e下架\u202c", data=data, check=False,
             env={"OXLABEL_ACTOR": "王芳", "OXLABEL_ROLE": "clerk"})
checks.check(result.returncode == 1 and "文字方向" in result.stderr, f"a note with U+202E is refused by the command line ({result.stderr.strip()[:100]})")
checks.done()
