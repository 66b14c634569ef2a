import ArgumentParser
import LabelPrint
import RegistryCore
import RegistryStore

struct LabelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labels", abstract: "Serialized labels: issue within quota, print, void, reconcile, withdraw, copy reports.",
        subcommands: [Issue.self, LabelsPrintCommand.self, LabelsVoidCommand.self, LabelsDestroyCommand.self, Reconcile.self, List.self, Show.self,
                      LabelsSuspendCommand.self, LabelsRevokeCommand.self, LabelsReinstateCommand.self,
                      LabelsReportsCommand.self, LabelsHandleReportCommand.self])

    struct Issue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "发放 a batch of label codes under a licence, within its quota, in one transaction.",
            discussion: """
            Example: oxlabel labels issue --licence YQYB-P-2026-0001 --count 2100 --actor 孙丽 --role printer
                     oxlabel labels issue --licence YQYB-P-2026-0001 --count 500 --gtin 06901234567892 --lot 2026-09A --actor 孙丽 --role printer
            """)
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Option(help: "Licence number.") var licence: String
        @Option(help: "How many labels.") var count: Int
        @Option(help: "What the QR codes point to: short (HTTPS://HOST/V/CODE, default) or digital-link (GS1, with --gtin and --lot).")
        var format: LinkFormat?
        @Option(help: "The product's GTIN, for a GS1 Digital Link.") var gtin: String?
        @Option(help: "The lot (batch) number, for a GS1 Digital Link.") var lot: String?

        func run() throws {
            let actor = try who.resolve()
            let link = try linkForm()
            let meter = ProgressMeter(total: count, unit: "枚 labels")
            let (batch, remaining) = try options.openRegistry().write { tx in
                let batch = try tx.issueBatch(licence: licence, count: count, link: link, by: actor) { meter.update($0) }
                return (batch, try tx.licence(licence).quota - tx.issuedLabelCount(licence: licence))
            }
            meter.finish()
            try options.emit(batch, text: LabelText.issued(batch, remaining: remaining))
        }

        private func linkForm() throws -> LabelLinkForm {
            switch format ?? (gtin == nil && lot == nil ? .short : .digitalLink) {
            case .short:
                return .short
            case .digitalLink:
                guard let gtin else { throw CLIError.missingOption("--gtin") }
                guard let lot else { throw CLIError.missingOption("--lot") }
                return .digitalLink(gtin: try GTIN(parsing: gtin), lot: try GS1Lot(parsing: lot))
            }
        }
    }

    struct Reconcile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "印制对账: allocated, printed, voided, destroyed and scanned labels of a batch, with any gap flagged.",
            discussion: "Example: oxlabel labels reconcile YQYB-P-2026-0001-B001")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "Batch number.") var batch: String

        func run() throws {
            let accounts = try options.openRegistry().read { try $0.reconcile(batch: batch) }
            try options.emit(accounts, text: LabelText.reconciliation(accounts))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a licence's label batches, its quota, and what each batch's labels show today.",
            discussion: "Example: oxlabel labels list --licence YQYB-P-2026-0001")
        @OptionGroup var options: RegistryOptions
        @Option(help: "Licence number.") var licence: String

        func run() throws {
            let view = try options.openRegistry().read { tx in
                LabelBatchListView(licence: try tx.licence(licence).number, quota: try tx.licence(licence).quota,
                                   issued: try tx.issuedLabelCount(licence: licence),
                                   batches: try tx.labelBatches(licence: licence).map {
                                       LabelBatchView(batch: $0, shows: try tx.displayStatus(of: $0), runs: try tx.labelsInWithdrawnRuns(ofBatch: $0.number))
                                   })
            }
            try options.emit(view, text: LabelText.list(view))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a label: its state, and what it shows today through region title → licence → batch → label, and why.",
            discussion: "Example: oxlabel labels show \"7K3M 9QXD 2F8R HZ4W 7\"")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "The label code (case, spaces and hyphens are forgiven).") var code: String

        func run() throws {
            let parsed = try LabelCode(parsingField: code)
            let settings = try options.labelSettings()
            let view = try options.openRegistry().read { tx in
                let (label, shows) = try tx.displayStatus(ofLabel: parsed)
                return LabelView(label: label, shows: shows, url: try tx.labelBatch(label.batchNumber).link.link(for: parsed).url(on: settings.verificationHost))
            }
            try options.emit(view, text: LabelText.show(view))
        }
    }
}
