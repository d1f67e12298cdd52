import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { currentUser } from "@/lib/auth/session";
import { addMember, createTestBusiness, createUser, type TestBusiness } from "../fixtures";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));
// Route handlers answer in the reader's language (a cookie or their account's): English here.
vi.mock("@/lib/i18n/request", () => ({ resolveLocale: vi.fn(async () => "en") }));

/** Every route handler under /b/[business], found on disk so a new one is covered automatically. */
function businessRouteFiles(dir = "app/b/[business]"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return businessRouteFiles(full);
    return e.name === "route.ts" ? [full] : [];
  });
}

type Handler = (request: Request, ctx: { params: Promise<{ business: string }> }) => Promise<Response>;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

let a: TestBusiness;
let b: TestBusiness;
let handlers: { file: string; method: string; handler: Handler }[];

beforeAll(async () => {
  a = await createTestBusiness("alpha");
  b = await createTestBusiness("bravo");
  handlers = [];
  for (const file of businessRouteFiles()) {
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Handler>;
    for (const method of METHODS) if (mod[method]) handlers.push({ file, method, handler: mod[method] });
  }
});

const call = (h: Handler, slug: string, method: string) =>
  h(new Request(`http://127.0.0.1/b/${slug}/x`, { method }), { params: Promise.resolve({ business: slug }) });

describe("cross-tenant: route handlers", () => {
  it("finds the business route handlers", () => {
    expect(handlers.map((h) => `${h.method} ${h.file}`)).toContain("GET app/b/[business]/audit/export/route.ts");
  });

  it("a member of A gets 404 for every route of B, with none of B's data", async () => {
    vi.mocked(currentUser).mockResolvedValue(a.owner);
    for (const h of handlers) {
      const response = await call(h.handler, b.slug, h.method);
      expect(response.status, `${h.method} ${h.file}`).toBe(404);
      expect(await response.text()).not.toContain("bravo");
    }
  });

  it("a signed-out caller gets 401 from every route", async () => {
    vi.mocked(currentUser).mockResolvedValue(null);
    for (const h of handlers) expect((await call(h.handler, b.slug, h.method)).status, h.file).toBe(401);
  });

  it("the audit export gives the owner their own business's log only, and refuses a viewer", async () => {
    const { GET } = await import("@/app/b/[business]/audit/export/route");
    vi.mocked(currentUser).mockResolvedValue(a.owner);
    const response = await call(GET, a.slug, "GET");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    expect(csv).toContain("business.created");
    expect(csv).toContain("alpha Business");
    expect(csv).not.toContain("bravo");
    const viewer = await createUser("viewer");
    await addMember(a, viewer, "VIEWER");
    vi.mocked(currentUser).mockResolvedValue(viewer);
    expect((await call(GET, a.slug, "GET")).status).toBe(403);
  });
});
