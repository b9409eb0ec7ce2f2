import PromModel
import PromQL
import RegexEngine

/// A `label_replace` / `label_join` label rewrite, checked and compiled
/// once; both the step-by-step and the step-wise evaluator apply it per series.
struct LabelRewrite {
    enum Kind {
        case replace(replacement: String, source: String, regex: PromRegex)
        case join(separator: String, sources: [String])
    }

    let destination: String
    let kind: Kind

    static func replace(destination: String, replacement: String, source: String, pattern: String) throws(EvalError) -> LabelRewrite {
        let regex: PromRegex
        do {
            regex = try PromRegex(pattern)
        } catch {
            throw EvalError("invalid regular expression in label_replace(): \(pattern)")
        }
        guard PromNames.isValidPromQLStringLabelName(destination), !destination.isEmpty else {
            throw EvalError("invalid destination label name in label_replace(): \(destination)")
        }
        return LabelRewrite(destination: destination, kind: .replace(replacement: replacement, source: source, regex: regex))
    }

    static func join(destination: String, separator: String, sources: [String]) throws(EvalError) -> LabelRewrite {
        for name in sources where !PromNames.isValidPromQLStringLabelName(name) {
            throw EvalError("invalid source label name in label_join(): \(name)")
        }
        guard PromNames.isValidPromQLStringLabelName(destination), !destination.isEmpty else {
            throw EvalError("invalid destination label name in label_join(): \(destination)")
        }
        return LabelRewrite(destination: destination, kind: .join(separator: separator, sources: sources))
    }

    /// The rewritten labels and name-removal flag; label_replace leaves a
    /// series whose source does not match alone. Setting `__name__` cancels a pending removal.
    func apply(_ labels: Labels, dropName: Bool) -> (Labels, Bool) {
        let value: String
        switch kind {
        case .replace(let replacement, let source, let regex):
            let sourceValue = labels.get(source)
            guard let match = regex.firstMatch(in: sourceValue) else { return (labels, dropName) }
            value = EvalContext.expand(replacement, match, regex)
        case .join(let separator, let sources):
            value = sources.map { labels.get($0) }.joined(separator: separator)
        }
        var builder = Labels.Builder(labels)
        if value.isEmpty { builder.delete(destination) } else { builder.set(destination, value) }
        return (builder.labels(), destination == Labels.metricNameLabel ? false : dropName)
    }
}

extension EvalContext {
    func labelReplace(_ node: Call, _ t: Int64) throws(EvalError) -> [VectorSample] {
        var samples = try vectorArg(node.args[0], t)
        let rewrite = try LabelRewrite.replace(
            destination: try stringArg(node.args[1], t), replacement: try stringArg(node.args[2], t),
            source: try stringArg(node.args[3], t), pattern: try stringArg(node.args[4], t))
        return try Self.rewrite(&samples, rewrite)
    }

    func labelJoin(_ node: Call, _ t: Int64) throws(EvalError) -> [VectorSample] {
        var samples = try vectorArg(node.args[0], t)
        let destination = try stringArg(node.args[1], t)
        let separator = try stringArg(node.args[2], t)
        var sources: [String] = []
        for arg in node.args.dropFirst(3) { sources.append(try stringArg(arg, t)) }
        return try Self.rewrite(&samples, try LabelRewrite.join(destination: destination, separator: separator, sources: sources))
    }

    private static func rewrite(_ samples: inout [VectorSample], _ rewrite: LabelRewrite) throws(EvalError) -> [VectorSample] {
        for i in samples.indices { (samples[i].labels, samples[i].dropName) = rewrite.apply(samples[i].labels, dropName: samples[i].dropName) }
        try checkUnique(samples)
        return samples
    }

    static func checkUnique(_ samples: [VectorSample]) throws(EvalError) {
        var seen = Set<Labels>()
        for sample in samples where !seen.insert(sample.dropName ? sample.labels.droppingMetricName() : sample.labels).inserted {
            throw EvalError(Cleanup.duplicateLabelset)
        }
    }

    /// Go's `Regexp.ExpandString`: `$1`, `${1}`, `$name`, `${name}`, `$$`.
    /// An unknown or out-of-range reference expands to nothing.
    static func expand(_ template: String, _ match: RegexMatch, _ regex: PromRegex) -> String {
        let chars = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            c == "_" || (c.value >= 48 && c.value <= 57) || (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "$", i + 1 < chars.count else {
                out.append(c)
                i += 1
                continue
            }
            if chars[i + 1] == "$" {
                out.append("$")
                i += 2
                continue
            }
            var name = ""
            var next = i + 1
            if chars[next] == "{" {
                var end = next + 1
                while end < chars.count && isNameChar(chars[end]) { end += 1 }
                guard end < chars.count, chars[end] == "}", end > next + 1 else {
                    out.append(c)
                    i += 1
                    continue
                }
                name = String(String.UnicodeScalarView(chars[(next + 1)..<end]))
                next = end + 1
            } else {
                var end = next
                while end < chars.count && isNameChar(chars[end]) { end += 1 }
                guard end > next else {
                    out.append(c)
                    i += 1
                    continue
                }
                name = String(String.UnicodeScalarView(chars[next..<end]))
                next = end
            }
            if let number = Int(name), name.allSatisfy(\.isASCII) {
                if number < match.groups.count { out.append(contentsOf: match.group(number).unicodeScalars) }
            } else if let index = regex.groupNames[name], index < match.groups.count {
                out.append(contentsOf: match.group(index).unicodeScalars)
            }
            i = next
        }
        return String(out)
    }
}
