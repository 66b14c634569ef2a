import Foundation
import RegistryCore

extension CommandLineRunner {
    /// Takes a grape cooperative from registration to an active product licence through the command
    /// line (quota 31,500 labels) and returns the licence number; the clock ends on 2026-08-11.
    mutating func grantedProductLicence() throws -> String {
        let uscc = USCC.completing("93110119MA01ABCD1")!.value
        try ok(["init"])
        try ok(["operator", "add", "--uscc", uscc, "--name", "延庆区前黑龙庙葡萄种植专业合作社", "--kind", "cooperative",
                "--town", "张山营镇", "--address", "前黑龙庙村 8 号"], actor: "王芳", role: "clerk")
        let subject = try ok(["subject", "add", "--operator", uscc, "--kind", "product", "--name", "巨峰葡萄", "--town", "张山营镇",
                              "--crop", "葡萄", "--variety", "巨峰", "--plot", "东坡地块", "--lat", "40.49", "--lon", "115.87", "--elevation", "525",
                              "--area-mu", "100", "--season", "2026", "--expected-kg", "150000", "--pack-kg", "5", "--json"], actor: "王芳", role: "clerk")
        let subjectID = try Self.field("id", in: subject)
        let application = try ok(["apply", "--subject", subjectID, "--json",
                                  "--evidence", "kind=greenFood,ref=GF110229260001,until=2028-12-31",
                                  "--evidence", "kind=foodSafetyTest,ref=JC-2026-0001,value=合格,until=2027-06-30"], actor: "王芳", role: "clerk")
        let number = try Self.field("number", in: application)
        try ok(["accept", number], actor: "王芳", role: "clerk")
        try ok(["review", number, "--findings", "材料齐全"], actor: "李强", role: "reviewer")
        try ok(["approve", number], actor: "赵敏", role: "approver")
        today = "2026-08-11"
        return try Self.field("number", in: try ok(["publicity", "close", number, "--json"], actor: "赵敏", role: "approver"))
    }

    /// Takes a licence through the command line, issues `count` labels on 2026-09-01 and prints them
    /// in `format` to `file` in the test's folder; returns the licence, the batch and the codes in print order.
    mutating func printedBatch(count: Int, format: String, file: String) throws -> (licence: String, batch: String, codes: [String]) {
        let licence = try grantedProductLicence()
        today = "2026-09-01"
        let batch = try Self.field("number", in: try ok(["labels", "issue", "--licence", licence, "--count", "\(count)", "--json"],
                                                        actor: "孙丽", role: "printer"))
        let json = try ok(["labels", "print", batch, "--format", format, "--out", folder.appendingPathComponent(file).path, "--json"],
                          actor: "孙丽", role: "printer")
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], let codes = object["codes"] as? [String] else {
            throw Failure(message: "no codes in \(json)")
        }
        return (licence, batch, codes)
    }

    /// A top-level field of a JSON object, as text.
    static func field(_ name: String, in json: String) throws -> String {
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], let value = object[name] else {
            throw Failure(message: "no \(name) in \(json)")
        }
        return "\(value)"
    }
}
