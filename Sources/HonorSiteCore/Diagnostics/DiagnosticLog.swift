/// The diagnostics of one build, collected stage by stage.
///
/// `--strict` is applied here and only here: at a ``checkpoint()`` warnings
/// count as errors, and the failure reports them as errors.
struct DiagnosticLog: Sendable {
    /// Treat warnings as errors.
    let strict: Bool
    private(set) var all: [Diagnostic] = []

    init(strict: Bool) { self.strict = strict }

    mutating func append(_ d: Diagnostic) { all.append(d) }
    static func += (log: inout DiagnosticLog, ds: [Diagnostic]) { log.all += ds }

    /// Every diagnostic as the build reports it (warnings promoted when strict; notes stay notes).
    var reported: [Diagnostic] {
        strict ? all.map(\.strict) : all
    }

    /// The warnings of a build that goes on, sorted.
    var warnings: [Diagnostic] { all.filter { $0.severity == .warning }.sorted() }

    /// The notes of a build that goes on, sorted.
    var notes: [Diagnostic] { all.filter { $0.severity == .note }.sorted() }

    /// Throws ``BuildFailure`` with every diagnostic so far when any is an error
    /// (with `strict`, when there is any error or warning).
    func checkpoint() throws(BuildFailure) {
        if failing { throw BuildFailure(diagnostics: reported) }
    }

    /// True when ``checkpoint()`` would throw.
    var failing: Bool { all.contains { $0.severity == .error || (strict && $0.severity == .warning) } }

    /// Stops the build with every diagnostic so far, whatever their severity.
    func fail() -> BuildFailure { BuildFailure(diagnostics: reported) }
}
