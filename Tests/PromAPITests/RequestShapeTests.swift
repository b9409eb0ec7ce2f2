import Foundation
import PromAPI
import PromModel
import Testing

/// What goes on the wire, checked with a transport that records requests.
@Suite struct RequestShapeTests {
    final class Recorder: HTTPTransport, @unchecked Sendable {
        let lock = NSLock()
        var requests: [HTTPRequest] = []
        let body: String

        init(body: String) { self.body = body }

        func send(_ request: HTTPRequest) throws(PromAPIError) -> HTTPResponse {
            lock.lock()
            defer { lock.unlock() }
            requests.append(request)
            return HTTPResponse(status: 200, body: Array(body.utf8))
        }
    }

    @Test func instantQueryIsAGetWithExactTime() throws {
        let recorder = Recorder(body: #"{"status":"success","data":{"resultType":"vector","result":[]}}"#)
        let client = PrometheusClient(
            baseURL: URL(string: "http://u:p@127.0.0.1:9/prefix/")!, authorization: .bearer(token: "t0k"), transport: recorder)
        _ = try client.query("sum(rate(x[5m]))", at: 1_700_000_000_123)
        let request = try #require(recorder.requests.first)
        #expect(request.method == "GET")
        #expect(request.url.absoluteString
            == "http://127.0.0.1:9/prefix/api/v1/query?query=sum%28rate%28x%5B5m%5D%29%29&time=1700000000.123")
        #expect(request.headers.contains { $0 == ("Authorization", "Bearer t0k") })
    }

    @Test func longMatchListsArePosted() throws {
        let recorder = Recorder(body: #"{"status":"success","data":[{"__name__":"up","job":"a"}]}"#)
        let client = PrometheusClient(baseURL: URL(string: "http://127.0.0.1:9")!, transport: recorder)
        let matchers = (0..<200).map { "metric_\($0){job=\"some-long-job-name\"}" }
        let series = try client.series(match: matchers, start: 0, end: 60_000)
        #expect(series == [Labels(["__name__": "up", "job": "a"])])
        let request = try #require(recorder.requests.first)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "http://127.0.0.1:9/api/v1/series")
        let body = String(decoding: request.body ?? [], as: UTF8.self)
        #expect(body.hasPrefix("match%5B%5D=metric_0%7Bjob%3D%22some-long-job-name%22%7D&"))
        #expect(body.hasSuffix("&start=0&end=60"))
    }

    @Test func metadataAndBuildInfo() throws {
        let metadata = Recorder(body: #"""
            {"status":"success","data":{"up":[{"type":"gauge","help":"Up.","unit":""}],
             "http_requests_total":[{"type":"counter","help":"Requests.","unit":""}]}}
            """#)
        let types = try PrometheusClient(baseURL: URL(string: "http://127.0.0.1:9")!, transport: metadata).metadata()
        #expect(types["up"]?.first?.type == .gauge)
        #expect(types["http_requests_total"]?.first?.help == "Requests.")
        let info = Recorder(body: #"{"status":"success","data":{"version":"2.42.0","revision":"r","branch":"b","goVersion":"go1"}}"#)
        #expect(try PrometheusClient(baseURL: URL(string: "http://127.0.0.1:9")!, transport: info).buildInfo().version == "2.42.0")
    }

    @Test func flagsAreAMapOfStrings() throws {
        let recorder = Recorder(body: #"""
            {"status":"success","data":{"enable-feature":"promql-experimental-functions,native-histograms",
             "storage.tsdb.retention.time":"7d"}}
            """#)
        let flags = try PrometheusClient(baseURL: URL(string: "http://127.0.0.1:9/p")!, transport: recorder).flags()
        #expect(flags == ["enable-feature": "promql-experimental-functions,native-histograms", "storage.tsdb.retention.time": "7d"])
        #expect(recorder.requests.first?.url.absoluteString == "http://127.0.0.1:9/p/api/v1/status/flags")
        let broken = Recorder(body: #"{"status":"success","data":{"x":1}}"#)
        #expect(throws: PromAPIError.self) { try PrometheusClient(baseURL: URL(string: "http://127.0.0.1:9")!, transport: broken).flags() }
    }

    @Test func credentialsResolveFlagsThenEnvironmentThenURL() {
        let url = URL(string: "http://alice:s%40cret@127.0.0.1:9")!
        #expect(PromAPIAuthorization.resolve(environment: [:], url: url) == .basic(username: "alice", password: "s@cret"))
        #expect(PromAPIAuthorization.resolve(environment: ["HALINT_PROMETHEUS_USERNAME": "bob", "HALINT_PROMETHEUS_PASSWORD": "pw"], url: url)
            == .basic(username: "bob", password: "pw"))
        #expect(PromAPIAuthorization.resolve(bearerToken: "tok\n", environment: ["HALINT_PROMETHEUS_USERNAME": "bob"], url: url)
            == .bearer(token: "tok"))
        #expect(PromAPIAuthorization.basic(username: "a", password: "b").headerValue == "Basic YTpi")
    }
}
