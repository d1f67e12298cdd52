import { describe, expect, it } from "vitest";
import { KEPT_ROWS, storedRatings, type RatedRow, type RowRating } from "./stored-ratings";

type Rating = { quotes: { serviceCode: string; totalCents: number }[] };

/** A database of rows' ratings, counting which rows each read asked for. */
function table() {
  const stored = new Map<string, RowRating<Rating>>();
  const asked: string[][] = [];
  return {
    rate(id: string, at: number, quotes: Rating["quotes"], inputs = "w1000") {
      stored.set(id, { id, ratedAt: new Date(at), ratedInputs: inputs, quotes: { quotes } });
      return { id, ratedAt: new Date(at), ratedInputs: inputs } satisfies RatedRow;
    },
    unrated(id: string) {
      stored.set(id, { id, ratedAt: null, ratedInputs: null, quotes: null });
      return { id, ratedAt: null, ratedInputs: null } satisfies RatedRow;
    },
    asked,
    read: async (ids: string[]) => {
      asked.push(ids);
      return ids.flatMap((id) => (stored.has(id) ? [structuredClone(stored.get(id)!)] : []));
    },
  };
}

const codes = (r: Rating | null | undefined) => r?.quotes.map((q) => `${q.serviceCode} ${q.totalCents}`);

describe("storedRatings (a batch's quotes kept for the process)", () => {
  it("reads a row's quotes once per rating: the next views of the page take them as kept", async () => {
    const db = table();
    const rows = [db.rate("sr-a", 1_000, [{ serviceCode: "DOM.EP", totalCents: 1_500 }]), db.rate("sr-b", 1_000, [{ serviceCode: "DOM.RP", totalCents: 1_200 }])];
    const first = await storedRatings(rows, db.read);
    const second = await storedRatings(rows, db.read);
    expect(db.asked).toEqual([["sr-a", "sr-b"]]);
    expect(codes(second.get("sr-a"))).toEqual(["DOM.EP 1500"]);
    expect(codes(second.get("sr-b"))).toEqual(["DOM.RP 1200"]);
    expect(second.get("sr-a")).toBe(first.get("sr-a"));
  });

  it("reads a re-rated row again and shows its new prices, not the ones kept", async () => {
    const db = table();
    await storedRatings([db.rate("sr-c", 1_000, [{ serviceCode: "DOM.EP", totalCents: 1_500 }])], db.read);
    const rerated = db.rate("sr-c", 2_000, [{ serviceCode: "DOM.EP", totalCents: 2_100 }, { serviceCode: "DOM.PC", totalCents: 3_000 }], "w2500");
    const after = await storedRatings([rerated], db.read);
    expect(db.asked).toEqual([["sr-c"], ["sr-c"]]);
    expect(codes(after.get("sr-c"))).toEqual(["DOM.EP 2100", "DOM.PC 3000"]);
  });

  it("always asks about rows not rated yet (they have no quotes), and never keeps them", async () => {
    const db = table();
    const rows = [db.unrated("sr-d"), db.rate("sr-e", 1_000, [{ serviceCode: "DOM.EP", totalCents: 1_500 }])];
    await storedRatings(rows, db.read);
    const again = await storedRatings(rows, db.read);
    expect(db.asked).toEqual([["sr-d", "sr-e"], ["sr-d"]]);
    expect(again.get("sr-d")).toBeNull();
    expect(codes(again.get("sr-e"))).toEqual(["DOM.EP 1500"]);
  });

  it("a row re-rated between the page's read and this one gets its new quotes, which are not kept for the old rating", async () => {
    const db = table();
    const seen = db.rate("sr-f", 1_000, [{ serviceCode: "DOM.EP", totalCents: 1_500 }]);
    db.rate("sr-f", 2_000, [{ serviceCode: "DOM.EP", totalCents: 1_900 }]);
    expect(codes((await storedRatings([seen], db.read)).get("sr-f"))).toEqual(["DOM.EP 1900"]);
    await storedRatings([seen], db.read);
    expect(db.asked).toEqual([["sr-f"], ["sr-f"]]);
  });

  it("a row the read does not find (deleted meanwhile) has no rating", async () => {
    const db = table();
    const gone = { id: "sr-gone", ratedAt: new Date(1_000), ratedInputs: "w1000" };
    expect((await storedRatings([gone], db.read)).get("sr-gone")).toBeNull();
  });

  it("hands out frozen quotes, so no page can change what the next one is given", async () => {
    const db = table();
    const rows = [db.rate("sr-g", 1_000, [{ serviceCode: "DOM.EP", totalCents: 1_500 }])];
    const rating = (await storedRatings(rows, db.read)).get("sr-g")!;
    expect(() => {
      rating.quotes[0]!.totalCents = 1;
    }).toThrow(TypeError);
    expect(() => rating.quotes.push({ serviceCode: "DOM.PC", totalCents: 1 })).toThrow(TypeError);
  });

  it(`keeps at most ${KEPT_ROWS} rows: the least recently shown are read again`, async () => {
    const db = table();
    const early = db.rate("sr-early", 1_000, [{ serviceCode: "DOM.EP", totalCents: 1_500 }]);
    const recent = db.rate("sr-recent", 1_000, [{ serviceCode: "DOM.EP", totalCents: 1_500 }]);
    await storedRatings([early, recent], db.read);
    // The recent row shown again: it is now the most recently used of the two.
    await storedRatings([recent], db.read);
    const others = Array.from({ length: KEPT_ROWS - 1 }, (_, i) => db.rate(`sr-many-${i}`, 1_000, [{ serviceCode: "DOM.RP", totalCents: 1_000 }]));
    await storedRatings(others, db.read);
    db.asked.length = 0;
    await storedRatings([recent], db.read);
    await storedRatings([early], db.read);
    expect(db.asked).toEqual([["sr-early"]]);
  });
});
