import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { startMailCatcher, type MailCatcher } from "@/lib/email/catcher";
import { IDLE } from "@/lib/forms/state";
import { inviteMember } from "@/lib/members/invite-member";
import * as members from "@/app/b/[business]/members/actions";
import { BUSINESS_ACTIONS, NOT_BUSINESS_SCOPED, type Target } from "./business-actions";
import { tenantSnapshot } from "../db";
import { batchTargets } from "@/tests/batch-helpers";
import { createApiKey } from "@/lib/api/keys";
import { returnTargets } from "@/tests/returns/targets";
import { addMember, createTestBusiness, createTestCarrierAccount, createTestContact, createTestLocation, createTestTemplate, createUser, form, type TestBusiness } from "../fixtures";
import { discoverServerActions } from "./action-catalogue";
import { webhookTargets } from "@/tests/webhooks/targets";
import { referenceOpenReturn } from "@/tests/open-returns-helpers";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));

let catcher: MailCatcher;
let a: TestBusiness;
let b: Target;
let aMemberId: string;


function signInAs(user: SessionUser | null) {
  vi.mocked(currentUser).mockResolvedValue(user);
}

/** A key of the business, made by its owner. */
async function apiKeyOf(t: TestBusiness): Promise<string> {
  return (await createApiKey({ businessId: t.id, userId: t.owner.id, role: "OWNER", slug: t.slug }, { name: "Shop", mode: "TEST", scope: "FULL" })).id;
}

beforeAll(async () => {
  catcher = await startMailCatcher({ dir: `.data/mail-xt-${process.pid}` });
  process.env.SMTP_URL = catcher.url;
  a = await createTestBusiness("alpha");
  const bravo = await createTestBusiness("bravo");
  const bMember = await addMember(bravo, await createUser("bravo-shipper"), "SHIPPER");
  const { invitationId } = await inviteMember({ ...bravo, businessId: bravo.id, userId: bravo.owner.id, role: "OWNER" }, { email: "pending@example.com", role: "VIEWER" }, "en");
  const base = { business: bravo, memberMembershipId: bMember.id, invitationId, templateId: (await createTestTemplate(bravo)).id, locationId: (await createTestLocation(bravo)).id, contactId: (await createTestContact(bravo)).id };
  const batches = await batchTargets(bravo);
  // After the batch targets: labels bought in set-up come from the reference carrier.
  b = { ...base, ...batches, ...(await returnTargets(bravo, batches.labelledShipmentId)), carrierAccountId: (await createTestCarrierAccount(bravo)).id, apiKeyId: await apiKeyOf(bravo), ...(await webhookTargets(bravo)), openReturnId: await referenceOpenReturn(bravo) };
  aMemberId = (await addMember(a, await createUser("alpha-viewer"), "VIEWER")).id;
});

afterAll(async () => {
  await catcher.stop();
});

describe("cross-tenant: server actions", () => {
  it("every server action is classified (business-scoped and tested here, or not business-scoped)", () => {
    const unclassified = discoverServerActions()
      .map((a) => `${a.file}#${a.name}`)
      .filter((key) => !(key in BUSINESS_ACTIONS) && !(key in NOT_BUSINESS_SCOPED));
    expect(unclassified).toEqual([]);
  });

  for (const [key, def] of Object.entries(BUSINESS_ACTIONS)) {
    it(`${key}: a member of A gets "not found" for B and B is unchanged`, async () => {
      const before = await tenantSnapshot(b.business.id);
      signInAs(a.owner);
      const result = await def.action(b.business.slug, IDLE, form(def.input(b)));
      expect(result).toMatchObject({ status: "error", error: expect.stringMatching(/could not find/i) });
      expect(await tenantSnapshot(b.business.id)).toEqual(before);
    });

    it(`${key}: B's ids sent to A's own business do not reach B`, async () => {
      const before = await tenantSnapshot(b.business.id);
      signInAs(a.owner);
      // Succeeding in A may end in a redirect (Next.js throws it); what matters is B.
      await def.action(a.slug, IDLE, form(def.input(b))).catch((e: unknown) => {
        if (!String((e as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) throw e;
      });
      expect(await tenantSnapshot(b.business.id)).toEqual(before);
    });

    it(`${key}: signed out gets "session has ended" and nothing changes`, async () => {
      const before = await tenantSnapshot(b.business.id);
      signInAs(null);
      const result = await def.action(b.business.slug, IDLE, form(def.input(b)));
      expect(result).toMatchObject({ status: "error", error: expect.stringMatching(/session has ended/i) });
      expect(await tenantSnapshot(b.business.id)).toEqual(before);
    });
  }

  it("an unknown business slug is not found", async () => {
    signInAs(a.owner);
    const result = await members.inviteMemberAction("no-such-business", IDLE, form({ email: "x@example.com", role: "VIEWER" }));
    expect(result).toMatchObject({ status: "error", error: expect.stringMatching(/could not find/i) });
  });

  it("A's own member ids still work in A (the checks above are not vacuous)", async () => {
    signInAs(a.owner);
    const result = await members.changeRoleAction(a.slug, IDLE, form({ membershipId: aMemberId, role: "SHIPPER" }));
    expect(result).toMatchObject({ status: "ok", message: "Role changed." });
  });
});

