import ArgumentParser
import ClimateQuality
import LabelPrint
import RegistryCore
import RegistryStore

// The registry's named values as command-line arguments: `--help` lists each option's values, and a
// value that is not one of them is refused by the parser with that list, before the command runs.
// Values that are single lower-case words are read regardless of case.

extension Role: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension SubjectKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension OperatorKind: ExpressibleByArgument {
    /// The English name in any case, or the Chinese one (农民专业合作社).
    public init?(argument: String) { self.init(name: argument) }
}

extension ApplicationState: ExpressibleByArgument {}

extension RevocationReason: ExpressibleByArgument {}

extension CertificateRevocationReason: ExpressibleByArgument {}

extension RegionTitleRecheck.Outcome: ExpressibleByArgument {}

extension RegionTitle.Standing: ExpressibleByArgument {}

extension ObservationKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension Station.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension LabelFormat: ExpressibleByArgument {}

extension ThermalResolution: ExpressibleByArgument {}

extension EntityKind: ExpressibleByArgument {
    /// Every kind of record the audit trail names.
    public static var allValueStrings: [String] {
        [EntityKind.operator, .subject, .application, .objection, .licence, .regionTitle, .labelBatch, .label, .station, .observationImport,
         .climateCertificate, .labelReport, .account, .cropModel, .snapshotKey].map(\.rawValue)
    }
}
