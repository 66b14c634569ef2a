import HTTPTypes
import Testing
@testable import RegistryServer

/// Who a request comes from: the peer, or behind a trusted proxy the right-most address of
/// `X-Forwarded-For` that is not a trusted proxy; IPv6 clients counted by their /64.
@Suite struct ClientIdentityTests {
    static let proxies = ClientIdentity(trustedProxies: [try! AddressRange(parsing: "10.0.0.0/8"), try! AddressRange(parsing: "fd00::/8")])

    static func client(peer: String, forwardedFor: [String]) -> String? {
        var headers = HTTPFields()
        for value in forwardedFor { headers.append(HTTPField(name: .xForwardedFor, value: value)) }
        return proxies.client(peer: IPAddress(peer), headers: headers)?.description
    }

    @Test func theRightMostUntrustedAddressIsTheClient() {
        #expect(Self.client(peer: "10.0.0.1", forwardedFor: ["203.0.113.7"]) == "203.0.113.7")
        // A client that writes its own entries on the left is not believed.
        #expect(Self.client(peer: "10.0.0.1", forwardedFor: ["198.51.100.1, 203.0.113.7"]) == "203.0.113.7")
        #expect(Self.client(peer: "10.0.0.1", forwardedFor: ["198.51.100.1", "203.0.113.7, 10.1.2.3"]) == "203.0.113.7")
        #expect(Self.client(peer: "10.0.0.1", forwardedFor: ["10.9.9.9, 10.1.2.3"]) == "10.9.9.9")
        #expect(Self.client(peer: "10.0.0.1", forwardedFor: []) == "10.0.0.1")
        #expect(Self.client(peer: "10.0.0.1", forwardedFor: [" 203.0.113.7:5123 , [2001:db8::5]:443"]) == "2001:db8::5")
        #expect(Self.client(peer: "fd00::1", forwardedFor: ["2001:db8::9"]) == "2001:db8::9")
    }

    @Test func anUntrustedPeerIsTheClientWhateverItSays() {
        #expect(Self.client(peer: "192.0.2.4", forwardedFor: ["203.0.113.7"]) == "192.0.2.4")
        #expect(ClientIdentity(trustedProxies: []).client(peer: IPAddress("10.0.0.1"), headers: [.xForwardedFor: "203.0.113.7"])?.description == "10.0.0.1")
    }

    @Test func anUnreadableEntryLeavesThePeerAsTheClient() {
        for entry in ["unknown", "203.0.113.7.1", "[2001:db8::1", "1.2.3.4:99999", "<script>", "", "1.2.3.4 5.6.7.8", String(repeating: "9", count: 5000)] {
            #expect(Self.client(peer: "10.0.0.1", forwardedFor: [entry]) == "10.0.0.1", "\(entry)")
        }
        #expect(Self.client(peer: "10.0.0.1", forwardedFor: ["203.0.113.7, garbage"]) == "10.0.0.1")
    }

    @Test func ipv6ClientsAreCountedByTheirSlash64() {
        #expect(IPAddress("2001:db8:1:2:aaaa::1")?.clientKey == "2001:db8:1:2::/64")
        #expect(IPAddress("2001:db8:1:2:ffff:ffff:ffff:ffff")?.clientKey == "2001:db8:1:2::/64")
        #expect(IPAddress("2001:db8:1:3::1")?.clientKey == "2001:db8:1:3::/64")
        #expect(IPAddress("203.0.113.7")?.clientKey == "203.0.113.7")
        #expect(IPAddress("::ffff:203.0.113.7")?.clientKey == "203.0.113.7")
    }

    @Test func rangesAreParsedWithBounds() throws {
        #expect(try AddressRange(parsing: "127.0.0.1").description == "127.0.0.1/32")
        #expect(try AddressRange(parsing: "2001:db8::/32").contains(try #require(IPAddress("2001:db8:ffff::1"))))
        #expect(try !AddressRange(parsing: "2001:db8::/32").contains(try #require(IPAddress("2001:db9::1"))))
        #expect(try !AddressRange(parsing: "10.0.0.0/8").contains(try #require(IPAddress("::ffff:11.0.0.1"))))
        #expect(try AddressRange(parsing: "0.0.0.0/0").contains(try #require(IPAddress("8.8.8.8"))))
        #expect(throws: AddressRangeError.badLength("10.0.0.0/33", maximum: 32)) { try AddressRange(parsing: "10.0.0.0/33") }
        #expect(throws: AddressRangeError.badLength("::1/129", maximum: 128)) { try AddressRange(parsing: "::1/129") }
        #expect(throws: AddressRangeError.badLength("10.0.0.0/-1", maximum: 32)) { try AddressRange(parsing: "10.0.0.0/-1") }
        #expect(throws: AddressRangeError.badLength("10.0.0.0/99999999999999999999", maximum: 32)) {
            try AddressRange(parsing: "10.0.0.0/99999999999999999999")
        }
        #expect(throws: AddressRangeError.hostBitsSet("10.0.0.1/8", network: "10.0.0.0/8")) { try AddressRange(parsing: "10.0.0.1/8") }
        #expect(throws: AddressRangeError.unreadable("proxy.example")) { try AddressRange(parsing: "proxy.example") }
        #expect(throws: AddressRangeError.unreadable("")) { try AddressRange(parsing: "") }
    }
}
