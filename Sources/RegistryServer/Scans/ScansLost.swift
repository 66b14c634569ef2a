import RegistryCore

/// The service stopped with scans it could not write to the scan log: how many were lost.
public struct ScansLost: UserFacingError {
    public let count: Int

    public var chinese: String { "服务停止时有 \(count) 条扫码查询记录未能写入查询日志，已丢失" }
    public var english: String { "\(count) scans could not be written to the scan log when the service stopped and were lost" }
}
