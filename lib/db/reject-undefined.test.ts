import { describe, expect, it } from "vitest";
import { db } from "./client";
import { undefinedFilterPath } from "./reject-undefined";

describe("undefined filters", () => {
  it("are found wherever they hide", () => {
    expect(undefinedFilterPath({ businessId: "b1", id: "x" })).toBeNull();
    expect(undefinedFilterPath({ businessId: undefined })).toBe("where.businessId");
    expect(undefinedFilterPath({ AND: [{ id: "x" }, { user: { email: undefined } }] })).toBe("where.AND[1].user.email");
    expect(undefinedFilterPath({ createdAt: { gt: new Date() } })).toBeNull();
    expect(undefinedFilterPath(undefined)).toBeNull();
  });

  it("stop the query instead of matching every row", async () => {
    await expect(db().user.findMany({ where: { email: undefined } })).rejects.toThrow(/where.email is undefined/);
    await expect(db().user.findMany({ where: { email: "nobody@example.com" } })).resolves.toEqual([]);
  });
});
