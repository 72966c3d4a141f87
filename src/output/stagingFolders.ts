/**
 * The folders a set of charts is written into before it is swapped in whole (writeCharts.ts), and the
 * marker that makes a folder a set.
 */
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/** Written into every set: it is how a later build knows the folder is its to replace. */
export const outputMarker = ".border-incident-charts";
export const outputMarkerText = "This folder is written by `npm run charts` (border-incident-charts) and replaced whole by every build.\n";
/** Written first into a staging folder; renamed to the marker once every file is in. */
export const stagingTag = ".border-incident-charts-staging";

/**
 * A staging folder is `.charts-new-<pid>-<8 hex>`, the old set on its way out the same with `-old`: the
 * writer's process id says whether it is still at work.
 */
export const stagingName = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-new-(\\d+)-[0-9a-f]{8}(-old)?$`);

/** A new staging folder's path beside the output folder `target` (resolved). */
export const newStagingPath = (target: string) => join(dirname(target), `.${basename(target)}-new-${process.pid}-${randomBytes(4).toString("hex")}`);

/** The edition folders a set's files sit in (fr, zh…: `fr/cumulative-deaths.svg`). */
export const editionFolders = (names: Iterable<string>): Set<string> => new Set([...names].filter((name) => name.includes("/")).map((name) => dirname(name)));

/** Staging folders this process is using now (watch mode and tests write more than once per process). */
export const activeStaging = new Set<string>();
