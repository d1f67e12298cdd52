/**
 * Server code translates with lib/i18n/server.ts, whose parsed messages and Intl formatters last
 * for the process: next-intl's own `getTranslations` and `getFormatter` build them again on every
 * request (several milliseconds of CPU on a page such as the overview).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph } from "../import-graph";

const root = path.resolve(import.meta.dirname, "..", "..");
const NEXT_INTL_SERVER_IMPORT = /import\s*\{([^}]*)\}\s*from\s*"next-intl\/server"/g;
const PER_REQUEST = ["getTranslations", "getFormatter"];

describe("page translations", () => {
  it("no page, component or service takes getTranslations or getFormatter from next-intl directly", () => {
    const offenders = [...importGraph(root, ["lib", "app", "components"]).keys()]
      .filter((file) => file !== "lib/i18n/server.ts")
      .filter((file) =>
        [...fs.readFileSync(path.join(root, file), "utf8").matchAll(NEXT_INTL_SERVER_IMPORT)].some((m) =>
          m[1]!.split(",").some((name) => PER_REQUEST.includes(name.trim().split(/\s+/)[0]!)),
        ),
      );
    expect(offenders, "import them from @/lib/i18n/server").toEqual([]);
  });
});
