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
        roll up into daily totals (as `oxlabel scans compact`), and the open-file limit is raised to the hard limit
        and printed. Bind to 127.0.0.1 behind a reverse proxy that adds TLS, and name the proxy with --trusted-proxy
        so that rate limits count each visitor (from X-Forwarded-For), not the proxy.

        Example: oxlabel serve --data var/demo.sqlite --port 8080
        Example: oxlabel serve --trusted-proxy 127.0.0.1/32 --trusted-proxy ::1 --metrics-from 10.8.0.0/16
        """)
    @OptionGroup var options: RegistryOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Flag(help: "Serve the public site only, without the staff console under /console (for a public-facing machine).")
    var noConsole = false
    @Flag(help: "Mark the console's cookies Secure (when a reverse proxy serves it over HTTPS).") var secureCookies = false
    @Option(help: "The Labels folder the console prints with (default: $OXLABEL_LABELS, ./Labels, or the one beside the program).")
    var labels: String?
    @Option(name: .customLong("trusted-proxy"),
            help: "A reverse proxy (IPv4 or IPv6 address or CIDR network, repeatable) whose X-Forwarded-For names the client.")
    var trustedProxies: [String] = []
    @Option(name: .customLong("metrics-from"),
            help: "A network (CIDR, repeatable) whose peers may read /metrics (default: 127.0.0.0/8 and ::1).")
    var metricsFrom: [String] = []
    @Option(help: "Connections open at once (1–1000000); one more is closed at once.") var maxConnections = 2_000
    @Option(help: "Seconds a whole request may take to arrive from its first byte (1–600); then its connection is closed.")
    var requestDeadline = 30

    func run() async throws {
        guard (1...65_535).contains(port) else { throw CLIError.badValue(option: "--port", value: String(port), expected: "a port 1–65535") }
        guard (1...1_000_000).contains(maxConnections) else {
            throw CLIError.badValue(option: "--max-connections", value: String(maxConnections), expected: "1–1000000")
        }
        let deadlines = RequestLimits.requestDeadlineSeconds
        guard deadlines.contains(requestDeadline) else {
            throw CLIError.badValue(option: "--request-deadline", value: String(requestDeadline),
                                    expected: "\(deadlines.lowerBound)–\(deadlines.upperBound) (seconds)")
        }
        let trusted = try Self.ranges(trustedProxies, option: "--trusted-proxy")
        let metricsPeers = try Self.ranges(metricsFrom, option: "--metrics-from")
        let registry = try options.openRegistry()
        let schemas = try ResourceLocator.schemas(explicit: options.schemasPath)
        var configuration = try ServerConfiguration(schemas: schemas, host: host, port: port)
        configuration.snapshotKey = try SnapshotKey.load(from: SnapshotKey.file(beside: registry.path))
        configuration.trustedProxies = trusted
        if !metricsPeers.isEmpty { configuration.metricsFrom = metricsPeers }
        configuration.limits.maxConnections = maxConnections
        configuration.limits.requestDeadline = .seconds(requestDeadline)
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
        let files = OpenFileLimit.raiseToHardLimit().map(String.init) ?? "unknown"
        FileHandle.standardOutput.write(Data("""
            oxlabel: open-file limit \(files), at most \(maxConnections) connections
            oxlabel: serving http://\(host):\(port)/directory (\(registry.path); Ctrl-C to stop)

            """.utf8))
        do {
            try await server.run()
        } catch let lost as ScansLost {
            throw lost
        } catch {
            throw CLIError.cannotServe(address: "\(host):\(port)", detail: "\(error)")
        }
    }

    /// The address ranges given to an option, each checked.
    private static func ranges(_ texts: [String], option: String) throws -> [AddressRange] {
        try texts.map { text throws(CLIError) in
            do throws(AddressRangeError) { return try AddressRange(parsing: text) } catch { throw .badAddressRange(option: option, error) }
        }
    }
}
