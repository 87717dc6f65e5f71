import Dispatch

/// Maps `items` with `transform` on all cores, keeping order.
///
/// Each output slot is written by exactly one worker and read only after
/// `concurrentPerform` returns.
/// - Parameter transform: must be safe to call concurrently.
/// - Returns: the results in the order of `items`.
func parallelMap<T: Sendable, U>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
    if items.count < 32 { return items.map(transform) }
    let output = UnsafeMutablePointer<U>.allocate(capacity: items.count)
    defer { output.deallocate() }
    let chunk = max(8, items.count / 64)
    let chunks = (items.count + chunk - 1) / chunk
    nonisolated(unsafe) let out = output
    items.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * chunk, hi = min(input.count, lo + chunk)
            for i in lo..<hi { (out + i).initialize(to: transform(input[i])) }
        }
    }
    return Array(UnsafeMutableBufferPointer(start: output, count: items.count).moveToArray())
}

/// ``parallelMap(_:_:)`` with per-chunk state: each chunk of items gets a fresh
/// `State` from `makeState` (e.g. a cache, or private copies of shared values
/// so that workers do not contend on their reference counts), passed to
/// `transform` for every item of that chunk.
/// - Returns: the results in the order of `items`.
func parallelMap<T: Sendable, State, U>(
    _ items: [T], chunks: Int = 64, state makeState: @Sendable () -> State, _ transform: @Sendable (inout State, T) -> U
) -> [U] {
    if items.count < 32 {
        var state = makeState()
        return items.map { transform(&state, $0) }
    }
    let output = UnsafeMutablePointer<U>.allocate(capacity: items.count)
    defer { output.deallocate() }
    let chunk = max(8, (items.count + chunks - 1) / chunks)
    let chunkCount = (items.count + chunk - 1) / chunk
    nonisolated(unsafe) let out = output
    items.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
            let lo = c * chunk, hi = min(input.count, lo + chunk)
            var state = makeState()
            for i in lo..<hi { (out + i).initialize(to: transform(&state, input[i])) }
        }
    }
    return Array(UnsafeMutableBufferPointer(start: output, count: items.count).moveToArray())
}

/// ``parallelMap(_:chunks:state:_:)`` that takes the items over: each is moved
/// into `transform` and released when that call returns, not when the whole map
/// ends (for large values that are used once, such as a page's HTML).
/// - Returns: the results in the order of `items`.
func parallelMapConsuming<T: Sendable, State, U>(
    _ items: consuming [T], chunks: Int = 64, state makeState: @Sendable () -> State,
    _ transform: @Sendable (inout State, consuming T) -> U
) -> [U] {
    let count = items.count
    let size = count < 32 ? max(count, 1) : max(8, (count + chunks - 1) / chunks)
    let tasks = stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    return parallelMapConsuming(items, tasks: tasks, state: makeState, transform)
}

/// ``parallelMapConsuming(_:chunks:state:_:)`` with the chunks given: `tasks` are
/// consecutive ranges covering `items`, taken by the cores in order (put the
/// expensive items first, alone, to balance the load).
func parallelMapConsuming<T: Sendable, State, U>(
    _ items: consuming [T], tasks: [Range<Int>], state makeState: @Sendable () -> State,
    _ transform: @Sendable (inout State, consuming T) -> U
) -> [U] {
    let count = items.count
    let input = UnsafeMutablePointer<T>.allocate(capacity: count)
    defer { input.deallocate() }
    items.withUnsafeBufferPointer { _ = UnsafeMutableBufferPointer(start: input, count: count).initialize(fromContentsOf: $0) }
    items = []  // the buffer now holds the only references
    let output = UnsafeMutablePointer<U>.allocate(capacity: count)
    defer { output.deallocate() }
    precondition(tasks.reduce(0) { $0 + $1.count } == count && tasks.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= count })
    nonisolated(unsafe) let inp = input, out = output
    tasks.withUnsafeBufferPointer { tasks in
        nonisolated(unsafe) let ranges = tasks
        DispatchQueue.concurrentPerform(iterations: ranges.count) { c in
            var state = makeState()
            for i in ranges[c] { (out + i).initialize(to: transform(&state, (inp + i).move())) }
        }
    }
    return Array(UnsafeMutableBufferPointer(start: output, count: count).moveToArray())
}

/// Runs `body` once for each of `tasks` on all cores; each task is one unit of
/// scheduling (for a few coarse tasks, unlike ``parallelMap(_:_:)``'s chunks).
/// - Returns: the results in the order of `tasks`.
func parallelTasks<T: Sendable, U>(_ tasks: [T], _ body: @Sendable (T) -> U) -> [U] {
    let output = UnsafeMutablePointer<U>.allocate(capacity: tasks.count)
    defer { output.deallocate() }
    nonisolated(unsafe) let out = output
    tasks.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        DispatchQueue.concurrentPerform(iterations: input.count) { i in (out + i).initialize(to: body(input[i])) }
    }
    return Array(UnsafeMutableBufferPointer(start: output, count: tasks.count).moveToArray())
}

extension UnsafeMutableBufferPointer {
    /// Moves every element out into an array, leaving the memory uninitialised.
    fileprivate func moveToArray() -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(count)
        for i in 0..<count { result.append((baseAddress! + i).move()) }
        return result
    }
}
