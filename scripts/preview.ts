/** npm run preview: serves charts/ on localhost and prints the review page's address. Ctrl-C stops it. */
import { startPreviewServer } from "../src/preview/server.js";

const { url } = await startPreviewServer(process.argv[2] ?? "charts", Number(process.env.PORT ?? 4173));
console.log(`Review page: ${url}  (serving charts/; Ctrl-C to stop)`);
