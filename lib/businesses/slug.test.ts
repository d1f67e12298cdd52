import { describe, expect, it } from "vitest";
import { slugify, slugWithSuffix } from "./slug";

describe("business slugs", () => {
  it("are readable ASCII from any name", () => {
    expect(slugify("Café Léa & Fils")).toBe("cafe-lea-fils");
    expect(slugify("  L'Érablière du Québec inc.  ")).toBe("l-erabliere-du-quebec-inc");
    expect(slugify("!!!")).toBe("business");
    expect(slugify("a".repeat(60))).toHaveLength(40);
  });

  it("get a random suffix when taken", () => {
    expect(slugWithSuffix("shop")).toMatch(/^shop-[0-9a-f]{6}$/);
    expect(slugWithSuffix("shop")).not.toBe(slugWithSuffix("shop"));
  });
});
