import Foundation
import HTTPTypes
import Hummingbird

/// The console's cookies: the session id (`Path=/console`) and the login form's token
/// (`Path=/console/login`), both `HttpOnly; SameSite=Strict`, `Secure` when configured.
struct ConsoleCookies: Sendable {
    static let session = "oxlabel_console"
    static let login = "oxlabel_login"
    let secure: Bool

    /// A cookie's value from the request's `Cookie` headers.
    static func value(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return String(parts[1]).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    /// A `Set-Cookie` field that stores a value until the browser closes.
    func set(_ name: String, _ value: String, path: String) -> HTTPField {
        HTTPField(name: .setCookie, value: "\(name)=\(value); Path=\(path); HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""))
    }

    /// A `Set-Cookie` field that deletes a cookie.
    func clear(_ name: String, path: String) -> HTTPField {
        HTTPField(name: .setCookie, value: "\(name)=; Path=\(path); Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""))
    }
}
