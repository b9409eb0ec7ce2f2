import Foundation
import TestSupport

/// Inputs built to break parsers, and the seeds the fuzz tests mutate.
enum Hostile {
    /// Iterations of each random-input loop: small by default so the suite
    /// stays fast in CI; `HALINT_FUZZ_ITERATIONS=100000` for a long run.
    static let iterations: Int = {
        let text = ProcessInfo.processInfo.environment["HALINT_FUZZ_ITERATIONS"] ?? ""
        return Int(text).map { max(1, $0) } ?? 40
    }()

    /// The seed of every generator; `HALINT_FUZZ_SEED` varies a long run.
    static let seed: UInt64 = UInt64(ProcessInfo.processInfo.environment["HALINT_FUZZ_SEED"] ?? "") ?? 20_261_125

    /// With `HALINT_FUZZ_LOG=<dir>`, each input is written to `<dir>/<name>`
    /// before it is used, so the input of a crash is left behind.
    static func record(_ bytes: [UInt8], name: String) {
        guard let dir = logDirectory else { return }
        _ = FileManager.default.createFile(atPath: dir + "/" + name.replacingOccurrences(of: "/", with: "_"), contents: Data(bytes))
    }

    static let logDirectory: String? = ProcessInfo.processInfo.environment["HALINT_FUZZ_LOG"].flatMap { $0.isEmpty ? nil : $0 }

    static func nested(_ open: String, _ close: String, depth: Int, inner: String = "") -> String {
        String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
    }

    static func ruleFile(expr: String, annotation: String = "{{ $value }}") -> String {
        """
        groups:
          - name: g
            rules:
              - alert: A
                expr: \(yamlQuoted(expr))
                labels: {severity: warning}
                annotations:
                  summary: \(yamlQuoted(annotation))

        """
    }

    /// A single-quoted YAML scalar.
    static func yamlQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// PromQL expressions nested far past any limit, by the shape that nests.
    static let deepPromQL: [(name: String, expr: String)] = [
        ("parentheses", nested("(", ")", depth: 100_000, inner: "up")),
        ("unary minus", String(repeating: "-", count: 100_000) + "up"),
        ("negated parentheses", nested("-(", ")", depth: 100_000, inner: "up")),
        ("binary chain", Array(repeating: "up", count: 100_000).joined(separator: "+")),
        ("right-associative power", Array(repeating: "up", count: 100_000).joined(separator: "^")),
        ("aggregations", nested("sum(", ")", depth: 20_000, inner: "up")),
        ("function calls", nested("abs(", ")", depth: 20_000, inner: "up")),
        ("subqueries", nested("max_over_time(", "[5m:1m])", depth: 20_000, inner: "up")),
    ]

    /// Byte sequences parsers trip on, spliced into mutants.
    static let tokens: [[UInt8]] = [
        "{", "}", "[", "]", "(", ")", ":", "- ", "&a ", "*a", "!!", "|", ">", "'", "\"", "#", "%", "@", "`", "\t", "\n", "\r\n",
        ",", "?", "<", "{{", "}}", "{{ end }}", "${", "\\", "x1000000000000", "9223372036854775807", "-9223372036854775808",
        "1e309", "NaN", "-Inf", "99999999999999999y", "=~\"(a+)+$\"", "\u{FEFF}", "\u{2028}",
    ].map { Array($0.utf8) } + [[0], [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xF4, 0x90, 0x80, 0x80]]

    /// One random mutation step: flip, overwrite, delete, insert a token,
    /// truncate, duplicate a slice, or splice in part of `donor`.
    static func mutate(_ input: [UInt8], donor: [UInt8], using generator: inout SplitMix64) -> [UInt8] {
        var bytes = input.isEmpty ? [0x0A] : input
        for _ in 0..<(1 + generator.below(4)) {
            let position = generator.below(bytes.count)
            switch generator.below(7) {
            case 0: bytes[position] ^= UInt8(1 << generator.below(8))
            case 1: bytes[position] = UInt8(truncatingIfNeeded: generator.next())
            case 2: bytes.remove(at: position)
            case 3: bytes.insert(contentsOf: tokens[generator.below(tokens.count)], at: position)
            case 4: bytes = Array(bytes.prefix(position))
            case 5:
                let end = min(bytes.count, position + 1 + generator.below(64))
                bytes.insert(contentsOf: bytes[position..<end], at: position)
            default:
                guard !donor.isEmpty else { continue }
                let start = generator.below(donor.count)
                let end = min(donor.count, start + 1 + generator.below(256))
                bytes.insert(contentsOf: donor[start..<end], at: position)
            }
            if bytes.isEmpty { bytes = [0x0A] }
        }
        return bytes
    }

    /// Fixtures plus, when ../shared is present, its corpus: real inputs to mutate.
    static let seeds: [(name: String, bytes: [UInt8])] = {
        var roots = [TestPaths.fixtures]
        if let shared = TestPaths.shared { roots.append(shared.appendingPathComponent("corpus")) }
        var found: [(String, [UInt8])] = []
        for root in roots {
            let files = (try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []
            for file in files.sorted() where [".yml", ".yaml", ".conf", ".json", ".txt", ".om", ".series", ".tmpl"].contains(where: file.hasSuffix) {
                guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path), data.count < 200_000 else {
                    continue
                }
                found.append(((file as NSString).lastPathComponent, [UInt8](data)))
            }
        }
        return found
    }()

    /// Markers of a crash report or trap text that must never reach a user.
    static let crashMarkers = ["Fatal error", "Backtracing", "Program crashed", "Stack dump", "Illegal instruction", "Segmentation fault"]
}
