import Foundation
import RegistryCore
import Testing

/// The audit vocabulary: every action has one Chinese name and one stored value, old values read back
/// as written, and the registry records actions only through the named constants.
struct AuditActionTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// The raw value of every constant declared in `AuditAction.swift`, read from its source.
    func declaredRawValues() throws -> [String] {
        let text = try String(contentsOf: Self.sources.appendingPathComponent("RegistryCore/Audit/AuditAction.swift"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"public static let \w+ = Self\((?:rawValue: "([^"]+)"|\.(\w+))\)"#)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            [1, 2].lazy.compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }.first
        }
    }

    @Test func everyConstantHasOneChineseName() throws {
        let declared = try declaredRawValues()
        #expect(declared.count >= 40)
        #expect(Set(declared).count == declared.count, "two constants share a stored value")
        #expect(Set(declared) == Set(AuditAction.known.map(\.action.rawValue)), "a constant without a Chinese name, or a name without a constant")
        #expect(Set(AuditAction.known.map(\.action)).count == AuditAction.known.count)
        for (action, chinese) in AuditAction.known {
            #expect(action.chinese == chinese)
            #expect(!chinese.isEmpty && !chinese.contains { $0.isASCII && $0.isLetter }, "\(action.rawValue): \(chinese)")
        }
        for action in RegistryAction.allCases { #expect(AuditAction(action).chinese == action.chinese) }
    }

    @Test func storedValuesAreUnchanged() throws {
        #expect(AuditAction.grantLicence.rawValue == "grantLicence" && AuditAction.grantLicence.chinese == "发放许可")
        #expect(AuditAction.loginFailed.rawValue == "login-failed" && AuditAction.addAccount.rawValue == "account-add")
        let encoded = try JSONEncoder().encode([AuditAction.lockOut])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["lock-out"]"#)
        #expect(try JSONDecoder().decode([AuditAction].self, from: encoded) == [.lockOut])
    }

    @Test func anUnknownOldValueReadsBackAsWritten() throws {
        let old = try JSONDecoder().decode(AuditAction.self, from: Data(#""mergeOperators""#.utf8))
        #expect(old.rawValue == "mergeOperators" && old.chinese == "其他操作（mergeOperators）")
    }

    /// No action is made from a string except where the audit trail's rows are read back.
    @Test func theRegistryRecordsOnlyNamedActions() throws {
        let readers: Set<String> = ["RegistryCore/Audit/AuditAction.swift", "RegistryStore/Audit/RegistryTransaction+Audit.swift",
                                    "RegistryStore/Audit/RegistryTransaction+AuditSearch.swift"]
        let files = try #require(FileManager.default.enumerator(atPath: Self.sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 100)
        var appendSites = 0
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            if !readers.contains(file) { #expect(!text.contains("AuditAction(rawValue:"), "\(file) makes an audit action from a string") }
            for line in text.split(separator: "\n") where line.contains("appendAudit(actor, ") {
                appendSites += 1
                #expect(!line.contains("appendAudit(actor, \""), "\(file): \(line)")
            }
        }
        #expect(appendSites >= 25)
    }
}
