import Foundation
import Testing

@Suite("intake --version")
struct VersionTests {
    @Test("prints the program name and its version, and exits 0")
    func version() throws {
        let result = try StoreBinaries.intake(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.range(of: #"^intake \(OsteoIntake\) [0-9]+\.[0-9]+\.[0-9]+\n$"#,
                                    options: .regularExpression) != nil, "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }
}
