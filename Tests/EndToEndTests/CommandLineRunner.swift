import Foundation
import TestSupport

/// Runs the built `oxlabel` binary against a registry in a temporary folder, as a clerk would.
struct CommandLineRunner {
    let folder: URL
    /// The registry's day (`$OXLABEL_NOW`); nil runs on the system clock.
    var today: String? = "2026-08-03"

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var dataPath: String { folder.appendingPathComponent("registry.sqlite").path }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built beside the test bundle.
    static let binary: String = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("oxlabel").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return packageRoot.appendingPathComponent(".build/debug/oxlabel").path
    }()

    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs `oxlabel` with arguments; `shell` lets a test pass bytes that are not UTF-8.
    @discardableResult
    func run(_ arguments: [String], actor: String? = nil, role: String? = nil, shell: String? = nil) throws -> Result {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell, "sh", Self.binary]
        } else {
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = arguments
        }
        process.environment = environment(actor: actor, role: role)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try ProcessLaunch.run(process)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self))
    }

    /// Starts the binary without waiting for it (for `serve`): its standard output goes to `output`, its
    /// standard error to the file `errors` when given; both are dropped otherwise.
    func start(_ arguments: [String], output: FileHandle = .nullDevice, errors: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.environment = environment(actor: nil, role: nil)
        process.standardOutput = output
        if let errors {
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try ProcessLaunch.run(process)
        return process
    }

    private func environment(actor: String?, role: String?) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["OXLABEL_DATA"] = dataPath
        environment["OXLABEL_SCHEMAS"] = Self.packageRoot.appendingPathComponent("Schemas").path
        environment["OXLABEL_NOW"] = today
        environment["OXLABEL_ACTOR"] = actor
        environment["OXLABEL_ROLE"] = role
        return environment
    }

    /// Runs and expects success, returning standard output.
    @discardableResult
    func ok(_ arguments: [String], actor: String? = nil, role: String? = nil) throws -> String {
        let result = try run(arguments, actor: actor, role: role)
        guard result.status == 0 else { throw Failure(message: "oxlabel \(arguments.joined(separator: " ")) failed: \(result.error)") }
        return result.output
    }

    /// Runs and expects a refusal: exit status 1 and one line on standard error.
    func refused(_ arguments: [String], actor: String? = nil, role: String? = nil) throws -> String {
        let result = try run(arguments, actor: actor, role: role)
        guard result.status == 1, result.error.split(separator: "\n").count == 1 else {
            throw Failure(message: "expected a one-line refusal from oxlabel \(arguments.joined(separator: " ")), got \(result.status): \(result.output)\(result.error)")
        }
        return result.error
    }

    /// The registry's whole content as SQL text, read by the sqlite3 tool: equal dumps, unchanged registry.
    func dump() throws -> String {
        try Self.tool("/usr/bin/sqlite3", [dataPath, ".dump"])
    }

    /// The standard output of another program (sqlite3, poppler-utils).
    static func tool(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try ProcessLaunch.run(process)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    struct Failure: Error, CustomStringConvertible { let message: String; var description: String { message } }
}
