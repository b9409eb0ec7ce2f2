import Foundation
import PromAPI
import PromModel
import PromQL
import Testing
import TestSupport
import TimeSeries

/// The fetcher against a real Prometheus loaded with a known OpenMetrics
/// file: what comes back must be exactly the file's samples in the window
/// the expressions read, however the window is cut into chunks.
@Suite(.serialized) struct RawSeriesFetcherTests {
    static let data = LiveData()
    static let server: Result<PrometheusServer, PrometheusServer.StartError>? = {
        guard PrometheusServer.unavailableReason == nil else { return nil }
        do {
            return .success(try PrometheusServer(openMetrics: data.text))
        } catch let error as PrometheusServer.StartError {
            return .failure(error)
        } catch {
            return .failure(PrometheusServer.StartError(description: "\(error)"))
        }
    }()

    func liveClient() throws -> PrometheusClient? {
        guard let server = Self.server else {
            print("skipped: \(PrometheusServer.unavailableReason ?? "no server")")
            return nil
        }
        return PrometheusClient(baseURL: try PrometheusClient.baseURL(try server.get().url), timeoutSeconds: 30)
    }

    /// The file's series, cut to `(after, through]`.
    func expected(after: Int64, through: Int64) throws -> [Series] {
        let file = try SeriesFile.parse(Self.data.text, format: .openMetrics)
        return file.store.allSeries.map { series in
            Series(labels: series.labels, samples: series.samples.filter { $0.timestampMilliseconds > after && $0.timestampMilliseconds <= through })
        }.filter { !$0.samples.isEmpty }
    }

    @Test(arguments: [(Int64(420_000), 1), (3_600_000, 1), (420_000, 3), (86_400_000, 2)])
    func fetchedSeriesEqualTheFile(chunk: Int64, concurrency: Int) throws {
        guard let client = try liveClient() else { return }
        let base = Self.data.base
        let window = (base + 1_800_000)...(base + 5_400_000)
        let exprs = try ["avg(demo_temperature)", "rate(demo_requests_total[5m])"].map { try #require(PromQLParser.parse($0).expr) }
        let fetcher = RawSeriesFetcher(
            client: client, options: RawSeriesFetcher.Options(chunkMilliseconds: chunk, maxConcurrentRequests: concurrency))
        let result = try fetcher.fetch(exprs, window: window)
        #expect(result.plan.map(\.query) == ["demo_requests_total", "demo_temperature"])
        let span = 5_400_000 - 1_500_000
        #expect(result.requestCount == 2 * Int((Int64(span) + chunk - 1) / chunk))
        let want = try expected(after: base + 1_500_000, through: base + 5_400_000)
        #expect(want.count == 4)
        #expect(result.store.allSeries == want)
        #expect(result.warnings.isEmpty)
    }

    @Test func seriesStartingInsideAGapAreComplete() throws {
        guard let client = try liveClient() else { return }
        let base = Self.data.base
        // room="b" has no samples from index 100 to 159: the window starts inside the gap.
        let window = (base + 130 * LiveData.step)...(base + 200 * LiveData.step)
        let expr = try #require(PromQLParser.parse(#"demo_temperature{room="b"}"#).expr)
        let result = try RawSeriesFetcher(client: client, options: .init(chunkMilliseconds: 600_000)).fetch([expr], window: window)
        let want = try expected(after: window.lowerBound - 300_000, through: window.upperBound).filter { $0.labels.get("room") == "b" }
        #expect(result.store.allSeries == want)
        #expect(result.store.allSeries.first?.samples.first?.timestampMilliseconds == base + 160 * LiveData.step)
    }

    @Test func metadataIsOptional() throws {
        guard let client = try liveClient() else { return }
        let expr = try #require(PromQLParser.parse("demo_temperature").expr)
        let window = Self.data.base...(Self.data.base + 600_000)
        let plain = try RawSeriesFetcher(client: client).fetch([expr], window: window)
        #expect(plain.store.metadata.isEmpty)
        #expect(plain.store.count == 2)
    }

    @Test func serverErrorsAreTyped() throws {
        guard let client = try liveClient() else { return }
        let error = #expect(throws: PromAPIError.self) { try client.query("sum(") }
        guard case .httpStatus(400, let type, let message)? = error?.kind else {
            Issue.record("expected HTTP 400, got \(String(describing: error))")
            return
        }
        #expect(type == "bad_data")
        #expect(message?.contains("parse error") == true)
    }
}
