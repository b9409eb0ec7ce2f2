import PromModel

/// One label of a target or series.
public struct Label: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    public static func == (lhs: Label, rhs: Label) -> Bool {
        LabelBytes.equal(lhs.name, rhs.name) && LabelBytes.equal(lhs.value, rhs.value)
    }

    public func hash(into hasher: inout Hasher) {
        LabelBytes.hash(name, into: &hasher)
        LabelBytes.hash(value, into: &hasher)
    }
}

/// A set of labels sorted by name, as Prometheus's `labels.Labels` is.
///
/// Names and values compare as bytes, the way Go compares strings: Swift's
/// own `String ==` treats canonically equivalent text ("é" and "e\u{301}")
/// as equal, which Prometheus does not. A label with an empty value does not
/// exist, so setting one to "" deletes it (`labels.Builder.Set`).
public struct LabelSet: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    public private(set) var labels: [Label]

    public init() { labels = [] }

    /// From name/value pairs; later pairs win, empty values are skipped.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, String) {
        labels = []
        for (name, value) in pairs { self[name] = value }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    public init(_ dictionary: [String: String]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    /// Labels already sorted by name and free of duplicates and empty values.
    public init(sorted: [Label]) {
        labels = sorted
    }

    /// Room for `count` more labels without reallocating: a relabel chain
    /// that adds a few labels then grows the set in place.
    public mutating func reserveCapacity(_ count: Int) {
        labels.reserveCapacity(labels.count + count)
    }

    public var count: Int { labels.count }
    public var isEmpty: Bool { labels.isEmpty }
    public func makeIterator() -> IndexingIterator<[Label]> { labels.makeIterator() }

    public var names: [String] { labels.map(\.name) }
    public var dictionary: [String: String] {
        Dictionary(labels.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// The value, nil when the label is not set.
    public subscript(name: String) -> String? {
        get {
            let (index, found) = position(of: name)
            return found ? labels[index].value : nil
        }
        set {
            set(name, newValue ?? "")
        }
    }

    /// The value or "" (`labels.Builder.Get`).
    @inline(__always)
    public func value(_ name: String) -> String {
        let (index, found) = position(of: name)
        return found ? labels[index].value : ""
    }

    public func contains(_ name: String) -> Bool { position(of: name).found }

    public mutating func set(_ name: String, _ value: String) {
        let (index, found) = position(of: name)
        if value.isEmpty {
            if found { labels.remove(at: index) }
        } else if found {
            labels[index].value = value
        } else {
            labels.insert(Label(name: name, value: value), at: index)
        }
    }

    public mutating func remove(_ name: String) {
        let (index, found) = position(of: name)
        if found { labels.remove(at: index) }
    }

    public mutating func removeAll(where predicate: (Label) throws -> Bool) rethrows {
        try labels.removeAll(where: predicate)
    }

    /// Labels whose name does not start with `__`: what a scraped series carries.
    public var withoutReservedLabels: LabelSet {
        LabelSet(sorted: labels.filter { !LabelBytes.hasPrefix($0.name, LabelBytes.reservedPrefix) })
    }

    /// `{a="1", b="2"}` with Go-quoted values, as Prometheus prints label sets.
    public var description: String {
        "{" + labels.map { "\($0.name)=\(goQuote($0.value))" }.joined(separator: ", ") + "}"
    }

    /// Binary search by byte order of the name.
    @inline(__always)
    func position(of name: String) -> (index: Int, found: Bool) {
        var low = 0
        var high = labels.count
        while low < high {
            let middle = (low + high) >> 1
            switch LabelBytes.compare(labels[middle].name, name) {
            case .less: low = middle + 1
            case .greater: high = middle
            case .equal: return (middle, true)
            }
        }
        return (low, false)
    }

    public static func == (lhs: LabelSet, rhs: LabelSet) -> Bool { lhs.labels == rhs.labels }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(labels.count)
        for label in labels { label.hash(into: &hasher) }
    }
}

/// Byte-wise string comparison (Go semantics) with Swift's fast paths kept.
public enum LabelBytes {
    static let reservedPrefix: [UInt8] = [0x5F, 0x5F]

    public enum Order { case less, equal, greater }

    @inline(__always)
    public static func equal(_ a: String, _ b: String) -> Bool {
        if sameRepresentation(a, b) { return true }
        let x = a.utf8
        let y = b.utf8
        guard x.count == y.count else { return false }
        if let result = x.withContiguousStorageIfAvailable({ p in
            y.withContiguousStorageIfAvailable { q in memcmpEqual(p, q) }
        }), let result {
            return result
        }
        return x.elementsEqual(y)
    }

    @inline(__always)
    public static func compare(_ a: String, _ b: String) -> Order {
        // The same string (one storage, or equal small strings, which are
        // stored inline) needs no byte comparison: a lookup's last probe.
        if sameRepresentation(a, b) { return .equal }
        let x = a.utf8
        let y = b.utf8
        if let result = x.withContiguousStorageIfAvailable({ p in
            y.withContiguousStorageIfAvailable { q in memcmpOrder(p, q) }
        }), let result {
            return result
        }
        if x.elementsEqual(y) { return .equal }
        return x.lexicographicallyPrecedes(y) ? .less : .greater
    }

    public static func less(_ a: String, _ b: String) -> Bool { compare(a, b) == .less }

    /// Bitwise equal `String` values hold the same bytes.
    @inline(__always)
    static func sameRepresentation(_ a: String, _ b: String) -> Bool {
        withUnsafeBytes(of: a) { x in
            withUnsafeBytes(of: b) { y in
                x.loadUnaligned(as: UInt64.self) == y.loadUnaligned(as: UInt64.self)
                    && x.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == y.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            }
        }
    }

    /// Whether `text` has the byte anywhere. The generic `Sequence.contains`
    /// on the UTF-8 view went byte by byte through the view's index logic.
    @inline(__always)
    public static func contains(_ text: String, byte: UInt8) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            for b in bytes where b == byte { return true }
            return false
        }) {
            return found
        }
        return text.utf8.contains(byte)
    }

    @inline(__always)
    public static func hasPrefix(_ text: String, _ prefix: [UInt8]) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= prefix.count else { return false }
        if let found = utf8.withContiguousStorageIfAvailable({ bytes in
            for i in prefix.indices where bytes[i] != prefix[i] { return false }
            return true
        }) {
            return found
        }
        return utf8.starts(with: prefix)
    }

    static func hash(_ text: String, into hasher: inout Hasher) {
        let utf8 = text.utf8
        hasher.combine(utf8.count)
        if utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in utf8 { hasher.combine(byte) }
        }
    }

    @inline(__always)
    private static func memcmpEqual(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> Bool {
        guard p.count == q.count else { return false }
        guard let a = p.baseAddress, let b = q.baseAddress else { return p.count == q.count }
        for i in 0..<p.count where a[i] != b[i] { return false }
        return true
    }

    @inline(__always)
    private static func memcmpOrder(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> Order {
        let n = min(p.count, q.count)
        if n > 0, let a = p.baseAddress, let b = q.baseAddress {
            for i in 0..<n where a[i] != b[i] { return a[i] < b[i] ? .less : .greater }
        }
        return p.count == q.count ? .equal : (p.count < q.count ? .less : .greater)
    }
}
