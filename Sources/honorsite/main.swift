import Foundation
import HonorSiteCLI

// A thin executable: all logic is in HonorSiteCLI so tests can call it.
let environment = ProcessInfo.processInfo.environment
let code = runHonorSite(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: environment,
    console: .standard(environment: environment))
exit(code)
