/// The coarse client hint a scan keeps: the network prefix (IPv4 /16, IPv6 /32) and the browser family
/// from the User-Agent. Enough to tell one shop from a dozen cities, never an address or a person.
enum ClientHint {
    static func of(address: String, userAgent: String?) -> String {
        "\(network(address)) \(family(userAgent))"
    }

    static func network(_ address: String) -> String {
        let octets = address.split(separator: ".", omittingEmptySubsequences: false)
        if octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) {
            return "\(octets[0]).\(octets[1]).0.0/16"
        }
        let groups = address.split(separator: ":", omittingEmptySubsequences: false)
        if groups.count >= 3, groups.prefix(2).allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }) {
            return "\(groups[0].lowercased()):\(groups[1].lowercased())::/32"
        }
        return "unknown"
    }

    /// The families people scan with in China first (WeChat, Alipay, …), then the common browsers.
    static let families: [(marker: String, family: String)] = [
        ("MicroMessenger", "WeChat"), ("AlipayClient", "Alipay"), ("DingTalk", "DingTalk"), ("MQQBrowser", "QQBrowser"),
        ("QQ/", "QQ"), ("UCBrowser", "UC"), ("HuaweiBrowser", "Huawei"), ("MiuiBrowser", "Xiaomi"), ("Edg/", "Edge"),
        ("Firefox/", "Firefox"), ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Safari/", "Safari"), ("curl/", "curl"),
    ]

    static func family(_ userAgent: String?) -> String {
        guard let userAgent, !userAgent.isEmpty else { return "none" }
        return families.first { userAgent.contains($0.marker) }?.family ?? "other"
    }
}
