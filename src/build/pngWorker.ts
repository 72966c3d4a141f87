/**
 * The PNG worker (build/drawPng.ts): draws each PNG it is sent with render/png.ts, exactly as the main
 * thread would, and sends back the bytes or the error's message. Jobs overlap: resvg draws on libuv's
 * pool while this thread encodes the palette PNGs of others.
 */
import { parentPort } from "node:worker_threads";
import { svgToPng } from "../render/png.js";
import type { PngJob, PngReply } from "./drawPng.js";

parentPort!.on("message", async ({ id, svg, scheme, lang }: PngJob) => {
  let reply: PngReply;
  try {
    reply = { id, png: await svgToPng(svg, { scheme, lang }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
