/**
 * Each page gives its client components the messages they read, and no more: the root layout gives
 * ROOT_CLIENT_NAMESPACES, a page's folder (or a folder above it) names the rest in its layout
 * (`export default clientMessagesLayout([...])`). A namespace missing here would show its raw key in the
 * browser; an extra one would weigh on every visit of the page.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT_CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { MESSAGES } from "@/lib/i18n/messages";
import { pickMessages, type MessageTree } from "@/lib/i18n/pick-messages";
import { importGraph } from "../import-graph";
import { ClientMessagesMap, covered, moduleNeeds } from "../client-messages-map";

const root = path.resolve(import.meta.dirname, "..", "..");
const graph = importGraph(root, ["lib", "app", "components"]);
const map = new ClientMessagesMap(root, graph);
const appFiles = [...graph.keys()].filter((f) => f.startsWith("app/")).sort();
const pages = appFiles.filter((f) => f.endsWith("/page.tsx"));
const DECLARATION = /clientMessagesLayout\(\[([^\]]*)\]\)/;

/** The namespaces a layout gives its pages, or null when it gives none of its own. */
function declared(layout: string): string[] | null {
  const match = DECLARATION.exec(fs.readFileSync(path.join(root, layout), "utf8"));
  return match ? [...match[1]!.matchAll(/"([\w.]+)"/g)].map((m) => m[1]!) : null;
}

/** The layouts that name namespaces (the root's excepted), by folder. */
const layouts = new Map(
  appFiles
    .filter((f) => f.endsWith("/layout.tsx") && f !== "app/layout.tsx")
    .map((f) => [path.dirname(f), declared(f)] as const)
    .filter((entry): entry is [string, string[]] => entry[1] !== null),
);

/** What a page's client components are given: the nearest layout above it that names namespaces, with the root's. */
function given(page: string): string[] {
  for (let dir = path.dirname(page); dir !== "app" && dir !== "."; dir = path.dirname(dir)) {
    const names = layouts.get(dir);
    if (names) return [...ROOT_CLIENT_NAMESPACES, ...names];
  }
  return [...ROOT_CLIENT_NAMESPACES];
}

describe("client messages", () => {
  it("reads the namespaces of client components through their imports", () => {
    // The batch sheet (a client component) reads "batches" and "rates"; the overview's are all server components.
    expect(map.needs("app/b/[business]/batches/[id]/page.tsx").namespaces).toEqual(expect.arrayContaining(["batches", "rates"]));
    expect(map.needs("app/b/[business]/page.tsx").namespaces).toEqual([]);
    expect(moduleNeeds('const t = useTranslations("a.b"); const u = useTranslations(x);')).toEqual({ namespaces: ["a.b"], undeclared: true });
    expect(moduleNeeds('// client messages: c d.e\nconst t = useTranslations(x);')).toEqual({ namespaces: ["c", "d.e"], undeclared: false });
    expect(covered("returnsPage.page", ["returnsPage"])).toBe(true);
    expect(covered("returnsPage", ["returnsPage.page"])).toBe(false);
  });

  it("name their namespaces when they choose one at run time", () => {
    const undeclared = new Set(appFiles.flatMap((f) => map.needs(f).undeclared));
    expect([...undeclared]).toEqual([]);
  });

  it("of every page are given to them", () => {
    const missing = Object.fromEntries(
      pages.map((page) => [page, map.needs(page).namespaces.filter((n) => !covered(n, given(page)))] as const).filter(([, names]) => names.length > 0),
    );
    expect(missing).toEqual({});
  });

  it("of layouts and error pages are given by the root layout", () => {
    const others = appFiles.filter((f) => /\/(layout|error|not-found|global-error)\.tsx$/.test(f));
    expect(others.length).toBeGreaterThan(3);
    const missing = Object.fromEntries(
      others.map((f) => [f, map.needs(f).namespaces.filter((n) => !covered(n, ROOT_CLIENT_NAMESPACES))] as const).filter(([, names]) => names.length > 0),
    );
    expect(missing).toEqual({});
  });

  it("are given only where a page below reads them, and exist in both languages", () => {
    expect(layouts.size).toBeGreaterThan(10);
    const unused: Record<string, string[]> = {};
    const unknown: string[] = [];
    for (const [dir, names] of layouts) {
      const below = pages.filter((p) => p.startsWith(`${dir}/`)).flatMap((p) => map.needs(p).namespaces);
      const extra = names.filter((n) => !below.some((b) => covered(b, [n]) || covered(n, [b])));
      if (extra.length > 0) unused[dir] = extra;
      for (const n of names) for (const locale of ["en", "fr"] as const) if (Object.keys(pickMessages(MESSAGES[locale] as unknown as MessageTree, [n])).length === 0) unknown.push(`${locale}: ${n}`);
    }
    expect(unused).toEqual({});
    expect(unknown).toEqual([]);
  });

  it("are given by folder layouts only (where this test reads them)", () => {
    const users = [...graph.keys()].filter((f) => !f.startsWith("lib/") && f !== "components/i18n/client-messages.tsx" && /<ClientMessages|clientMessagesLayout\(/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(users.filter((f) => !f.endsWith("/layout.tsx"))).toEqual([]);
  });
});
