/**
 * Which folders the build may replace. Writing swaps the whole output folder (build/writeCharts.ts), so a
 * wrong --out would delete whatever was there: the data, the project, a home folder. The build only
 * replaces a folder it made itself (it carries the marker file every build writes) or an empty one, and
 * never one that holds the data, this project or the folder the command was run in. Nor a symbolic link
 * (a web root linked to charts/): the swap would replace the link with a folder and leave the old set
 * where the link pointed, for good; the desk is told to pass the link's target instead.
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { outputMarker } from "./writeCharts.js";

/** The reason the folder must not be the output folder, or undefined when it may. */
export function refuseOutDir(outDir: string, { dataDir, projectDir, cwd = process.cwd() }: { dataDir: string; projectDir: string; cwd?: string }): string | undefined {
  if (outDir.trim() === "") return "--out needs a folder name, such as --out charts";
  const target = realish(resolve(cwd, outDir));
  const shown = `--out ${outDir}`;
  const inside = (child: string, parent: string) => {
    const path = relative(parent, child);
    return path === "" || (!path.startsWith("..") && !isAbsolute(path));
  };
  const data = realish(resolve(cwd, dataDir));
  if (inside(data, target)) return `${shown} is or holds the data folder (${dataDir}); choose a folder of its own, such as --out charts`;
  if (inside(target, data)) return `${shown} is inside the data folder (${dataDir}); watch mode would rebuild on its own output. Choose a folder outside it, such as --out charts`;
  for (const [what, dir] of [["this project's folder", projectDir], ["the folder the command was run in", cwd]] as const) {
    if (inside(realish(dir), target)) return `${shown} is or holds ${what}; choose a folder of its own, such as --out charts`;
  }
  const link = linkTarget(resolve(cwd, outDir));
  if (link !== undefined) {
    return `${outDir} is a symbolic link to ${link}; the build replaces its output folder whole and would replace the link, not the folder it points to, so pass --out ${link}`;
  }
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return `${shown} is a file, not a folder`;
  const entries = readdirSync(target);
  if (entries.length && !entries.includes(outputMarker)) {
    return `${shown} already holds files that no build wrote (it has no ${outputMarker}); the build replaces its output folder whole, so choose an empty or new folder`;
  }
  return undefined;
}

/** The path with symbolic links resolved as far as it exists, so a link cannot disguise the data folder. */
function realish(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(existing.slice(dirname(existing).length).replace(/^[/\\]/, ""));
    existing = dirname(existing);
  }
  return resolve(realpathSync(existing), ...rest);
}

/** Where the path points if it is itself a symbolic link (resolved, as far as it exists), else undefined. */
function linkTarget(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
  } catch {
    return undefined; // nothing there yet
  }
  return realish(resolve(dirname(path), readlinkSync(path)));
}
