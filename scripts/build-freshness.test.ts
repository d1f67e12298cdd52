import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFreshness } from "./build-freshness";

// `npm start` builds only when the production build is missing or older than a source.
describe("buildFreshness", () => {
  let root: string;
  const inputs = ["app", "messages", "next.config.mjs"];
  const at = (file: string, seconds: number) => fs.utimesSync(path.join(root, file), seconds, seconds);
  const write = (file: string, seconds: number) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), file);
    at(file, seconds);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "envoi-build-"));
    write("app/page.tsx", 1000);
    write("app/b/layout.tsx", 1000);
    write("messages/en.json", 1000);
    write("next.config.mjs", 1000);
    for (const dir of ["app/b", "app", "messages"]) at(dir, 1000);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("builds when there is no production build yet", () => {
    expect(buildFreshness(root, inputs)).toEqual({ stale: true, reason: "no production build yet" });
  });

  it("reuses a build newer than every source", () => {
    write(".next/BUILD_ID", 2000);
    expect(buildFreshness(root, inputs)).toEqual({ stale: false });
  });

  it("rebuilds after a source, a message or the configuration changed, naming it", () => {
    write(".next/BUILD_ID", 2000);
    at("app/b/layout.tsx", 3000);
    expect(buildFreshness(root, inputs)).toEqual({ stale: true, reason: `${path.join("app", "b", "layout.tsx")} changed since the last build` });
    write(".next/BUILD_ID", 4000);
    at("messages/en.json", 5000);
    expect(buildFreshness(root, inputs)).toMatchObject({ stale: true, reason: `${path.join("messages", "en.json")} changed since the last build` });
    write(".next/BUILD_ID", 6000);
    at("next.config.mjs", 7000);
    expect(buildFreshness(root, inputs)).toMatchObject({ stale: true, reason: "next.config.mjs changed since the last build" });
  });

  it("rebuilds after a source was deleted (its folder changed)", () => {
    write(".next/BUILD_ID", 2000);
    fs.rmSync(path.join(root, "app/page.tsx"));
    expect(buildFreshness(root, inputs)).toMatchObject({ stale: true, reason: "app changed since the last build" });
  });

  it("ignores what the build does not read (tests, data, an input this checkout lacks)", () => {
    write(".next/BUILD_ID", 2000);
    write("e2e/batches.spec.ts", 3000);
    write(".data/dev/auth-secret", 3000);
    expect(buildFreshness(root, [...inputs, "public"])).toEqual({ stale: false });
  });
});
