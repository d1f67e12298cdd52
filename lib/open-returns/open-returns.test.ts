/**
 * Open returns end to end on the reference carrier: labels issued up to the template's maximum
 * and then refused, nothing charged at issue, each label charged once at its first scan, a
 * retired template issuing nothing, a business's own carrier account charged nothing by Envoi,
 * and one business never reaching another's template.
 */
import { describe, expect, it } from "vitest";
import { connectorFor } from "@/lib/carriers/registry";
import { withTenant } from "@/lib/tenancy/context";
import type { Actor } from "@/lib/tenancy/actor";
import type { CarrierConnector, OpenReturnTemplateRequest } from "@/lib/carriers/types";
import { payingBusiness } from "@/tests/batch-helpers";
import { createOpenReturn, issueOpenReturnLabels, retireOpenReturn } from "./issue";
import { recordOpenReturnScan } from "./scan";

const connectorOf = async (actor: Actor, accountId: string | null = null): Promise<CarrierConnector> => ({ ...(await connectorFor(actor, "reference")), accountId });

const request = (maxUses: number): OpenReturnTemplateRequest => ({
  reference: "open",
  maxUses,
  format: "thermal4x6",
  locale: "en",
  label: {
    serviceCode: "DOM.EP",
    serviceName: { en: "Expedited Parcel", fr: "Colis accélérés" },
    sender: { name: "", line1: "", city: "", country: "CA" },
    recipient: { name: "Atelier Lune", line1: "123 Rue Saint-Paul", city: "Montréal", province: "QC", postalCode: "H2Y 1H2", country: "CA" },
    options: { signature: false, coverageCents: 0, codCents: 0, proofOfAge: null, cardForPickup: false, doNotSafeDrop: false, leaveAtDoor: false, deliverToPostOffice: false },
    weightGrams: 1000,
    lengthMm: 300,
    widthMm: 200,
    heightMm: 100,
    mailingDate: "2026-12-06",
  },
});

async function template(actor: Actor, maxUses: number, accountId: string | null = null) {
  const connector = await connectorOf(actor, accountId);
  const created = await withTenant(actor, (tx) => createOpenReturn(tx, actor.businessId, connector, { request: request(maxUses), locationId: null, estimatedCents: 1500, createdById: actor.userId }));
  if (!created.ok) throw new Error("template refused");
  return { id: created.data.id, connector };
}

const issue = (actor: Actor, connector: CarrierConnector, id: string, count: number) => withTenant(actor, (tx) => issueOpenReturnLabels(tx, actor.businessId, connector, id, count));
const charges = (actor: Actor) => withTenant(actor, (tx) => tx.accountTransaction.findMany({ where: { businessId: actor.businessId, type: "CHARGE" }, select: { amountCents: true, openReturnLabelId: true } }));
const row = (actor: Actor, id: string) => withTenant(actor, (tx) => tx.openReturn.findFirstOrThrow({ where: { id, businessId: actor.businessId }, select: { labelsIssued: true, uses: true, status: true } }));

describe("open returns", () => {
  it("issues labels up to the maximum, then says the template is used up", async () => {
    const { actor } = await payingBusiness("or-max");
    const { id, connector } = await template(actor, 3);
    const first = await issue(actor, connector, id, 2);
    expect(first.ok && first.data.map((l) => l.label?.isReturn)).toEqual([true, true]);
    const rest = await issue(actor, connector, id, 5);
    expect(rest.ok && rest.data.length).toBe(1);
    const none = await issue(actor, connector, id, 1);
    expect(none).toEqual({ ok: false, messages: [{ carrier: "reference", problem: { code: "openReturnUsedUp", values: { max: 3 } } }] });
    expect(await row(actor, id)).toMatchObject({ labelsIssued: 3, uses: 0 });
  });

  it("charges nothing at issue and each label once at its first scan", async () => {
    const { actor } = await payingBusiness("or-charge");
    const { id, connector } = await template(actor, 5);
    const issued = await issue(actor, connector, id, 2);
    if (!issued.ok) throw new Error("not issued");
    expect(await charges(actor)).toEqual([]);
    const [a] = issued.data;
    const at = new Date("2026-12-08T15:00:00Z");
    const scan = () => withTenant(actor, (tx) => recordOpenReturnScan(tx, actor.businessId, a!.trackingNumber, at));
    expect(await scan()).toEqual({ counted: true, chargedCents: 1500 });
    expect(await scan()).toEqual({ counted: false, chargedCents: null });
    expect((await charges(actor)).map((c) => c.amountCents)).toEqual([1500]);
    expect(await row(actor, id)).toMatchObject({ labelsIssued: 2, uses: 1 });
  });

  it("a retired template issues no more labels and its used labels stay charged", async () => {
    const { actor } = await payingBusiness("or-retire");
    const { id, connector } = await template(actor, 5);
    const issued = await issue(actor, connector, id, 1);
    if (!issued.ok) throw new Error("not issued");
    await withTenant(actor, (tx) => recordOpenReturnScan(tx, actor.businessId, issued.data[0]!.trackingNumber, new Date()));
    expect((await withTenant(actor, (tx) => retireOpenReturn(tx, actor.businessId, connector, id, new Date()))).ok).toBe(true);
    const after = await issue(actor, connector, id, 1);
    expect(!after.ok && after.messages[0]!.problem.code).toBe("openReturnRetired");
    expect((await charges(actor)).map((c) => c.amountCents)).toEqual([1500]);
    expect(await row(actor, id)).toMatchObject({ status: "RETIRED", uses: 1 });
  });

  it("on the business's own carrier account a used label is counted but Envoi charges nothing", async () => {
    const { actor } = await payingBusiness("or-own");
    const { id, connector } = await template(actor, 2, "acct-1");
    const issued = await issue(actor, connector, id, 1);
    if (!issued.ok) throw new Error("not issued");
    expect(await withTenant(actor, (tx) => recordOpenReturnScan(tx, actor.businessId, issued.data[0]!.trackingNumber, new Date()))).toEqual({ counted: true, chargedCents: null });
    expect(await charges(actor)).toEqual([]);
  });

  it("one business cannot issue, retire or scan another's open return labels", async () => {
    const { actor } = await payingBusiness("or-a");
    const { actor: other } = await payingBusiness("or-b");
    const { id, connector } = await template(actor, 2);
    const issued = await issue(actor, connector, id, 1);
    if (!issued.ok) throw new Error("not issued");
    expect((await issue(other, await connectorOf(other), id, 1)).ok).toBe(false);
    const otherConnector = await connectorOf(other);
    expect((await withTenant(other, (tx) => retireOpenReturn(tx, other.businessId, otherConnector, id, new Date()))).ok).toBe(false);
    expect(await withTenant(other, (tx) => recordOpenReturnScan(tx, other.businessId, issued.data[0]!.trackingNumber, new Date()))).toBeNull();
    expect(await row(actor, id)).toMatchObject({ labelsIssued: 1, uses: 0, status: "ACTIVE" });
  });
});
