import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { startMailCatcher, type MailCatcher } from "@/lib/email/catcher";
import { IDLE } from "@/lib/forms/state";
import { inviteMember } from "@/lib/members/invite-member";
import { tenantSnapshot } from "./db";
import { batchTargets } from "./batch-helpers";
import { createApiKey } from "@/lib/api/keys";
import { addMember, createTestBusiness, createTestCarrierAccount, createTestContact, createTestLocation, createTestTemplate, createUser, form, type TestBusiness } from "./fixtures";
import { BUSINESS_ACTIONS, type Target } from "./cross-tenant/business-actions";
import { returnTargets } from "@/tests/returns/targets";
import { webhookTargets } from "@/tests/webhooks/targets";
import { referenceOpenReturn } from "@/tests/open-returns-helpers";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));

let catcher: MailCatcher;
let business: TestBusiness;
let viewer: SessionUser;
let shipper: SessionUser;
let target: Target;


/** A key of the business, made by its owner. */
async function apiKeyOf(t: TestBusiness): Promise<string> {
  return (await createApiKey({ businessId: t.id, userId: t.owner.id, role: "OWNER", slug: t.slug }, { name: "Shop", mode: "TEST", scope: "FULL" })).id;
}

beforeAll(async () => {
  catcher = await startMailCatcher({ dir: `.data/mail-roles-${process.pid}` });
  process.env.SMTP_URL = catcher.url;
  business = await createTestBusiness("roles");
  viewer = await createUser("viewer");
  shipper = await createUser("shipper");
  await addMember(business, viewer, "VIEWER");
  await addMember(business, shipper, "SHIPPER");
  const other = await addMember(business, await createUser("other"), "ADMIN");
  const { invitationId } = await inviteMember({ ...business, businessId: business.id, userId: business.owner.id, role: "OWNER" }, { email: "p@example.com", role: "VIEWER" }, "en");
  const base = { business, memberMembershipId: other.id, invitationId, templateId: (await createTestTemplate(business)).id, locationId: (await createTestLocation(business)).id, contactId: (await createTestContact(business)).id };
  const batches = await batchTargets(business);
  // After the batch targets: labels bought in set-up come from the reference carrier.
  target = { ...base, ...batches, ...(await returnTargets(business, batches.labelledShipmentId)), carrierAccountId: (await createTestCarrierAccount(business)).id, apiKeyId: await apiKeyOf(business), ...(await webhookTargets(business)), openReturnId: await referenceOpenReturn(business) };
});

afterAll(async () => {
  await catcher.stop();
});

beforeEach(() => vi.mocked(currentUser).mockReset());

describe("roles", () => {
  // Viewers read only; shippers ship but manage neither the team nor the business settings.
  const refusals = Object.entries(BUSINESS_ACTIONS).flatMap(([key, def]) => [
    ...(def.permission !== "self" ? [{ key, def, who: "viewer" as const }] : []),
    ...(def.permission === "manage" ? [{ key, def, who: "shipper" as const }] : []),
  ]);

  for (const { key, def, who } of refusals) {
    it(`a ${who} cannot ${key.split("#")[1]}: "your role does not allow this", nothing changes`, async () => {
      const before = await tenantSnapshot(business.id);
      vi.mocked(currentUser).mockResolvedValue(who === "viewer" ? viewer : shipper);
      const result = await def.action(business.slug, IDLE, form(def.input(target)));
      expect(result).toMatchObject({ status: "error", error: expect.stringMatching(/role does not allow/i) });
      expect(await tenantSnapshot(business.id)).toEqual(before);
    });
  }

  it("every business action a viewer may call only concerns the viewer (leaving, their units)", () => {
    const selfService = Object.entries(BUSINESS_ACTIONS)
      .filter(([, d]) => d.permission === "self")
      .map(([k]) => k);
    expect(selfService.sort()).toEqual(["app/b/[business]/members/actions.ts#leaveBusinessAction", "app/b/[business]/templates/actions.ts#setUnitsAction"]);
  });
});
