import Dispatch

// One family of parallel helpers over one kernel (`concurrentFill`): every
// variant fills a preallocated buffer, one slot per item, each slot written by
// exactly one worker and read only after `concurrentPerform` returns. This file
// is the only place with unchecked concurrency in the compiler.

/// Consecutive ranges of about `items / chunks` items (at least 8) covering `0..<count`;
/// one range for fewer than 32 items (not worth the threads).
func chunkRanges(count: Int, chunks: Int = 64) -> [Range<Int>] {
    let size = count < 32 ? max(count, 1) : max(8, (count + chunks - 1) / chunks)
    return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
}

/// Runs `body(&state, i)` for every `i` of every range of `tasks` on all cores (a
/// fresh `State` per range) and returns the results by `i`.
///
/// - Precondition: `tasks` are disjoint and cover `0..<count`.
private func concurrentFill<State, U>(
    count: Int, tasks: [Range<Int>], state makeState: () -> State, _ body: (inout State, Int) -> U
) -> [U] {
    precondition(tasks.reduce(0) { $0 + $1.count } == count && tasks.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= count })
    let output = UnsafeMutablePointer<U>.allocate(capacity: count)
    defer { output.deallocate() }
    if tasks.count == 1 {
        var state = makeState()
        for i in tasks[0] { (output + i).initialize(to: body(&state, i)) }
    } else {
        nonisolated(unsafe) let out = output
        withoutActuallyEscaping(makeState) { makeState in
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let make = makeState
                nonisolated(unsafe) let work = body
                tasks.withUnsafeBufferPointer { tasks in
                    nonisolated(unsafe) let ranges = tasks
                    DispatchQueue.concurrentPerform(iterations: ranges.count) { c in
                        var state = make()
                        for i in ranges[c] { (out + i).initialize(to: work(&state, i)) }
                    }
                }
            }
        }
    }
    var result: [U] = []
    result.reserveCapacity(count)
    for i in 0..<count { result.append((output + i).move()) }
    return result
}

/// Maps `items` with `transform` on all cores, keeping order.
/// - Parameter transform: must be safe to call concurrently.
func parallelMap<T: Sendable, U>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
    items.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        return concurrentFill(count: input.count, tasks: chunkRanges(count: input.count), state: {}) { _, i in transform(input[i]) }
    }
}

/// ``parallelMap(_:_:)`` with per-chunk state: each chunk of items gets a fresh
/// `State` from `makeState` (e.g. a cache, or private copies of shared values
/// so that workers do not contend on their reference counts), passed to
/// `transform` for every item of that chunk.
func parallelMap<T: Sendable, State, U>(
    _ items: [T], chunks: Int = 64, state makeState: @Sendable () -> State, _ transform: @Sendable (inout State, T) -> U
) -> [U] {
    items.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        return concurrentFill(count: input.count, tasks: chunkRanges(count: input.count, chunks: chunks), state: makeState) {
            transform(&$0, input[$1])
        }
    }
}

/// ``parallelMap(_:chunks:state:_:)`` that takes the items over, with the chunks
/// given (default: even chunks): each item is moved into `transform` and released
/// when that call returns, not when the whole map ends (for large values that are
/// used once, such as a page's HTML). `tasks` are consecutive ranges covering
/// `items`, taken by the cores in order (put the expensive items first, alone, to
/// balance the load).
func parallelMapConsuming<T: Sendable, State, U>(
    _ items: consuming [T], tasks: [Range<Int>]? = nil, state makeState: @Sendable () -> State,
    _ transform: @Sendable (inout State, consuming T) -> U
) -> [U] {
    let count = items.count
    let input = UnsafeMutablePointer<T>.allocate(capacity: count)
    defer { input.deallocate() }
    items.withUnsafeBufferPointer { _ = UnsafeMutableBufferPointer(start: input, count: count).initialize(fromContentsOf: $0) }
    items = []  // the buffer now holds the only references
    nonisolated(unsafe) let inp = input
    return concurrentFill(count: count, tasks: tasks ?? chunkRanges(count: count), state: makeState) { transform(&$0, (inp + $1).move()) }
}

/// Runs `body` once for each of `tasks` on all cores; each task is one unit of
/// scheduling (for a few coarse tasks, unlike ``parallelMap(_:_:)``'s chunks).
func parallelTasks<T: Sendable, U>(_ tasks: [T], _ body: @Sendable (T) -> U) -> [U] {
    tasks.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        return concurrentFill(count: input.count, tasks: input.indices.map { $0..<($0 + 1) }, state: {}) { _, i in body(input[i]) }
    }
}
