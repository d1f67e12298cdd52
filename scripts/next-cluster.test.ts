import net from "node:net";
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("next-cluster", () => {
  it("stops with a non-zero code, and says why, when a server process cannot start (its port is taken)", async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const { port } = busy.address() as net.AddressInfo;
    try {
      const child = spawn(process.execPath, [path.resolve("scripts/next-cluster.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
        env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", WEB_CONCURRENCY: "2" },
      });
      let output = "";
      child.stderr.on("data", (c: Buffer) => (output += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).not.toBe(0);
      expect(output).toMatch(/stopped while starting .*: stopping\./);
    } finally {
      busy.close();
    }
  }, 60_000);
});
