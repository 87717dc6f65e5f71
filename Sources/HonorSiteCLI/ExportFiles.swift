import Foundation
import Messages

/// Where the `export stats` and `export report` commands write: one file, or a folder of CSV tables.

/// Writes `text` to the file `out` (relative to the working directory); a folder there is refused
/// with an example file name. Problems are printed on the console.
///
/// - Returns: whether the file was written.
func writeExportFile(_ text: String, to out: String, example: String, _ c: CommandContext) -> Bool {
    let url = resolve(out, c.cwd)
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
        c.error(.cli(.exportToFolder(path: out, example: example)))
        return false
    }
    return writeExportText(text, to: url, shown: out, c)
}

/// Writes each table into the folder `out`, creating it; a file there is refused.
/// Problems are printed on the console.
///
/// - Returns: whether every table was written.
func writeExportTables(_ files: [(name: String, contents: String)], to out: String, _ c: CommandContext) -> Bool {
    let folder = resolve(out, c.cwd)
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), !isDir.boolValue {
        c.error(.cli(.outputIsFile(out)))
        return false
    }
    do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
        c.error(.cli(.cannotCreateFolder(path: out, reason: error.localizedDescription)))
        return false
    }
    for f in files where !writeExportText(f.contents, to: folder.appendingPathComponent(f.name), shown: out + "/" + f.name, c) {
        return false
    }
    return true
}

/// Writes `text` as UTF-8, atomically; `shown` is the path as the user wrote it.
private func writeExportText(_ text: String, to url: URL, shown: String, _ c: CommandContext) -> Bool {
    do {
        try Data(text.utf8).write(to: url, options: .atomic)
        return true
    } catch {
        c.error(.cli(.cannotWrite(path: shown, reason: error.localizedDescription)))
        return false
    }
}
