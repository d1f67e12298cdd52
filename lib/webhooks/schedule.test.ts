import { describe, expect, it } from "vitest";
import { MAX_RETRIES, retryDelaySeconds, scheduleSeconds } from "./schedule";

describe("webhook retry schedule", () => {
  it("backs off exponentially from a minute, capped at 12 hours", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelaySeconds)).toEqual([60, 300, 1500, 7500, 37500, 43200, 43200]);
  });

  it("stops after 10 retries (11 attempts), about 3 days after the first", () => {
    expect(retryDelaySeconds(MAX_RETRIES + 1)).toBeNull();
    expect(retryDelaySeconds(0)).toBeNull();
    const days = scheduleSeconds() / 86400;
    expect(days).toBeGreaterThanOrEqual(3);
    expect(days).toBeLessThan(3.1);
  });
});
