import ArgumentParser
import Foundation
import RegistryServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the public web service: licence directory, licence pages, JSON API.",
        discussion: """
        Serves /directory, /licence/<number>, /api/v1/…, /openapi.yaml, /healthz and /metrics until SIGTERM or
        Ctrl-C, then finishes the requests in flight. Bind to 127.0.0.1 behind a reverse proxy that adds TLS.

        Example: oxlabel serve --data var/demo.sqlite --port 8080
        """)
    @OptionGroup var options: RegistryOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080

    func run() async throws {
        guard (1...65_535).contains(port) else { throw CLIError.badValue(option: "--port", value: String(port), expected: "a port 1–65535") }
        let registry = try options.openRegistry()
        let schemas = try ResourceLocator.schemas(explicit: options.schemasPath)
        var configuration = try ServerConfiguration(schemas: schemas, host: host, port: port)
        configuration.snapshotKey = try SnapshotKey.load(from: SnapshotKey.file(beside: registry.path))
        let server = try await RegistryServer(registry: registry, configuration: configuration)
        FileHandle.standardOutput.write(Data("oxlabel: serving http://\(host):\(port)/directory (\(registry.path); Ctrl-C to stop)\n".utf8))
        do {
            try await server.run()
        } catch {
            throw CLIError.cannotServe(address: "\(host):\(port)", detail: "\(error)")
        }
    }
}
