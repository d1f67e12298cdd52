// One connection, so every read below goes through the same prepared statements and cached plans.
process.env.DATABASE_POOL_SIZE = "1";

import { beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { readAsUser, readInTenant } from "@/lib/tenancy/context";
import { createTestBusiness, type TestBusiness } from "./fixtures";

let a: TestBusiness;
let b: TestBusiness;
const ctxOf = (x: TestBusiness) => ({ businessId: x.id, userId: x.owner.id });
/** The connection and the start of the transaction a read ran in. */
const whereRun = (x: TestBusiness) => readInTenant(ctxOf(x), (db) => db.$queryRaw<{ pid: number; started: string }[]>`SELECT pg_backend_pid() AS pid, now()::text AS started`);
const businessesSeen = (x: TestBusiness) => readInTenant(ctxOf(x), (db) => db.business.findMany({ select: { id: true } }));

beforeAll(async () => {
  resetEnvForTests();
  a = await createTestBusiness("reads-alpha");
  b = await createTestBusiness("reads-bravo");
});

describe("a page's reads", () => {
  it("asked at once for one business run in one transaction", async () => {
    const [first, second, third] = await Promise.all([whereRun(a), whereRun(a), whereRun(a)]);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    // Asked later: a transaction of its own.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await whereRun(a))[0]!.started).not.toBe(first[0]!.started);
  });

  it("of two businesses asked at the same moment run apart, each seeing only its own rows", async () => {
    const [seenByA, seenByB, runA, runB] = await Promise.all([businessesSeen(a), businessesSeen(b), whereRun(a), whereRun(b)]);
    expect(seenByA.map((x) => x.id)).toEqual([a.id]);
    expect(seenByB.map((x) => x.id)).toEqual([b.id]);
    expect(runA[0]!.started).not.toBe(runB[0]!.started);
  });

  it("keep row-level security on prepared statements run again and again for different businesses", async () => {
    // PostgreSQL plans a prepared statement for good after its fifth run: the business setting must still apply.
    for (let i = 0; i < 8; i++) {
      const [seenByA, seenByB] = [await businessesSeen(a), await businessesSeen(b)];
      expect(seenByA.map((x) => x.id)).toEqual([a.id]);
      expect(seenByB.map((x) => x.id)).toEqual([b.id]);
    }
    const prepared = await readInTenant(ctxOf(a), (db) => db.$queryRaw<{ name: string }[]>`SELECT name FROM pg_prepared_statements WHERE statement LIKE '%FROM "public"."Business"%'`);
    expect(prepared.length).toBeGreaterThan(0);
    expect(prepared.every((p) => p.name.startsWith("envoi_"))).toBe(true);
  });

  it("fail one by one: a read that fails does not take the others of its transaction with it", async () => {
    const outcomes = await Promise.allSettled([
      businessesSeen(a),
      readInTenant(ctxOf(a), (db) => db.$queryRaw`SELECT 1 / 0`),
      businessesSeen(a),
      readAsUser(a.owner.id, (db) => db.membership.findMany({ where: { userId: a.owner.id }, select: { businessId: true } })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/division by zero/);
    expect((outcomes[0] as PromiseFulfilledResult<{ id: string }[]>).value.map((x) => x.id)).toEqual([a.id]);
    expect((outcomes[2] as PromiseFulfilledResult<{ id: string }[]>).value.map((x) => x.id)).toEqual([a.id]);
    expect((outcomes[3] as PromiseFulfilledResult<{ businessId: string }[]>).value.map((x) => x.businessId)).toEqual([a.id]);
    // The connection is fine afterwards.
    expect((await businessesSeen(b)).map((x) => x.id)).toEqual([b.id]);
  });
});
