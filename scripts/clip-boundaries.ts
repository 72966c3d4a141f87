/**
 * node scripts/run.mjs clip-boundaries: cuts the country boundaries the incident map needs out of Natural
 * Earth (world-atlas, from npm) and writes them, simplified and quantized, to src/input/boundaries.generated.ts.
 * Run it again only to change the region or the detail; a test checks the committed file is what it writes.
 */
import { writeFile } from "node:fs/promises";
import { boundariesModule } from "../src/input/clipBoundaries.js";

const file = "src/input/boundaries.generated.ts";
const text = await boundariesModule();
await writeFile(file, text);
console.log(`${file}: ${(text.length / 1024).toFixed(1)} KB`);
