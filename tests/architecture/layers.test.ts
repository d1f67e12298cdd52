/**
 * The layers ESLint enforces (eslint.config.mjs): a file that breaks one fails lint, a file that
 * keeps to its layer passes. Linted as if the file were at the given path.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the layers of lib/", () => {
  it("keep rating, labels and addresses pure: no database, queue, network, payments or carriers", async () => {
    for (const [file, source] of [
      ["lib/rating/bad.ts", `import { db } from "@/lib/db/client";\nexport const x = db;\n`],
      ["lib/labels/bad.tsx", `import pg from "pg";\nexport const x = pg;\n`],
      ["lib/addresses/bad.ts", `import { connectorFor } from "@/lib/carriers/registry";\nexport const x = connectorFor;\n`],
      ["lib/rating/bad2.ts", `import Stripe from "stripe";\nexport const x = Stripe;\n`],
      ["lib/labels/bad2.ts", `import type { Tx } from "@/lib/db/client";\nexport type X = Tx;\n`],
    ]) {
      expect(await restricted(file!, source!), file).toEqual([expect.stringContaining("are pure")]);
    }
    expect(await restricted("lib/rating/good.ts", `import { isProvinceCode } from "@/lib/addresses/provinces";\nexport const x = isProvinceCode;\n`)).toEqual([]);
  });

  it("let only lib/carriers reach a connector folder", async () => {
    const reaching = `import { referenceConnector } from "@/lib/carriers/reference";\nexport const x = referenceConnector;\n`;
    for (const file of ["lib/tracking/bad.ts", "components/post-offices/bad.tsx", "app/b/[business]/bad/page.tsx", "tests/bad.ts"]) {
      expect(await restricted(file, reaching), file).toEqual([expect.stringContaining("registry")]);
    }
    expect(await restricted("lib/tracking/bad.ts", `import { x } from "../carriers/reference/tracking";\nexport const y = x;\n`)).toEqual([expect.stringContaining("registry")]);
    expect(await restricted("lib/carriers/registry-like.ts", reaching)).toEqual([]);
    expect(await restricted("lib/tracking/good.ts", `import { connectorFor } from "@/lib/carriers/registry";\nexport const x = connectorFor;\n`)).toEqual([]);
  });

  it("keep lib/ below app/ and components/", async () => {
    expect(await restricted("lib/shipments/bad.ts", `import { Badge } from "@/components/ui/badge";\nexport const x = Badge;\n`)).toEqual([expect.stringContaining("below app/")]);
    expect(await restricted("lib/shipments/bad.ts", `import { pdfResponse } from "@/app/pdf-response";\nexport const x = pdfResponse;\n`)).toEqual([expect.stringContaining("below app/")]);
    expect(await restricted("lib/labels/good.tsx", `import { Style } from "./components/style";\nexport const x = Style;\n`)).toEqual([]);
    expect(await restricted("components/ui/good.tsx", `import { Badge } from "@/components/ui/badge";\nexport const x = Badge;\n`)).toEqual([]);
  });
});
