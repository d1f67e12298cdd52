/**
 * The shared throttle: every process counts the same minute in PostgreSQL, so concurrent callers
 * never take more calls than the limit, and a caller that would wait too long is told so.
 */
import { describe, expect, it } from "vitest";
import { carrierCallsInWindow, takeCarrierSlot, ThrottleWaitExceededError, throttleKey } from "./throttle";

describe("carrier throttle", () => {
  it("keys by a hash of the user name and the group (no user name stored)", () => {
    const key = throttleKey("canadapost", "6e93d53968881714", "tracking");
    expect(key).not.toContain("6e93d53968881714");
    expect(key.endsWith(":tracking")).toBe(true);
    expect(throttleKey("canadapost", "6e93d53968881714", "rating")).not.toBe(key);
  });

  it("lets exactly the limit through among concurrent callers, and refuses the rest when they cannot wait", async () => {
    const key = throttleKey("canadapost", "concurrent-user", "rating");
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => takeCarrierSlot(key, 5, { maxWaitMs: 0 })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.reason).toBeInstanceOf(ThrottleWaitExceededError);
    expect(await carrierCallsInWindow(key)).toBe(5);
  });

  it("waits for the oldest call of the minute to age out when allowed to", async () => {
    const key = throttleKey("canadapost", "waiting-user", "tracking");
    await takeCarrierSlot(key, 1);
    const waits: number[] = [];
    // The sleep is recorded, not slept: the second call must wait about a minute.
    await expect(takeCarrierSlot(key, 1, { maxWaitMs: 120_000, sleep: async (ms) => { waits.push(ms); throw new Error("stop"); } })).rejects.toThrow("stop");
    expect(waits[0]).toBeGreaterThan(55_000);
    expect(waits[0]).toBeLessThanOrEqual(60_000);
  });

  it("keeps groups and users apart", async () => {
    const a = throttleKey("canadapost", "user-a", "rating");
    const b = throttleKey("canadapost", "user-b", "rating");
    await takeCarrierSlot(a, 1);
    await expect(takeCarrierSlot(b, 1, { maxWaitMs: 0 })).resolves.toBeUndefined();
    await expect(takeCarrierSlot(a, 1, { maxWaitMs: 0 })).rejects.toBeInstanceOf(ThrottleWaitExceededError);
  });
});
