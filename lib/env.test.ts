import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("configuration", () => {
  it("lists every invalid variable at start-up", async () => {
    vi.stubEnv("DATABASE_URL", "not a url");
    vi.stubEnv("AUTH_SECRET", "short");
    vi.stubEnv("SMTP_URL", "http://mail");
    const { env } = await import("./env");
    expect(() => env()).toThrow(/DATABASE_URL[\s\S]*AUTH_SECRET[\s\S]*SMTP_URL/);
  });

  it("requires SMTP in production unless the dev mailbox is on", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("DEV_MAILBOX_DIR", "");
    const { env } = await import("./env");
    expect(() => env()).toThrow(/SMTP_URL is required in production/);
  });
});
