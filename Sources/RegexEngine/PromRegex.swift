import CPCRE2

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular expression with Prometheus semantics: RE2 syntax only, and
/// (unless `anchored` is false) fully anchored as `^(?s:…)$`, exactly the
/// wrapper Prometheus puts around relabel regexes and label matchers.
/// Compiled once with PCRE2, JIT where the platform allows.
public struct PromRegex: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as the user wrote it.
    public let pattern: String
    public let anchored: Bool
    private let compiled: CompiledPattern

    public init(_ pattern: String, anchored: Bool = true) throws(RegexError) {
        self.pattern = pattern
        self.anchored = anchored
        let whole = anchored ? "^(?s:" + pattern + ")$" : pattern
        let translated = try RE2Syntax.translate(pattern, wholeExpression: whole)
        compiled = try CompiledPattern(anchored ? "^(?s:" + translated + ")$" : translated, shownAs: whole)
    }

    public var description: String { pattern }

    public static func == (lhs: PromRegex, rhs: PromRegex) -> Bool {
        lhs.pattern == rhs.pattern && lhs.anchored == rhs.anchored
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pattern)
        hasher.combine(anchored)
    }

    /// Number of capture groups.
    public var groupCount: Int { compiled.captureCount }

    /// Group names by number, for `${name}` expansion.
    public var groupNames: [String: Int] { compiled.names }

    public func matches(_ text: String) -> Bool {
        if let found = compiled.withOwnMatchData({ compiled.run(text, data: $0) >= 0 }) { return found }
        return matches(text, scratch: RegexScratch())
    }

    /// The capture groups of the first match, as UTF-8 byte ranges of `text`;
    /// index 0 is the whole match. Unset groups are nil.
    public func firstMatch(in text: String) -> RegexMatch? {
        firstMatch(in: text, from: 0)
    }

    /// The first match starting at UTF-8 offset `start` or later. Unlike
    /// matching a suffix, `^` and `\b` still see the text before `start`, as
    /// Go's `doExecute(…, pos, …)` does for successive matches.
    public func firstMatch(in text: String, from start: Int) -> RegexMatch? {
        let groups = compiled.withOwnMatchData { data -> [Range<Int>?]? in
            let rc = compiled.run(text, from: start, data: data)
            guard rc > 0 else { return nil }
            return (0...compiled.captureCount).map { CompiledPattern.group($0, of: data, setCount: Int(rc)) }
        }
        if let groups { return groups.map { RegexMatch(subject: text, groups: $0) } }
        let scratch = RegexScratch()
        let rc = compiled.run(text, from: start, data: scratch.matchData(pairs: compiled.captureCount + 1))
        scratch.setCount = rc > 0 ? Int(rc) : 0
        guard rc > 0 else { return nil }
        return RegexMatch(subject: text, groups: (0...compiled.captureCount).map(scratch.group))
    }

    /// `matches(_:)` with the match data of `scratch`, so a loop over many
    /// values allocates nothing per value.
    @inline(__always)
    public func matches(_ text: String, scratch: RegexScratch) -> Bool {
        scratch.setCount = 0
        return compiled.run(text, data: scratch.matchData(pairs: 1)) >= 0
    }

    /// Runs the regex on `text` and leaves the groups of the first match in
    /// `scratch` (read them with `scratch.group(_:)` before its next use).
    @inline(__always)
    public func match(_ text: String, into scratch: RegexScratch) -> Bool {
        let rc = compiled.run(text, data: scratch.matchData(pairs: compiled.captureCount + 1))
        scratch.setCount = rc > 0 ? Int(rc) : 0
        return rc > 0
    }
}

/// PCRE2 match data for a run of matches on one thread, reused from match to
/// match: allocating it per match (and the heap frames PCRE2 keeps in it)
/// was the largest cost of relabeling a million targets. Deliberately not
/// Sendable; each thread or loop makes its own.
public final class RegexScratch {
    private var data: OpaquePointer?
    private var pairs = 0
    /// Groups set by the last `match(_:into:)`: PCRE2's return code.
    fileprivate var setCount = 0

    public init() {}

    deinit {
        if let data { pcre2_match_data_free_8(data) }
    }

    @inline(__always)
    fileprivate func matchData(pairs needed: Int) -> OpaquePointer {
        if let data, pairs >= needed { return data }
        return grow(to: needed)
    }

    private func grow(to needed: Int) -> OpaquePointer {
        if let data { pcre2_match_data_free_8(data) }
        pairs = max(needed, 10)
        // Only fails when out of memory.
        data = pcre2_match_data_create_8(UInt32(pairs), nil)!
        return data!
    }

    /// Group `n` of the last successful `match(_:into:)` as a UTF-8 byte
    /// range of its subject; nil when the group did not take part.
    @inline(__always)
    public func group(_ n: Int) -> Range<Int>? {
        guard let data else { return nil }
        return CompiledPattern.group(n, of: data, setCount: setCount)
    }
}

/// A successful match: the subject and its groups as byte ranges.
public struct RegexMatch: Sendable {
    public let subject: String
    public let groups: [Range<Int>?]

    /// The text of group `n`, "" when the group did not take part.
    public func group(_ n: Int) -> String {
        guard n < groups.count, let range = groups[n] else { return "" }
        return subject.utf8Slice(range)
    }
}

extension String {
    /// The text at UTF-8 offsets `range`, which PCRE2 in UTF mode puts on
    /// scalar boundaries: slicing the UTF-8 view is exact and copies only
    /// the slice.
    @inline(__always)
    public func utf8Slice(_ range: Range<Int>) -> String {
        let view = utf8
        let start = view.index(view.startIndex, offsetBy: range.lowerBound)
        let end = view.index(start, offsetBy: range.count)
        return String(Substring(view[start..<end]))
    }
}

/// Owns the PCRE2 code. The compiled code is immutable after construction and
/// PCRE2 documents concurrent matching with one code as safe, which is why the
/// unchecked conformance is sound.
final class CompiledPattern: @unchecked Sendable {
    private let code: OpaquePointer
    let captureCount: Int
    let names: [String: Int]
    /// Match data for calls that bring no `RegexScratch` (one-off matches,
    /// routing, matcher logic), taken with a try-lock so that a concurrent
    /// caller allocates its own instead of waiting. Only touched under the lock.
    private let ownData: OpaquePointer
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    init(_ pcrePattern: String, shownAs whole: String) throws(RegexError) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let options = UInt32(PCRE2_UTF) | UInt32(PCRE2_DOLLAR_ENDONLY) | UInt32(PCRE2_MATCH_INVALID_UTF)
        let utf8 = Array(pcrePattern.utf8)
        let code = utf8.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options, &errorCode, &errorOffset, nil)
        }
        guard let code else {
            var message = [UInt8](repeating: 0, count: 256)
            let length = message.withUnsafeMutableBufferPointer { pcre2_get_error_message_8(errorCode, $0.baseAddress, 256) }
            let text = length > 0 ? String(decoding: message.prefix(Int(length)), as: UTF8.self) : "invalid pattern"
            throw RegexError(kind: .syntax, code: text, fragment: whole, offset: errorOffset)
        }
        self.code = code
        // JIT failure only costs speed; the interpreter gives the same answers.
        _ = pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE))
        var count: UInt32 = 0
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        captureCount = Int(count)
        names = Self.readNames(code)
        // Only fails when out of memory.
        ownData = pcre2_match_data_create_from_pattern_8(code, nil)!
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
        pcre2_match_data_free_8(ownData)
        pcre2_code_free_8(code)
    }

    /// `body` with the pattern's own match data, or nil when another thread
    /// holds it.
    @inline(__always)
    func withOwnMatchData<T>(_ body: (OpaquePointer) -> T) -> T? {
        guard pthread_mutex_trylock(lock) == 0 else { return nil }
        defer { pthread_mutex_unlock(lock) }
        return body(ownData)
    }

    @inline(__always)
    static func group(_ n: Int, of data: OpaquePointer, setCount: Int) -> Range<Int>? {
        guard n < setCount else { return nil }
        let ovector = pcre2_get_ovector_pointer_8(data)!
        let start = ovector[2 * n]
        let end = ovector[2 * n + 1]
        // PCRE2_UNSET is all bits set, which Swift sees as -1.
        guard start >= 0, start <= end else { return nil }
        return start..<end
    }

    private static func readNames(_ code: OpaquePointer) -> [String: Int] {
        var nameCount: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &nameCount)
        guard nameCount > 0 else { return [:] }
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [:] }
        var names: [String: Int] = [:]
        for i in 0..<Int(nameCount) {
            let entry = table + i * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            names[String(cString: entry + 2)] = number
        }
        return names
    }

    /// PCRE2's return code: > 0 on a match (groups set + 1), 0 when the
    /// match data has too few pairs, < 0 on no match.
    @inline(__always)
    func run(_ text: String, from start: Int = 0, data: OpaquePointer) -> Int32 {
        var subject = text
        return subject.withUTF8 { buffer in
            pcre2_match_8(code, buffer.baseAddress, buffer.count, start, 0, data, nil)
        }
    }
}
