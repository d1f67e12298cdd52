import { describe, expect, it } from "vitest";
import { isValidPin } from "@/lib/shipments/tracking-numbers";
import { capabilities, type OpenReturnTemplateRequest } from "../types";
import { createReferenceConnector, referenceConnector } from ".";
import type { OpenReturnUsage } from "./open-returns";

const request = (over: Partial<OpenReturnTemplateRequest> = {}): OpenReturnTemplateRequest => ({
  reference: "or-1",
  maxUses: 3,
  estimatedCents: 1234,
  format: "thermal4x6",
  locale: "en",
  label: {
    serviceCode: "DOM.EP",
    serviceName: { en: "Expedited Parcel", fr: "Colis accélérés" },
    sender: { name: "", line1: "", city: "", country: "CA" },
    recipient: { name: "Atelier Lune", line1: "123 Rue Saint-Paul", city: "Montréal", province: "QC", postalCode: "H2Y 1H2", country: "CA" },
    options: { signature: true, coverageCents: 10000, codCents: 0, proofOfAge: null, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false, deliverToPostOffice: false },
    weightGrams: 1000,
    lengthMm: 300,
    widthMm: 200,
    heightMm: 100,
    mailingDate: "2026-12-06",
  },
  ...over,
});

function carrier(usage: Map<string, OpenReturnUsage>) {
  let serial = 1000n;
  return createReferenceConnector({ nextSerial: async () => serial++, openReturnUsage: async (id) => usage.get(id) ?? null });
}

describe("reference open returns", () => {
  it("offers open returns only when it can number labels and read its templates", () => {
    expect(capabilities(referenceConnector)).not.toContain("openReturns");
    expect(capabilities(carrier(new Map()))).toContain("openReturns");
  });

  it("refuses a maximum number of uses outside 1 to 10000 with a message naming the range", async () => {
    const c = carrier(new Map());
    for (const maxUses of [0, -1, 10001, 2.5]) {
      const r = await c.createOpenReturnTemplate!(request({ maxUses }));
      expect(r.data).toBeNull();
      expect(r.messages[0]!.problem).toEqual({ code: "openReturnMaxUses", values: { min: 1, max: 10000 } });
    }
    expect((await c.createOpenReturnTemplate!(request({ maxUses: 10000 }))).data?.maxUses).toBe(10000);
  });

  it("refuses a service or a location outside Canada", async () => {
    const c = carrier(new Map());
    expect((await c.createOpenReturnTemplate!(request({ label: { ...request().label, serviceCode: "USA.EP" } }))).messages[0]!.problem.code).toBe("openReturnDomesticOnly");
  });

  it("issues labels each with its own valid PIN, prepaid return to the business from a blank sender, until used up", async () => {
    const usage = new Map<string, OpenReturnUsage>();
    const c = carrier(usage);
    const t = (await c.createOpenReturnTemplate!(request())).data!;
    usage.set(t.templateId, { maxUses: 3, issued: 0, retired: false });
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await c.nextOpenReturnLabel!(t.templateId, request());
      const issued = r.data!;
      expect(issued.estimatedCents).toBe(1234);
      expect(issued.label.kind).toBe("draw");
      if (issued.label.kind !== "draw") throw new Error("drawn label expected");
      const label = issued.label.label;
      expect(label.isReturn).toBe(true);
      expect(label.trackingNumber).toBe(issued.trackingNumber);
      expect(label.recipient.name).toBe("Atelier Lune");
      expect(label.sender.name).toBe("");
      expect(label.sender.line1).toBe("");
      expect(label.options.signature).toBe(false);
      expect(label.options.coverageCents).toBe(0);
      expect(isValidPin(issued.trackingNumber)).toBe(true);
      numbers.push(issued.trackingNumber);
      usage.set(t.templateId, { maxUses: 3, issued: i + 1, retired: false });
    }
    expect(new Set(numbers).size).toBe(3);
    const usedUp = await c.nextOpenReturnLabel!(t.templateId, request());
    expect(usedUp.data).toBeNull();
    expect(usedUp.messages[0]!.problem).toEqual({ code: "openReturnUsedUp", values: { max: 3 } });
  });

  it("issues nothing from a retired or unknown template", async () => {
    const usage = new Map<string, OpenReturnUsage>([["REF-OR-1", { maxUses: 5, issued: 1, retired: false }]]);
    const c = carrier(usage);
    expect((await c.retireOpenReturnTemplate!("REF-OR-1")).data).toEqual({ retired: true });
    usage.set("REF-OR-1", { maxUses: 5, issued: 1, retired: true });
    expect((await c.nextOpenReturnLabel!("REF-OR-1", request())).messages[0]!.problem.code).toBe("openReturnRetired");
    expect((await c.nextOpenReturnLabel!("REF-OR-9", request())).messages[0]!.problem.code).toBe("openReturnRetired");
  });
});
