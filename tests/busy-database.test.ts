// A small pool, so a few long transactions fill it (read before the database client is made).
process.env.DATABASE_POOL_SIZE = "2";

import { beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { ServerBusyError } from "@/lib/server-busy";
import { readInTenant, withTenant } from "@/lib/tenancy/context";
import { findMembershipBySlug, listMyBusinesses } from "@/lib/tenancy/membership";
import { createTestBusiness, type TestBusiness } from "./fixtures";

let a: TestBusiness;
let b: TestBusiness;

beforeAll(async () => {
  resetEnvForTests();
  a = await createTestBusiness("busy-alpha");
  b = await createTestBusiness("busy-bravo");
});

describe("a busy server", () => {
  it("still answers every page read while saves hold connections, each user seeing only their own businesses", async () => {
    // A save that keeps one of the two connections for a while, as a slow payment would.
    const slowSave = withTenant({ businessId: a.id, userId: a.owner.id }, (tx) => tx.$executeRaw`SELECT pg_sleep(0.8)`);
    // Many visitors open business pages at once: the layout's lookups share the one connection left.
    const reads = Array.from({ length: 40 }, (_, i) => {
      const who = i % 2 === 0 ? a : b;
      return Promise.all([listMyBusinesses(who.owner.id), findMembershipBySlug(who.owner.id, who.slug), findMembershipBySlug(who.owner.id, (who === a ? b : a).slug)]);
    });
    const results = await Promise.all(reads);
    await slowSave;
    results.forEach(([businesses, own, other], i) => {
      const who = i % 2 === 0 ? a : b;
      expect(businesses.map((x) => x.slug)).toEqual([who.slug]);
      expect(own?.businessId).toBe(who.id);
      expect(other).toBeNull();
    });
  });

  it("keeps row-level security on batched reads: a business's read never sees another's rows", async () => {
    const seen = await readInTenant({ businessId: a.id, userId: a.owner.id }, (client) => client.business.findMany({ select: { id: true } }));
    expect(seen.map((x) => x.id)).toEqual([a.id]);
  });

  it("turns a save that ran out of time into 'the server is busy', not a crash", async () => {
    const outcome = withTenant({ businessId: a.id, userId: a.owner.id }, (tx) => tx.$executeRaw`SELECT pg_sleep(0.5)`, { timeoutMs: 100 });
    await expect(outcome).rejects.toBeInstanceOf(ServerBusyError);
    // The connection is given back: the next read works.
    expect((await listMyBusinesses(a.owner.id)).map((x) => x.slug)).toEqual([a.slug]);
  });
});
