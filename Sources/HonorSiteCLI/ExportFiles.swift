import Foundation
import HonorSiteCore
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
    var made = NewFiles()
    do throws(FileFailure) { try made.makeFolder(folder.path) } catch {
        c.error(.cli(.cannotCreateFolder(path: out, reason: shownProblem(error, c.cwd))))
        return false
    }
    for f in files where !writeExportText(f.contents, to: folder.appendingPathComponent(f.name), shown: out + "/" + f.name, c) {
        made.removeCreated()  // the folder, when it was made and is still empty
        return false
    }
    return true
}

/// Writes `text` as UTF-8 in one step (a file there is replaced whole or not at all), making missing
/// folders as `mkdir -p`; `shown` is the path as the user wrote it.
func writeExportText(_ text: String, to url: URL, shown: String, _ c: CommandContext) -> Bool {
    var made = NewFiles()
    do throws(FileFailure) {
        try made.replace(url.path, with: Array(text.utf8))
        return true
    } catch {
        made.removeCreated()
        c.error(.cli(.cannotWrite(path: shown, reason: shownProblem(error, c.cwd))))
        return false
    }
}
