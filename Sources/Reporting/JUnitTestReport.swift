/// A JUnit XML report of test suites and cases, the shape promtool's
/// `--junit` writes (util/junitxml): one suite per test file, one case per
/// test group, one `<failure>` per failed check, `<error>` when the file
/// could not run. No timestamps, so the output is reproducible.
public struct JUnitTestReport: Sendable {
    public struct TestCase: Sendable {
        public var name: String
        public var failures: [String]
        public var error: String?

        public init(name: String, failures: [String] = [], error: String? = nil) {
            self.name = name
            self.failures = failures
            self.error = error
        }
    }

    public struct TestSuite: Sendable {
        public var name: String
        public var cases: [TestCase]

        public init(name: String, cases: [TestCase] = []) {
            self.name = name
            self.cases = cases
        }
    }

    public var suites: [TestSuite]

    public init(suites: [TestSuite] = []) {
        self.suites = suites
    }

    public func render() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
        for suite in suites {
            let failures = suite.cases.filter { !$0.failures.isEmpty }.count
            let errors = suite.cases.filter { $0.error != nil }.count
            out += "  <testsuite name=\"\(xmlEscape(suite.name))\" tests=\"\(suite.cases.count)\" failures=\"\(failures)\" "
                + "errors=\"\(errors)\" skipped=\"0\">\n"
            for testCase in suite.cases {
                out += "    <testcase name=\"\(xmlEscape(testCase.name))\""
                if testCase.failures.isEmpty && testCase.error == nil {
                    out += "></testcase>\n"
                    continue
                }
                out += ">\n"
                for failure in testCase.failures { out += "      <failure>\(xmlEscape(failure))</failure>\n" }
                if let error = testCase.error { out += "      <error>\(xmlEscape(error))</error>\n" }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}
