import Foundation
import PromAPI
import Testing
import TestSupport

/// The client's failures are typed and name the URL, whatever went wrong.
@Suite struct ClientErrorTests {
    func client(_ url: String) throws -> PrometheusClient {
        PrometheusClient(baseURL: try PrometheusClient.baseURL(url), timeoutSeconds: 10)
    }

    @Test func connectionRefusedOnAClosedPort() throws {
        let port = try LocalHTTP.freePort()
        let error = #expect(throws: PromAPIError.self) { try client("http://127.0.0.1:\(port)").query("up") }
        #expect(error?.kind == .unreachable("connection refused"))
        #expect(error?.description == "http://127.0.0.1:\(port)/api/v1/query: cannot reach the server: connection refused")
    }

    @Test func nonJSONBodyIsAnInvalidResponse() throws {
        let server = try CannedHTTPServer(body: "<html>not prometheus</html>\n")
        let error = #expect(throws: PromAPIError.self) { try client(server.url).query("up") }
        guard case .invalidResponse(let reason)? = error?.kind else {
            Issue.record("expected invalidResponse, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("invalid JSON"))
        #expect(reason.contains("<html>not prometheus</html>"))
        #expect(error?.url == "\(server.url)/api/v1/query")
    }

    @Test func apiErrorBodyKeepsErrorTypeAndMessage() throws {
        let server = try CannedHTTPServer(
            status: 400, contentType: "application/json",
            body: #"{"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:4: parse error"}"#)
        let error = #expect(throws: PromAPIError.self) { try client(server.url).query("up{") }
        #expect(error?.kind == .httpStatus(400, errorType: "bad_data", error: #"invalid parameter "query": 1:4: parse error"#))
        #expect(error?.description == #"\#(server.url)/api/v1/query: HTTP 400: bad_data: invalid parameter "query": 1:4: parse error"#)
    }

    @Test func plainTextErrorPageIsQuoted() throws {
        let server = try CannedHTTPServer(status: 404, contentType: "text/plain", body: "404 page not found\n")
        let error = #expect(throws: PromAPIError.self) { try client(server.url).labelNames() }
        #expect(error?.kind == .httpStatus(404, errorType: nil, error: "404 page not found"))
    }

    @Test func errorStatusWithSuccessCode() throws {
        let server = try CannedHTTPServer(
            contentType: "application/json", body: #"{"status":"error","errorType":"execution","error":"boom"}"#)
        let error = #expect(throws: PromAPIError.self) { try client(server.url).series(match: ["up"]) }
        #expect(error?.kind == .apiError(errorType: "execution", error: "boom"))
    }

    @Test func wrongShapeOfData() throws {
        let server = try CannedHTTPServer(contentType: "application/json", body: #"{"status":"success","data":{"a":1}}"#)
        let error = #expect(throws: PromAPIError.self) { try client(server.url).labelNames() }
        #expect(error?.kind == .invalidResponse("\"data\" is not an array of strings"))
    }

    @Test(arguments: ["127.0.0.1:9090", "ftp://127.0.0.1/", "http://", "not a url"])
    func baseURLMustBeHTTPWithAHost(text: String) {
        #expect(throws: PromAPIError.self) { try PrometheusClient.baseURL(text) }
    }
}
