"""Issue 12, finding 3: a GS1 Digital Link carrying another product's GTIN showed the label 有效 without a
word. Its GTIN must be checked against the batch's (the demo's batches have none), whatever GS1 Digital
Link form it comes in: the page warns 商品条码与登记不符 and the API answers 422 `mismatch`. The GTINs get
their check digit from the mod-10 below, not from oxlabel."""
import json

from abuse import Checks, Server, fresh_registry, label_codes


def with_check_digit(body):
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


checks = Checks()
folder, data = fresh_registry()
valid = label_codes()["valid"].replace("-", "")
gtin13 = with_check_digit("690123456789")
gtin8 = with_check_digit("9638507")

with Server(data) as server:
    for path in [f"/01/0{gtin13}/10/2026-09A/21/{valid}", f"/01/{gtin13}/21/{valid}", f"/01/{gtin8}/21/{valid}?linkType=all"]:
        status, _, page = server.request(path)
        checks.check(status == 200 and "商品条码与登记不符：此标签登记于批次".encode() in page and "未登记商品条码".encode() in page,
                     f"{path} resolves with the mismatch warning")
    status, _, page = server.request(f"/V/{valid}")
    checks.check(status == 200 and "商品条码与登记不符".encode() not in page, "the label's own link carries no warning")
    status, _, body = server.request(f"/api/v1/labels/{valid}?gtin={gtin13}")
    checks.check(status == 422 and json.loads(body)["link"]["status"] == "mismatch", "the API answers 422 with link.status mismatch")
    wrong = gtin13[:-1] + str((int(gtin13[-1]) + 1) % 10)
    status, _, _ = server.request(f"/api/v1/labels/{valid}?gtin={wrong}")
    checks.check(status == 400, "a GTIN with a wrong check digit is refused (400)")
    checks.check(server.stop() == 0, "the server stops cleanly")
checks.done()
