/// `s` as one word of a POSIX shell command, for the commands messages suggest (`cd my site` would be two words).
///
/// Kept as it is when every character is one no shell treats specially: ASCII letters and digits,
/// `-_./:@%+=,`, and letters and digits of other scripts (`福田区`). Otherwise the whole word goes in
/// single quotes, each `'` inside written `'\''`; the empty word is `''`.
public func shellQuoted(_ s: String) -> String {
    let plain =
        !s.isEmpty
        && s.unicodeScalars.allSatisfy { c in
            if c.isASCII {
                return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || "-_./:@%+=,".unicodeScalars.contains(c)
            }
            return c.properties.isAlphabetic || c.properties.numericType != nil
        }
    if plain { return s }
    return "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
}
