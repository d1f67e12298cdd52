import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listMyBusinesses } from "@/lib/tenancy/membership";
import { hashPassword, verifyPassword } from "./password";
import { consumeRateLimit, resetRateLimit } from "./rate-limit";
import { signUpSchema } from "./schemas";
import { signUp } from "./sign-up";
import { safeCallbackUrl } from "./callback-url";

describe("passwords", () => {
  it("stores argon2id hashes that verify only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "wrong horse battery")).toBe(false);
    expect(await verifyPassword(null, "anything")).toBe(false);
  });
});

describe("sign-up", () => {
  const input = (email: string) =>
    signUpSchema.parse({ name: "Léa", email, password: "0123456789", businessName: "Café Léa & Fils", locale: "fr" });

  it("creates the user with a hash, and a business they own", async () => {
    const { userId, businessSlug } = await signUp(input("Lea@Example.com"));
    expect(businessSlug).toBe("cafe-lea-fils");
    const user = await db().user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ email: "lea@example.com", locale: "fr", name: "Léa" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await listMyBusinesses(userId)).toEqual([expect.objectContaining({ name: "Café Léa & Fils", role: "OWNER" })]);
  });

  it("refuses an email that already has an account, and gives a second business of the same name its own slug", async () => {
    await expect(signUp(input("lea@example.com"))).rejects.toMatchObject({ code: "emailTaken", field: "email" });
    const second = await signUp(input("other@example.com"));
    expect(second.businessSlug).toMatch(/^cafe-lea-fils-[0-9a-f]{6}$/);
  });

  it("asks for a business name unless joining by invitation, and a 10-character password", () => {
    const base = { name: "A", email: "a@example.com", password: "0123456789", locale: "en" };
    expect(signUpSchema.safeParse(base).error?.issues[0]).toMatchObject({ path: ["businessName"], message: "required" });
    expect(signUpSchema.safeParse({ ...base, invite: "token" }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...base, businessName: "Shop", password: "short" }).error?.issues[0]?.message).toBe("passwordTooShort");
  });
});

describe("sign-in rate limit", () => {
  it("allows the limit, then blocks until reset", async () => {
    const key = "test:limit";
    for (let i = 0; i < 5; i++) expect((await consumeRateLimit(key, 5, 900)).allowed).toBe(true);
    const blocked = await consumeRateLimit(key, 5, 900);
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(800);
    await resetRateLimit(key);
    expect((await consumeRateLimit(key, 5, 900)).allowed).toBe(true);
  });

  it("counts concurrent attempts exactly", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => consumeRateLimit("test:burst", 3, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it("starts a new window once the old one has passed", async () => {
    await consumeRateLimit("test:window", 1, 1);
    expect((await consumeRateLimit("test:window", 1, 1)).allowed).toBe(false);
    await db().rateLimit.update({ where: { key: "test:window" }, data: { windowEnd: new Date(Date.now() - 1000) } });
    expect((await consumeRateLimit("test:window", 1, 1)).allowed).toBe(true);
  });
});

describe("callback URLs", () => {
  it("only allows paths on this site", () => {
    expect(safeCallbackUrl("/b/shop/members")).toBe("/b/shop/members");
    expect(safeCallbackUrl("https://evil.example")).toBe("/start");
    expect(safeCallbackUrl("//evil.example")).toBe("/start");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/start");
    expect(safeCallbackUrl(undefined)).toBe("/start");
  });
});
