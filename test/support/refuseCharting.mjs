// Preloaded (node --import) into a build under test: any import of jsdom or Plot fails, so a build that
// succeeds with it loaded neither.
import { register } from "node:module";

register("./refuseChartingHooks.mjs", import.meta.url);
