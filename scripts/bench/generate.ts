/**
 * A synthetic story with n incidents over one year, from a fixed seed, for measuring scale
 * (npm run bench). Written as a data folder like data/, never committed.
 */
import { createWriteStream } from "node:fs";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";

/** mulberry32: a small, well-known seeded generator, so every run makes the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function generateStory(dir: string, n: number, seed = 20260118): Promise<void> {
  await mkdir(dir, { recursive: true });
  await copyFile("data/categories.csv", join(dir, "categories.csv"));
  await writeFile(join(dir, "tallies.csv"), "id,as_of,killed_at_least,incidents_at_least,label,source,source_url,note\n");
  const story = JSON.parse(await (await import("node:fs/promises")).readFile("data/story.json", "utf8"));
  Object.assign(story, { since: "2025-01-01", asOf: "2025-12-31", figures: [] });
  story.charts["cumulative-deaths"].headline = "{killedAtLeast} killed in {itemisedIncidents} synthetic incidents";
  await writeFile(join(dir, "story.json"), JSON.stringify(story, null, 2));

  const next = random(seed);
  const out = createWriteStream(join(dir, "events.csv"));
  const header = "id,date,region,district,location,lat,lon,geo_precision,killed_border_guards,killed_chinese_nationals,killed_militants,killed_smugglers,injured,label,description,source,source_url\n";
  out.write(header);
  const day = 86_400_000;
  const start = Date.UTC(2025, 0, 1);
  const count = () => (next() < 0.7 ? 0 : 1 + Math.floor(next() * 3));
  // Fifty synthetic posts on a grid in Shamsiddin Shohin district (inside Tajikistan or Afghanistan).
  const postLat = (post: number) => (37.7 + (post % 10) * 0.02).toFixed(2);
  const postLon = (post: number) => (69.95 + Math.floor(post / 10) * 0.02).toFixed(2);
  let chunk = "";
  for (let i = 0; i < n; i++) {
    const date = new Date(start + Math.floor(next() * 365) * day).toISOString().slice(0, 10);
    const injured = next() < 0.2 ? "" : String(Math.floor(next() * 4));
    chunk += `e-${i},${date},Khatlon,Shamsiddin Shohin,Post ${i % 50},${postLat(i % 50)},${postLon(i % 50)},near,${count()},${count()},${count()},${count()},${injured},Incident ${i},Synthetic row,Generator,https://example.org/${i}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}
