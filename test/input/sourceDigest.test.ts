import { describe, expect, it } from "vitest";
import { IncidentTable } from "../../src/dataset/incidentTable.js";
import { incidentsDigest, registerSourceDigest, textDigest } from "../../src/input/sourceDigest.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("source digests", () => {
  it("are the same for a copy saved with Windows line ends and a byte-order mark", () => {
    const plain = "a,b\n1,2\n";
    const windows = "\ufeffa,b\r\n1,2\r\n";
    expect(textDigest(bytes(windows), "a,b\r\n1,2\r\n")).toBe(textDigest(bytes(plain), plain));
    expect(textDigest(bytes("a,b\n1,3\n"), "a,b\n1,3\n")).not.toBe(textDigest(bytes(plain), plain));
  });

  it("come from the registered file for incidents read from one, from their JSON otherwise", () => {
    const read = IncidentTable.of([]);
    registerSourceDigest(read, "from-the-file");
    expect(incidentsDigest(read)).toBe("from-the-file");
    expect(incidentsDigest(IncidentTable.of([]))).toMatch(/^[0-9a-f]{64}$/);
  });
});
