import { describe, expect, it } from "vitest";
import { echoValues } from "./parse";

describe("values sent back to a form after an error", () => {
  it("keep what was typed, never a password, nor a bulk payload", () => {
    expect(echoValues({ email: "a@example.com", password: "secret", newPassword: "x", rows: "x".repeat(20_000) })).toEqual({ email: "a@example.com" });
  });
});
