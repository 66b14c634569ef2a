/// 印制对账: how every label of a batch is accounted for, and the gaps that need a look.
public struct LabelReconciliation: Codable, Sendable, Hashable {
    public let batchNumber: String
    /// Codes issued to the batch.
    public let allocated: Int
    /// Labels ever printed (including those voided or destroyed after printing).
    public let printed: Int
    public let voided: Int
    public let destroyed: Int
    /// Labels scanned at least once by a consumer.
    public let scanned: Int
    /// Labels issued and not yet printed.
    public let awaitingPrint: Int
    /// Printed labels neither voided nor destroyed.
    public let inCirculation: Int
    public let flags: [Flag]

    /// A gap in the accounts.
    public enum Flag: Codable, Sendable, Hashable {
        /// Printed labels under a revocation (batch, run, or licence) that were never voided or destroyed.
        case printedNotAccountedFor(count: Int)
        /// Voided or destroyed labels that were scanned afterwards: a copied or stolen label.
        case scannedWhileVoided(count: Int)

        public var chinese: String {
            switch self {
            case .printedNotAccountedFor(let count): "已撤销但未作废或销毁的已印制标签 \(count) 枚，应回收销毁"
            case .scannedWhileVoided(let count): "作废或销毁后仍被扫码的标签 \(count) 枚，疑似复制"
            }
        }

        public var english: String {
            switch self {
            case .printedNotAccountedFor(let count): "\(count) printed label(s) under revocation were never voided or destroyed"
            case .scannedWhileVoided(let count): "\(count) label(s) were scanned after being voided or destroyed"
            }
        }
    }

    /// The accounts from the label counts; `printedUnderRevocation` counts the labels still printed
    /// that a revocation reaches, `scannedWhileVoided` the dead labels scanned since.
    public init(batchNumber: String, allocated: Int, printed: Int, voided: Int, destroyed: Int, scanned: Int,
                awaitingPrint: Int, inCirculation: Int, printedUnderRevocation: Int, scannedWhileVoided: Int) {
        self.batchNumber = batchNumber
        self.allocated = allocated
        self.printed = printed
        self.voided = voided
        self.destroyed = destroyed
        self.scanned = scanned
        self.awaitingPrint = awaitingPrint
        self.inCirculation = inCirculation
        var flags = [Flag]()
        if printedUnderRevocation > 0 { flags.append(.printedNotAccountedFor(count: printedUnderRevocation)) }
        if scannedWhileVoided > 0 { flags.append(.scannedWhileVoided(count: scannedWhileVoided)) }
        self.flags = flags
    }
}
