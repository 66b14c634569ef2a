"""Issue 12, finding 2: a revoked climate-quality certificate kept its big 特优 seal on its page and PDF, its
product licence's labels stayed 有效 and the API gave no category. Revoked by another process while the
service runs, the certificate must show 已撤销 with its day and category and the grade only as 原等级, its
licence's labels 已暂停 (待复核) on the very next scan, and the report must carry the live link and
以网上状态为准."""
import json

from abuse import Checks, Server, cli, fresh_registry, label_codes

checks = Checks()
folder, data = fresh_registry()
codes = label_codes()

with Server(data) as server:
    certified = None
    for name, code in codes.items():
        status, _, body = server.request(f"/api/v1/labels/{code}")
        document = json.loads(body)
        if status == 200 and document["status"]["state"] == "valid" and document.get("certificate"):
            certified = (code, document["certificate"]["number"])
            break
    checks.check(certified is not None, "a demo label shows a climate grade resting on a certificate")
    if certified:
        code, number = certified
        status, _, page = server.request(f"/certificate/{number}")
        checks.check(status == 200 and "以网上状态为准".encode() in page and f"/certificate/{number}".encode() in page,
                     "the report in force carries its live link and 以网上状态为准")
        cli("climate", "revoke", number, "--category", "dataError", "--reason", "abuse replay: 观测站资料错用",
            "--actor", "赵敏", "--role", "approver", data=data)
        status, _, page = server.request(f"/V/{code}")
        checks.check(status == 200 and 'class="badge suspended">已暂停'.encode() in page and "待复核".encode() in page,
                     "the next scan of its label shows 已暂停 … 待复核")
        status, _, page = server.request(f"/certificate/{number}")
        checks.check(status == 200 and "<b>已撤销</b>".encode() in page and "原因类别：观测资料或评估有误".encode() in page
                     and "原等级".encode() in page and b'class="grade' not in page,
                     "the certificate page shows 已撤销 with its category and 原等级, and no seal")
        status, _, pdf = server.request(f"/certificate/{number}.pdf")
        checks.check(status == 200 and pdf.startswith(b"%PDF"), "its PDF is still served")
        status, _, body = server.request(f"/api/v1/certificates/{number}")
        checks.check(status == 410 and json.loads(body)["revocation"]["category"] == "dataError",
                     "the API answers 410 and names the category")
        status, _, body = server.request(f"/api/v1/labels/{code}")
        checks.check(status == 200 and json.loads(body)["status"]["source"] == "certificate",
                     "the label's API status is suspended by the certificate")
    checks.check(server.stop() == 0, "the server stops cleanly")
checks.done()
