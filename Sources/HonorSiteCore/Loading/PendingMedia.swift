import Foundation

/// The inspection of the images no document shows, running on another thread while the site
/// is indexed and rendered (it needs nothing from them); ``wait()`` gives its result. When the
/// output is staged (``BuildOptions/staging``), the same thread writes each image's published
/// copy there as soon as it has been checked.
///
/// The images documents show are inspected before indexing instead, since their sizes go
/// into the pages. A build with many photos thus spends the time of reading and checking
/// them on the core the rendering leaves free, and every check still runs before anything
/// is written (``SiteCompiler/compile(_:fileSystem:log:)`` waits before its last checkpoint).
final class PendingMedia: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled; read only after waiting for it.
    private var result: ([String: MediaImage], [Diagnostic]) = ([:], [])
    private var waited = false

    /// Starts `inspect` on a thread of its own: not on Dispatch's shared pool, where it could wait
    /// for a free thread while every thread of the pool waits for it (a caller on the pool, such as
    /// parallel tests or a host app, would then never see ``wait()`` return).
    init(_ inspect: @escaping @Sendable () -> ([String: MediaImage], [Diagnostic])) {
        let thread = Thread { [self] in
            result = inspect()
            done.signal()
        }
        thread.start()
    }

    /// The images inspected and their diagnostics, once the inspection has finished.
    /// Call it once, from one thread (the stage that owns the loaded site).
    func wait() -> ([String: MediaImage], [Diagnostic]) {
        if !waited {
            done.wait()
            waited = true
        }
        return result
    }
}
