/**
 * No import loops anywhere in the code (type imports, re-exports and dynamic imports included):
 * a loop makes modules half-initialised at start and hides which layer depends on which.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph } from "../import-graph";

const root = path.resolve(import.meta.dirname, "..", "..");

describe("imports", () => {
  it("form no loop in lib/, app/, components/, scripts/ or the tests", () => {
    const graph = importGraph(root, ["lib", "app", "components", "scripts", "bench", "tests"]);
    expect(graph.size).toBeGreaterThan(400);
    expect(importCycles(graph)).toEqual([]);
  });

  it("are seen through type imports, re-exports and dynamic imports", () => {
    // The detector itself: a loop of each kind is found.
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["d.ts"]],
      ["e.ts", ["a.ts"]],
    ]);
    expect(importCycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"], ["d.ts"]]);
    const real = importGraph(root, ["lib/purchases"]);
    // pay.ts re-exports a type and card.ts imports one: both edges are in the graph.
    expect(real.get("lib/purchases/pay.ts")).toContain("lib/purchases/pay-result.ts");
    expect(real.get("lib/purchases/card.ts")).toContain("lib/purchases/pay-result.ts");
  });
});
