import { join, relative } from "node:path";

/** The files a journalist edits, relative to the data folder. */
export const dataFiles = {
  story: "story.json",
  categories: "categories.csv",
  events: "events.csv",
  tallies: "tallies.csv",
} as const;

/** A data file's path as the journalist knows it, relative to where the build was started: "data/events.csv". */
export function dataFileLabel(dataDir: string, name: string): string {
  return relative(process.cwd(), join(dataDir, name)) || name;
}
