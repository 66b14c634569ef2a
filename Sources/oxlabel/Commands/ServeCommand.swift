import ArgumentParser
import Foundation
import LabelPrint
import RegistryCore
import RegistryServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the public web service: licence directory, licence pages, JSON API.",
        discussion: """
        Serves /directory, /licence/<number>, /api/v1/…, /openapi.yaml, /healthz, /metrics and the staff console
        /console (accounts from `oxlabel user add`; leave it out with --no-console) until SIGTERM or Ctrl-C, then
        finishes the requests in flight and writes the scans still queued; if some could not be written it says
        how many and exits with status 1. At start, raw scans older than Schemas/verification/scan-log.json keeps
        roll up into daily totals (as `oxlabel scans compact`). Bind to 127.0.0.1 behind a reverse proxy that adds TLS.

        Example: oxlabel serve --data var/demo.sqlite --port 8080
        """)
    @OptionGroup var options: RegistryOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Flag(help: "Serve the public site only, without the staff console under /console (for a public-facing machine).")
    var noConsole = false
    @Flag(help: "Mark the console's cookies Secure (when a reverse proxy serves it over HTTPS).") var secureCookies = false
    @Option(help: "The Labels folder the console prints with (default: $OXLABEL_LABELS, ./Labels, or the one beside the program).")
    var labels: String?

    func run() async throws {
        guard (1...65_535).contains(port) else { throw CLIError.badValue(option: "--port", value: String(port), expected: "a port 1–65535") }
        let registry = try options.openRegistry()
        let schemas = try ResourceLocator.schemas(explicit: options.schemasPath)
        var configuration = try ServerConfiguration(schemas: schemas, host: host, port: port)
        configuration.snapshotKey = try SnapshotKey.load(from: SnapshotKey.file(beside: registry.path))
        configuration.console = noConsole ? nil : ConsoleSettings(secureCookies: secureCookies)
        if !noConsole {
            let directory = try ResourceLocator.labels(explicit: labels)
            do {
                configuration.labelPrinter = LabelPrinter(library: try LabelLibrary(directory: directory), settings: try options.labelSettings())
            } catch let error as LabelPrintError {
                throw ConfigurationError.invalid(file: directory.path, detail: error.description)
            }
        }
        try ScansCommand.Compact.compact(registry, schemas: schemas)
        let server = try await RegistryServer(registry: registry, configuration: configuration)
        FileHandle.standardOutput.write(Data("oxlabel: serving http://\(host):\(port)/directory (\(registry.path); Ctrl-C to stop)\n".utf8))
        do {
            try await server.run()
        } catch let lost as ScansLost {
            throw lost
        } catch {
            throw CLIError.cannotServe(address: "\(host):\(port)", detail: "\(error)")
        }
    }
}
