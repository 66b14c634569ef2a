import Foundation
import RegistryCore

/// What every printed label takes from configuration (`Schemas/labels/label-settings.json`): the host
/// of the verification URL, the brand line and the slogan.
public struct LabelSettings: Sendable, Hashable, Decodable {
    public let verificationHost: VerificationHost
    public let brand: LabelBrand

    /// The settings file under a schemas folder.
    public static let relativePath = "labels/label-settings.json"

    private enum CodingKeys: String, CodingKey {
        case verificationHost, brandLine, slogan
    }

    public init(verificationHost: VerificationHost, brand: LabelBrand) {
        self.verificationHost = verificationHost
        self.brand = brand
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verificationHost = try container.decode(VerificationHost.self, forKey: .verificationHost)
        brand = LabelBrand(brandLine: try container.decode(String.self, forKey: .brandLine), slogan: try container.decode(String.self, forKey: .slogan))
    }

    /// Reads `labels/label-settings.json` from a schemas folder.
    public static func load(schemas: URL) throws(ConfigurationError) -> LabelSettings {
        let file = schemas.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: file.path) else { throw .missing(file: file.path) }
        do {
            return try JSONDecoder().decode(LabelSettings.self, from: data)
        } catch {
            throw .invalid(file: file.path, detail: "\(error)")
        }
    }

    /// A label of a batch: the batch's particulars with the brand and host from these settings.
    public func label(_ code: LabelCode, particulars: LabelParticulars) -> LabelContent {
        LabelContent(brand: brand, subject: particulars.subject, operatorName: particulars.operatorName, town: particulars.town,
                     grade: particulars.grade, documentNumber: particulars.licenceNumber, link: particulars.link.link(for: code),
                     host: verificationHost)
    }
}
