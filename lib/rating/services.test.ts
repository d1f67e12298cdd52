import { describe, expect, it } from "vitest";
import { isTracked, SERVICES, UNTRACKED_SERVICE_CODES } from "./services";

describe("the service catalogue", () => {
  it("marks the services Canada Post does not track: Small Packet USA Air and Small Packet International", () => {
    expect(UNTRACKED_SERVICE_CODES).toEqual(["USA.SP.AIR", "INT.SP.AIR", "INT.SP.SURF"]);
    expect(SERVICES.filter((s) => s.tracked).map((s) => s.code)).toEqual(expect.arrayContaining(["DOM.RP", "USA.TP", "INT.TP", "INT.IP.AIR", "INT.IP.SURF"]));
  });

  it("says whether a service is tracked, an unknown one being the carrier's to say", () => {
    expect(isTracked("USA.SP.AIR")).toBe(false);
    expect(isTracked("DOM.EP")).toBe(true);
    expect(isTracked("DOM.LIB")).toBe(true);
  });
});
