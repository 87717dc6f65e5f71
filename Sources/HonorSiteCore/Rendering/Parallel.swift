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

extension UnsafeMutableBufferPointer {
    /// Moves every element out into an array, leaving the memory uninitialised.
    fileprivate func moveToArray() -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(count)
        for i in 0..<count { result.append((baseAddress! + i).move()) }
        return result
    }
}
