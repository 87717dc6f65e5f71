/// The language messages are shown in.
///
/// Chosen once at the edge of the program (the command line, the preview
/// server) and passed to ``Message/text(_:)``; nothing below the edge knows it.
public enum Language: String, Sendable, CaseIterable {
    /// English, the default.
    case english = "en"
    /// Simplified Chinese.
    case chinese = "zh-CN"

    /// Reads a language tag as written on the command line or in
    /// `HONORSITE_LANG`: `zh`, `zh-CN`, `zh_CN.UTF-8`, `zh-Hans` … are Chinese;
    /// `en`, `en-US`, `C`, `POSIX` are English; anything else is nil.
    public init?(tag: String) {
        let t = tag.lowercased()
        if t == "zh" || t.hasPrefix("zh-") || t.hasPrefix("zh_") || t.hasPrefix("zh.") {
            self = .chinese
        } else if t == "en" || t.hasPrefix("en-") || t.hasPrefix("en_") || t.hasPrefix("en.") || t == "c" || t == "posix"
            || t.hasPrefix("c.")
        {
            self = .english
        } else {
            return nil
        }
    }

    /// The language for a run: `flag` (from `--lang`) if given, then
    /// `HONORSITE_LANG`, then the locale — the first non-empty of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` (POSIX precedence) — Chinese when it starts with
    /// `zh`; English otherwise.
    ///
    /// - Parameter flag: an already validated `--lang` value, or nil.
    public static func resolve(flag: Language?, environment: [String: String]) -> Language {
        if let flag { return flag }
        if let tag = environment["HONORSITE_LANG"], let language = Language(tag: tag) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .chinese : .english
            }
        }
        return .english
    }
}
