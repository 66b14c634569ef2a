import Foundation
import Testing
import RegistryCore
import RegistryFixtures
@testable import RegistryServer

@Suite struct FuzzTests {
    /// 10,000 random malformed paths and codes, against the in-process app: never a 500.
    @Test func malformedPathsAndCodesNeverAnswer500() async throws {
        let harness = try await ServerHarness(unknownLookups: RateLimiter.Policy(capacity: 1_000_000, refillPerSecond: 1))
        let valid = harness.fixture.labels["valid"]!.text
        let prefixes = ["/V/", "/v/", "/api/v1/labels/", "/verify?code=", "/01/06901234567892/10/A1/21/", "/01/", "/licence/", "/api/v1/licences/", "/"]
        let pieces = ["%", "%2", "%FF", "%00", "..", "/", "//", "?", "#", "&", "=", "+", " ", "-", "_", "O", "I", "L", "U", "0", "Z", "ｚ",
                      "１", "　", "葡萄", "<script>", "'", "\"", "\\", "%E5%90", "\u{0}", "\u{202E}", "🍇", "lang=en", valid, String(valid.prefix(9))]
        var random = SeededGenerator(seed: 10_000)
        let paths = (0..<10_000).map { _ in
            var path = prefixes.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 0...6, using: &random) { path += pieces.randomElement(using: &random)! }
            return path.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(CharacterSet(charactersIn: "%"))) ?? "/"
        }
        let failures = try await harness.run { client in
            var failures = [String]()
            for path in paths {
                let status = try await client.get(path).status
                if status >= 500 { failures.append("\(status) \(path)") }
            }
            return failures
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
