import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loopback sockets for tests: a free port, a one-shot HTTP GET, and a
/// listener that answers every request with the same bytes.
public enum LocalHTTP {
    /// A port nothing listens on right now (bind 127.0.0.1:0, read it, close).
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        defer { close(fd) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// `GET path` on 127.0.0.1:port; the status code, or nil when nothing answers.
    public static func getStatus(port: Int, path: String) -> Int? {
        get(port: port, path: path)?.status
    }

    /// `GET path` on 127.0.0.1:port (`path` already escaped); status and body.
    public static func get(port: Int, path: String) -> (status: Int, body: String)? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = loopback(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        let reply = String(decoding: ProcessRunner.readAll(fd), as: UTF8.self)
        let words = reply.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, let status = Int(words[1]) else { return nil }
        let body = reply.range(of: "\r\n\r\n").map { String(reply[$0.upperBound...]) } ?? ""
        return (status, body)
    }

    static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}

/// Answers every connection on 127.0.0.1 with a fixed HTTP response, on a
/// background thread, until released: for clients facing odd servers.
public final class CannedHTTPServer: @unchecked Sendable {
    public let port: Int
    private let fd: Int32
    private let thread: Thread
    /// Signalled when the accept loop has returned: the descriptor is closed
    /// only then, so a later server that gets the same number is never
    /// served by this loop.
    private let finished = DispatchSemaphore(value: 0)

    public init(status: Int = 200, contentType: String = "text/html", body: String) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var address = LocalHTTP.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        self.fd = fd
        let response = Array(
            ("HTTP/1.1 \(status) Canned\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.utf8.count)\r\n"
                + "Connection: close\r\n\r\n" + body).utf8)
        let listener = fd
        let finished = finished
        thread = Thread {
            defer { finished.signal() }
            while true {
                let client = accept(listener, nil, nil)
                if client < 0 {
                    if errno == EINTR { continue }
                    return
                }
                // Read the request head before answering, so the client sees a reply, not a reset.
                var buffer = [UInt8](repeating: 0, count: 65_536)
                var head: [UInt8] = []
                while !head.suffix(4).elementsEqual(Array("\r\n\r\n".utf8)) {
                    let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { break }
                    head += buffer[0..<count]
                    if head.count > 1 << 20 { break }
                }
                _ = response.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                shutdown(client, Int32(SHUT_WR))
                close(client)
            }
        }
        thread.start()
    }

    public var url: String { "http://127.0.0.1:\(port)" }

    deinit {
        // shutdown wakes the blocked accept (EINVAL); wait for the loop to end before the number can be reused.
        shutdown(fd, Int32(SHUT_RDWR))
        _ = finished.wait(timeout: .now() + 10)
        close(fd)
    }
}
