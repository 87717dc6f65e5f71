import CBuildInfo

/// HonorSite's version: the one place it is written (the Makefile reads it from here for `make dist`).
public enum HonorSiteVersion {
    /// The release number.
    public static let number = "0.1.0"

    /// The git commit the binary was built from (set by the Makefile), or nil for a plain `swift build`.
    public static var commit: String? {
        let commit = String(cString: honorsite_git_commit())
        return commit.isEmpty ? nil : commit
    }

    /// The `--version` line: `honorsite 0.1.0 (commit 5ab3f9c2d1e0)`, or `honorsite 0.1.0` without a commit.
    public static var line: String {
        "honorsite \(number)" + (commit.map { " (commit \($0))" } ?? "")
    }
}
