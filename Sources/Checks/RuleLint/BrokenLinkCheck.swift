import Diagnostics
import Dispatch
import Foundation
import PromAPI
import RuleFiles
import Synchronization

/// `alert/broken-link` (pint's rule/link), opt-in: sends a GET to every
/// http(s) link in the annotations of alerting rules and reports those that
/// do not answer with success. Off unless `.halint.yml` enables it for the
/// file, because it sends requests to arbitrary hosts. Links containing a
/// template action (`{{ $labels.x }}`) are skipped: their target is only
/// known when the alert fires. Each distinct link is requested once, four at
/// a time; redirects are followed.
public struct BrokenLinkCheck: ProjectCheck {
    public static let descriptor = RuleLintChecks.brokenLink
    /// Links per run; the rest are left unchecked, said in one finding.
    static let maxLinks = 500
    let transport: any HTTPTransport
    let timeoutSeconds: Double

    public init(transport: any HTTPTransport = URLSessionTransport(), timeoutSeconds: Double = 10) {
        self.transport = transport
        self.timeoutSeconds = timeoutSeconds
    }

    struct Link {
        let url: String
        let annotation: String
        let span: SourceSpan
    }

    public func check(_ project: Project) -> [Diagnostic] {
        let links = Self.links(project)
        guard !links.isEmpty else { return [] }
        var distinct: [String] = []
        var seen = Set<String>()
        for link in links where seen.insert(link.url).inserted { distinct.append(link.url) }
        let checked = Array(distinct.prefix(Self.maxLinks))
        let problems = fetch(checked)
        var diagnostics = links.compactMap { link -> Diagnostic? in
            guard let problem = problems[link.url] else { return nil }
            return Diagnostic(Self.descriptor, "\(link.annotation) links to \(link.url), which \(problem); fix the link or the page", at: link.span)
        }
        if distinct.count > checked.count, let first = links.first(where: { !Set(checked).contains($0.url) }) {
            diagnostics.append(
                Diagnostic(
                    check: Self.descriptor.id, severity: .info,
                    message: "only the first \(Self.maxLinks) of \(distinct.count) distinct links were requested; the rest are not checked",
                    span: first.span))
        }
        return diagnostics
    }

    /// Every untemplated http(s) link in the annotations of alerting rules,
    /// in files the check is enabled for.
    static func links(_ project: Project) -> [Link] {
        var found: [Link] = []
        var enabled: [String: Bool] = [:]
        for (path, file) in project.ruleFiles {
            let on = enabled[path] ?? (project.settings.setting(for: descriptor.id, file: path).enabled == true)
            enabled[path] = on
            guard on else { continue }
            for group in file.groups {
                for rule in group.rules where rule.isAlerting {
                    for annotation in rule.annotations {
                        for (offset, url) in urls(in: annotation.value.value) {
                            found.append(Link(
                                url: url, annotation: annotation.name.value,
                                span: annotation.value.span(offset: offset, length: url.utf8.count)))
                        }
                    }
                }
            }
        }
        return found
    }

    /// `(byte offset, link)` for each `http://` or `https://` run of
    /// characters up to white space, a quote or an angle bracket, without
    /// trailing punctuation; links with a template action are left out.
    static func urls(in text: String) -> [(Int, String)] {
        let bytes = Array(text.utf8)
        var found: [(Int, String)] = []
        var index = 0
        let stops: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0x3C, 0x3E, 0x60]
        while index < bytes.count {
            let rest = bytes[index...]
            guard rest.starts(with: Array("http://".utf8)) || rest.starts(with: Array("https://".utf8)) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, !stops.contains(bytes[end]) { end += 1 }
            var trimmed = end
            while trimmed > index, [0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x21, 0x3F].contains(bytes[trimmed - 1]) { trimmed -= 1 }
            let url = String(decoding: bytes[index..<trimmed], as: UTF8.self)
            if !url.contains("{{"), url.utf8.count > (url.hasPrefix("https") ? 8 : 7) { found.append((index, url)) }
            index = end
        }
        return found
    }

    /// The problem with each link that has one.
    private func fetch(_ urls: [String]) -> [String: String] {
        let problems = Mutex<[String: String]>([:])
        var start = 0
        while start < urls.count {
            let batch = Array(urls[start..<min(start + 4, urls.count)])
            start += batch.count
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                let text = batch[index]
                guard let url = URL(string: text), url.host?.isEmpty == false else {
                    problems.withLock { $0[text] = "is not a valid URL" }
                    return
                }
                let problem: String?
                do throws(PromAPIError) {
                    let response = try transport.send(HTTPRequest(method: "GET", url: url, timeoutSeconds: timeoutSeconds))
                    problem = (200..<400).contains(response.status) ? nil : "answers HTTP \(response.status)"
                } catch {
                    switch error.kind {
                    case .unreachable(let reason): problem = "cannot be reached (\(reason))"
                    case .timeout(let seconds): problem = "did not answer within \(Int(seconds))s"
                    default: problem = "failed: \(error)"
                    }
                }
                if let problem { problems.withLock { $0[text] = problem } }
            }
        }
        return problems.withLock { $0 }
    }
}
