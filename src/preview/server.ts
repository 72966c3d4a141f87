/**
 * A static file server for charts/ on localhost, so the review pages and embed snippets load the way a
 * browser loads them from a newsroom's server. Only files directly in the folder are served, and those
 * of each edition's folder, and only regular files whose real path (links resolved) is inside the folder's
 * own: a link in charts/ to /etc/passwd, or an edition folder linked elsewhere, is "not found". A page it serves reloads itself when a build swaps in a new set
 * (reloadScript): the script is added as the page is served, never written into charts/.
 */
import { createServer, type Server } from "node:http";
import { realpath, stat } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative } from "node:path";
import { readOrAwaitPending } from "./pendingFile.js";
import { setVersion, reloadScript, versionPath } from "./reload.js";
import { recoverCharts } from "../output/writeCharts.js";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The file a path names: a file of the folder, or of one edition's folder ("/fr/x.svg", "/fr/"). Only the
 * last name of anything else counts, so no path reaches outside the folder.
 */
function fileFor(path: string): string {
  const parts = path.split("/").filter(Boolean);
  const edition = parts.length <= 2 && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(parts[0] ?? "") && (parts.length === 2 || path.endsWith("/"));
  if (edition) return join(parts[0]!, parts.length === 2 ? basename(parts[1]!) : "index.html");
  return parts.length ? basename(path) : "index.html";
}

/** Whether `name` in `dir` is a regular file whose real path is inside the real path of `dir`. */
async function servable(dir: string, name: string): Promise<boolean> {
  try {
    const [root, real] = await Promise.all([realpath(dir), realpath(join(dir, name))]);
    const path = relative(root, real);
    return path !== "" && !path.startsWith("..") && !isAbsolute(path) && (await stat(real)).isFile();
  } catch {
    return false;
  }
}

/** A whole page (a snippet is a fragment, with no </body>) with the reload script before its end. */
function withReload(page: Buffer): Buffer | string {
  const text = page.toString("utf8");
  const end = text.lastIndexOf("</body>");
  return end < 0 ? page : `${text.slice(0, end)}${reloadScript}\n${text.slice(end)}`;
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0: any free port). A port already taken rejects with the server's
 * EADDRINUSE error; scripts/preview.ts decides what then.
 */
export async function startPreviewServer(dir: string, port = 0): Promise<{ url: string; server: Server }> {
  await recoverCharts(dir); // a build killed mid-swap may have left the set beside the folder
  const server = createServer(async (request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      // Any web page open in the journalist's browser can send this; one bad address must not stop the server.
      response.writeHead(400, { "content-type": "text/plain" });
      return void response.end("bad request");
    }
    if (path === "/favicon.ico") return void response.writeHead(204).end(); // browsers ask; we have none
    if (path === versionPath) {
      response.writeHead(200, { "content-type": "text/plain", "cache-control": "no-store" });
      return void response.end(await setVersion(dir));
    }
    const name = fileFor(path);
    // A file watch mode is still drawing (a PNG, a review page) is served once it is there.
    const body = await readOrAwaitPending(dir, name).catch(() => undefined);
    if (body && (await servable(dir, name))) {
      response.writeHead(200, { "content-type": types[extname(name)] ?? "application/octet-stream" });
      response.end(extname(name) === ".html" ? withReload(body) : body);
    } else {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return { url: `http://127.0.0.1:${actualPort}/`, server };
}
