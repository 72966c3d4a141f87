import { describe, expect, it } from "vitest";
import { startPngs } from "../../src/build/exportCharts.js";

describe("PNGs started early", () => {
  it("fail where they are awaited, not as an unhandled rejection in between", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const pngs = startPngs("broken.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>');
      await new Promise((resolve) => setTimeout(resolve, 200)); // other work happens meanwhile
      expect(unhandled).toEqual([]);
      await expect(pngs.get("broken.png")).rejects.toThrow();
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
