import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// The texts of a found label's page that differ from label to label and from scan to scan: the code,
/// the links that carry it, the scan line and the copy warnings' sentences. The rest of the page is the
/// same for every label of a batch with one status (`LabelPage.Sharing`).
struct LabelPageTexts: PageOwnTexts {
    /// The code in groups of four.
    let code: String
    let languageSwitchHref: String
    let reportAction: String
    /// "首次查询于 2026-09-01 · 共查询 3 次", counting this scan.
    let scanLine: String
    /// The copy signals in plain words.
    let signals: [String]
    /// The kinds of the copy signals, in order: which warnings the page shows.
    let signalKinds: [String]
    /// The warning that the GS1 Digital Link scanned carries another GTIN or lot than the batch.
    let mismatch: String?

    /// The texts of a label's page as scanned now, through a link that may not match its batch.
    init(_ verification: LabelVerification, mismatch: DigitalLinkMismatch?, at now: Date, heuristics: CopyHeuristics, language: Language,
         request: Request) {
        let scans = verification.scans.counting(.init(verification.status.state), at: now)
        let raised = heuristics.signals(scans, batchLabels: verification.batch.count, at: now)
        code = verification.label.code.grouped()
        languageSwitchHref = PageFrame.languageSwitchHref(request, language: language)
        reportAction = language.link("/V/\(verification.label.code.text)/report")
        scanLine = Self.scanLine(scans, language: language)
        signals = raised.map { language.pick($0.chinese, $0.english) }
        signalKinds = raised.map(\.code)
        self.mismatch = mismatch.map { language.pick($0.chinese, $0.english) }
    }

    init(code: String, languageSwitchHref: String, reportAction: String, scanLine: String, signals: [String], signalKinds: [String],
         mismatch: String? = nil) {
        self.code = code
        self.languageSwitchHref = languageSwitchHref
        self.reportAction = reportAction
        self.scanLine = scanLine
        self.signals = signals
        self.signalKinds = signalKinds
        self.mismatch = mismatch
    }

    /// The same texts, each transformed; the kinds of the signals are kept as they are.
    func map(_ transform: (String) -> String) -> LabelPageTexts {
        LabelPageTexts(code: transform(code), languageSwitchHref: transform(languageSwitchHref), reportAction: transform(reportAction),
                       scanLine: transform(scanLine), signals: signals.map(transform), signalKinds: signalKinds, mismatch: mismatch.map(transform))
    }

    /// "首次查询于 2026-09-01 · 共查询 3 次".
    static func scanLine(_ scans: ScanSummary, language: Language) -> String {
        let first = scans.firstScan.map { Day($0).description } ?? ""
        return language.pick("首次查询于 \(first) · 共查询 \(scans.scans) 次",
                             "First looked up on \(first) · looked up \(scans.scans) time\(scans.scans == 1 ? "" : "s")")
    }
}
