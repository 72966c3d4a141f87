// Preloaded by npm run bench (node --import) into a build it times: prints the process's peak memory
// on exit, as the last line of stderr.
process.on("exit", () => process.stderr.write(`\npeak-rss-mib ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`));
