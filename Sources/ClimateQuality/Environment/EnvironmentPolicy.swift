import Foundation
import RegistryCore

/// The environment indicators' settings (`Schemas/rules/environment.json`, [default] values to be
/// confirmed): which stations represent the district for each 天然氧吧 indicator.
public struct EnvironmentPolicy: Hashable, Sendable, Codable {
    /// The version of the file.
    public let version: String
    public let status: String
    public let representativeStations: RepresentativeStations

    public init(version: String, status: String, representativeStations: RepresentativeStations) {
        self.version = version
        self.status = status
        self.representativeStations = representativeStations
    }

    /// Reads and checks the file's contents; `file` names it in a refusal.
    public static func load(json: Data, file: String) throws(ConfigurationError) -> EnvironmentPolicy {
        let policy: EnvironmentPolicy
        do { policy = try JSONDecoder().decode(EnvironmentPolicy.self, from: json) } catch {
            throw .unreadable(file: file, detail: "\(error)")
        }
        if let problem = policy.representativeStations.problem { throw .invalid(file: file, detail: problem) }
        return policy
    }
}
