// Preloaded by npm run bench (node --import) into a build it times: prints the process's peak memory
// and the CPU time of all its threads on exit, as the last lines of stderr. Worker threads load it too
// (they inherit the flag); only the main thread's exit is the process's.
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    process.stderr.write(`\npeak-rss-mib ${(maxRSS / 1024).toFixed(0)}\ncpu-ms ${((userCPUTime + systemCPUTime) / 1000).toFixed(0)}\n`);
  });
}
