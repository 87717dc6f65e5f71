import Testing

@testable import Messages

@Test(arguments: [
    ("mysite", "mysite"), ("my site", "'my site'"), ("it's", #"'it'\''s'"#), ("", "''"), ("福田区", "福田区"),
    ("a/b-c_d.e", "a/b-c_d.e"), ("$HOME", "'$HOME'"), ("~/x", "'~/x'"), ("a;b", "'a;b'"), ("a\"b", "'a\"b'"),
    ("福田　区", "'福田　区'"), ("*", "'*'"), ("''", #"''\'''\'''"#),
])
func shellQuotedIsOneWord(_ word: String, _ quoted: String) {
    #expect(shellQuoted(word) == quoted)
}
