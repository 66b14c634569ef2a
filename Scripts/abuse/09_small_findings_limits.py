"""Finding 9 (limits): an unknown console name is locked out with the same message as a real one after five
failures; /metrics answers only --metrics-from networks; a report body cut short is 400, not 413; a report refused
with 400 spends no allowance, and a report for a code no label has is refused (404)."""
import html
import os
import re
import socket
import subprocess
import urllib.parse

from abuse import BIN, Checks, Server, fresh_registry, label_codes

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def login(server, name, password, client):
    """One login as a browser makes it, from `client` (behind the trusted proxy): the form and its token cookie,
    then the post. (status, error text)."""
    status, headers, body = server.request("/console/login")
    token = re.search(r'name="_csrf" value="([^"]+)"', body.decode()).group(1)
    cookie = headers.get("Set-Cookie", "").split(";")[0]
    form = urllib.parse.urlencode({"_csrf": token, "name": name, "password": password}).encode()
    status, _, body = server.request("/console/login", method="POST", body=form,
                                     headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie,
                                              "X-Forwarded-For": client})
    text = html.unescape(body.decode())
    match = re.search(r"[^>]*已被锁定[^<]*", text)
    return status, match.group(0) if match else ("用户名或密码不正确" if "用户名或密码不正确" in text else text[:200])


def raw(server, text, finish=True):
    with socket.create_connection(("127.0.0.1", server.port), timeout=20) as connection:
        connection.sendall(text.encode())
        if finish:
            connection.shutdown(socket.SHUT_WR)
        answer = b""
        while True:
            part = connection.recv(4096)
            if not part:
                break
            answer += part
    return int(answer[9:12]) if answer.startswith(b"HTTP/1.1 ") else None


def main():
    checks = Checks()
    folder, data = fresh_registry()
    add = subprocess.run([BIN, "user", "add", "审核员甲", "--role", "reviewer", "--password-stdin", "--data", data],
                         input="一个足够长的密码-abc\n", capture_output=True, text=True, timeout=120,
                         env={**os.environ, "OXLABEL_NOW": "2026-11-25", "OXLABEL_ACTOR": "管理员"})
    checks.check(add.returncode == 0, f"a real console account exists ({add.stderr.strip()[:120]})")
    code = label_codes()["valid"]
    # Behind a trusted proxy, so that each part of the replay is its own client.
    with Server(data, "--trusted-proxy", "127.0.0.1/32") as server:
        # Enumeration: the sixth failure of a real name and of an unknown one read alike.
        sixth = {}
        for number, name in enumerate(["审核员甲", "没有这个人"]):
            for attempt in range(5):
                login(server, name, f"wrong-{attempt}", f"203.0.113.{number + 1}")
            sixth[name] = login(server, name, "wrong-again", f"203.0.113.{number + 1}")
        checks.check(sixth["审核员甲"][0] == 403 and "已被锁定" in sixth["审核员甲"][1], f"the real account is locked: {sixth['审核员甲']}")
        checks.check(sixth["没有这个人"] == sixth["审核员甲"], f"an unknown name gets the same lock-out answer: {sixth['没有这个人']}")

        # /metrics from loopback by default.
        checks.check(server.request("/metrics")[0] == 200, "/metrics answers the machine itself by default")

        # Reports: refused ones spend nothing; unknown codes are refused.
        def report(target, text):
            body = urllib.parse.urlencode({"text": text}).encode()
            return server.request(f"/V/{target}/report", method="POST", body=body,
                                  headers={"Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": "198.51.100.1"})[0]

        # A code that passes its check but that no label has: one of the 32 check characters after 16 others,
        # each tried as another client so that the typos do not empty one bucket.
        missing = None
        for number, check in enumerate(ALPHABET):
            candidate = "7K3M9QXD2F8RHZ4W" + check
            status = server.request(f"/api/v1/labels/{candidate}", headers={"X-Forwarded-For": f"192.0.2.{number + 1}"})[0]
            if status == 404:
                missing = candidate
        checks.check(missing is not None, f"found a well-formed code no label has ({missing})")

        refusals = [report(code, " ") for _ in range(6)] + [report(code, "x" * 501) for _ in range(6)]
        checks.check(set(refusals) == {400}, f"empty and too long reports are refused with 400: {sorted(set(refusals))}")
        unknown = [report(missing, "copied") for _ in range(3)]
        checks.check(unknown == [404] * 3, f"reports of a code no label has are refused (404): {unknown}")
        accepted = [report(code, f"超市里的标签可疑 {n}") for n in range(5)]
        checks.check(accepted == [200] * 5, f"the refused reports spent none of the five allowed: {accepted}")
        checks.check(report(code, "第六次") == 429, "the sixth stored report meets the allowance")

        # A body cut short, and a malformed chunked body: 400.
        head = f"POST /V/{code}/report HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        checks.check(raw(server, head + "Content-Length: 300\r\n\r\ntext=abc") == 400, "a body cut short is 400")
        checks.check(raw(server, head + "Transfer-Encoding: chunked\r\n\r\n5\r\ntext=\r\nzz\r\n") == 400, "a malformed chunked body is 400")
        checks.check(raw(server, head + f"Content-Length: {6000}\r\n\r\n" + "t" * 6000) == 413, "a body too large is still 413")

    folder, data = fresh_registry()
    with Server(data, "--metrics-from", "10.0.0.0/8", "--trusted-proxy", "127.0.0.1/32") as server:
        status, _, body = server.request("/metrics", headers={"X-Forwarded-For": "10.1.2.3"})
        checks.check(status == 404 and b"oxlabel_http" not in body, f"/metrics refuses a peer outside --metrics-from (got {status})")
    checks.done()


if __name__ == "__main__":
    main()
