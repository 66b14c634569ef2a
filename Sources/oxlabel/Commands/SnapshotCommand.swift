import ArgumentParser
import RegistryServer

/// `oxlabel snapshot …`: the key that signs the daily status snapshot.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot", abstract: "The signing key of the daily status snapshot (/api/v1/snapshot).", subcommands: [RotateKey.self])

    struct RotateKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-key", abstract: "Replace the snapshot signing key on purpose (admin); the old public key stays published as retired.",
            discussion: """
            Writes a new key beside the registry (<registry>.snapshot-key, 0600) and keeps the old public key in the registry with the time and the reason; /api/v1/snapshot/public-key lists it under "retired" with the days it signed, so that snapshots saved earlier still verify. Recorded in the audit trail. Restart `oxlabel serve` to sign with the new key, and take a new backup: the old backup's key is no longer the one in use.

            Example: oxlabel snapshot rotate-key --reason 密钥文件随旧服务器报废 --actor 孙磊 --role admin
            """)
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Option(help: "Why the key is replaced.") var reason: String

        func run() throws {
            let actor = try who.resolve()
            let rotation = try SnapshotKey.rotate(beside: try options.openRegistry(), reason: reason, by: actor)
            struct Output: Encodable { let publicKey: String; let retiredPublicKey: String? }
            try options.emit(Output(publicKey: rotation.key.publicKeyText, retiredPublicKey: rotation.retiredPublicKey), text: """
                已更换快照签名密钥 snapshot signing key replaced
                  新公钥 new public key      \(rotation.key.publicKeyText)
                  停用公钥 retired public key \(rotation.retiredPublicKey ?? "—（原密钥文件缺失 the old key file was missing）")
                请重启 oxlabel serve 并重新备份 restart `oxlabel serve` and take a new backup
                """)
        }
    }
}
