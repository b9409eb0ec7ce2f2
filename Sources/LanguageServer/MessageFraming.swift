import Foundation

/// The base protocol of LSP: `Content-Length: N\r\n\r\n` then N bytes of JSON.
/// A value type fed with bytes as they arrive, so it works on any stream.
public struct MessageFraming: Sendable {
    private var buffer: [UInt8] = []

    public init() {}

    public enum FramingError: Error, Equatable {
        case badHeader(String)
    }

    /// Appends bytes and returns every complete message body now available.
    public mutating func feed(_ bytes: [UInt8]) throws(FramingError) -> [Data] {
        buffer += bytes
        var messages: [Data] = []
        while let headerEnd = Self.find([13, 10, 13, 10], in: buffer) {
            let header = String(decoding: buffer[..<headerEnd], as: UTF8.self)
            var length: Int?
            for line in header.split(separator: "\r\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                    length = Int(parts[1].trimmingCharacters(in: .whitespaces))
                }
            }
            guard let length, length >= 0 else { throw .badHeader(header) }
            let start = headerEnd + 4
            // Compared as a difference: `start + length` trapped for Content-Length: 9223372036854775807.
            guard buffer.count - start >= length else { break }
            messages.append(Data(buffer[start..<start + length]))
            buffer.removeFirst(start + length)
        }
        return messages
    }

    public static func frame(_ body: Data) -> Data {
        Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<i + needle.count]) == needle { return i }
        }
        return nil
    }
}
