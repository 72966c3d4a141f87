/**
 * npm run preview: serves charts/ on localhost and prints the review's address. Ctrl-C stops it.
 *
 * The port: PORT when set, exactly; if it is taken, one line says so and the script exits with 2, since
 * whoever set it expects that address (a bookmark, a proxy). Without PORT, 4173, or the next free port
 * after it, said in the printed line: a preview left running in another terminal or checkout is the
 * usual reason 4173 is taken, and the address to open is printed anyway.
 */
import { startPreviewServer } from "../src/preview/server.js";
import { exitCodes } from "../src/build/exitCodes.js";

const dir = process.argv[2] ?? "charts";
const defaultPort = 4173;
const triesAfterDefault = 20;
const taken = (error: unknown) => (error as NodeJS.ErrnoException)?.code === "EADDRINUSE";

async function start(): Promise<{ url: string; note: string }> {
  const asked = process.env.PORT;
  if (asked !== undefined && asked !== "") {
    const port = Number(asked);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT=${asked} is not a port number (0 to 65535; 0 takes any free port).`);
    try {
      return { ...(await startPreviewServer(dir, port)), note: "" };
    } catch (error) {
      if (taken(error)) fail(`Port ${port} (PORT=${asked}) is in use: stop what uses it, or set another PORT.`);
      throw error;
    }
  }
  for (let port = defaultPort; port <= defaultPort + triesAfterDefault; port++) {
    try {
      const started = await startPreviewServer(dir, port);
      return { ...started, note: port === defaultPort ? "" : ` (port ${defaultPort} is in use; set PORT to choose one)` };
    } catch (error) {
      if (!taken(error)) throw error;
    }
  }
  return fail(`Ports ${defaultPort} to ${defaultPort + triesAfterDefault} are all in use: set PORT to a free one.`);
}

function fail(line: string): never {
  console.error(line);
  process.exit(exitCodes.usage);
}

const { url, note } = await start();
console.log(`Review: ${url}${note}  (serving ${dir}/; Ctrl-C to stop)`);
