/**
 * Settings, Carrier accounts, as a member uses it: owners and admins connect, test (against the
 * fake Canada Post server) and remove the business's Canada Post account through the actions;
 * shippers and viewers can do none of it; no credential comes back in a form's state.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { resetEnvForTests } from "@/lib/env";
import { IDLE } from "@/lib/forms/state";
import { removeCarrierAccountAction, saveCarrierAccountAction, testCarrierAccountAction } from "@/app/b/[business]/settings/carriers/actions";
import { startFakeCanadaPost, type FakeCanadaPost } from "./canadapost/fake-server/server";
import { adminQuery, tenantSnapshot } from "./db";
import { addMember, createTestBusiness, createUser, form, TEST_CARRIER_KEY, type TestBusiness } from "./fixtures";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn() }));

const FORM = { mode: "SANDBOX", ...TEST_CARRIER_KEY, contractNumber: "", moboCustomerNumber: "" };

let fake: FakeCanadaPost;
let business: TestBusiness;
let admin: SessionUser;
let shipper: SessionUser;
let viewer: SessionUser;

const signInAs = (user: SessionUser | null) => vi.mocked(currentUser).mockResolvedValue(user);
const accounts = () => adminQuery<{ id: string; verifiedAt: Date | null; customerNumber: string }>(`SELECT id, "verifiedAt", "customerNumber" FROM "CarrierAccount" WHERE "businessId" = $1`, [business.id]);

beforeAll(async () => {
  fake = await startFakeCanadaPost();
  process.env.CANADAPOST_API_URL = fake.url;
  resetEnvForTests();
  business = await createTestBusiness("carriers");
  [admin, shipper, viewer] = await Promise.all([createUser("admin"), createUser("shipper"), createUser("viewer")]);
  await addMember(business, admin, "ADMIN");
  await addMember(business, shipper, "SHIPPER");
  await addMember(business, viewer, "VIEWER");
});

afterAll(async () => {
  await fake.close();
  delete process.env.CANADAPOST_API_URL;
  resetEnvForTests();
});

beforeEach(() => vi.mocked(currentUser).mockReset());

describe("Carrier accounts, through the actions", () => {
  it("an owner connects the account; a refused form sends the other values back but never the password", async () => {
    signInAs(business.owner);
    const refused = await saveCarrierAccountAction(business.slug, IDLE, form({ ...FORM, customerNumber: "ABC" }));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { customerNumber: "A customer number has up to 10 digits, like 0001234567." } });
    expect(refused.status === "error" && refused.values).toMatchObject({ username: TEST_CARRIER_KEY.username, customerNumber: "ABC" });
    expect(JSON.stringify(refused)).not.toContain(TEST_CARRIER_KEY.password);

    expect(await saveCarrierAccountAction(business.slug, IDLE, form(FORM))).toEqual({ status: "ok", message: "Canada Post account connected. Test the connection to check it." });
    expect(await accounts()).toHaveLength(1);
  });

  it("shippers and viewers can neither change, test nor remove it", async () => {
    const [account] = await accounts();
    for (const who of [shipper, viewer]) {
      signInAs(who);
      const before = await tenantSnapshot(business.id);
      for (const [action, values] of [
        [saveCarrierAccountAction, { ...FORM, customerNumber: "1111111" }],
        [testCarrierAccountAction, { id: account!.id }],
        [removeCarrierAccountAction, { id: account!.id }],
      ] as const) {
        expect(await action(business.slug, IDLE, form(values))).toMatchObject({ status: "error", error: expect.stringMatching(/role does not allow/i) });
      }
      expect(await tenantSnapshot(business.id)).toEqual(before);
    }
  });

  it("an admin tests it: Canada Post's services, in the user's language, and the account marked as tested", async () => {
    const [account] = await accounts();
    signInAs(admin);
    const answer = await testCarrierAccountAction(business.slug, IDLE, form({ id: account!.id }));
    expect(answer).toMatchObject({ status: "ok", message: expect.stringMatching(/^Canada Post answered: \d+ services, [^.]+\.$/) });
    expect((await accounts())[0]!.verifiedAt).toBeInstanceOf(Date);
  });

  it("a key Canada Post refuses: the test says so, and the account stays untested", async () => {
    signInAs(admin);
    // An edit with a wrong password (and the user name typed again).
    expect(await saveCarrierAccountAction(business.slug, IDLE, form({ ...FORM, password: "not-the-password" }))).toMatchObject({ status: "ok", message: "Canada Post account saved. Test the connection to check it." });
    const [account] = await accounts();
    expect(account!.verifiedAt).toBeNull();
    const answer = await testCarrierAccountAction(business.slug, IDLE, form({ id: account!.id }));
    expect(answer).toMatchObject({ status: "error", error: expect.stringMatching(/^The connection test did not pass\. Canada Post refused the account's API user name or password/) });
    expect((await accounts())[0]!.verifiedAt).toBeNull();
  });

  it("an edit with the password left empty keeps the saved one", async () => {
    signInAs(business.owner);
    await saveCarrierAccountAction(business.slug, IDLE, form({ ...FORM, password: TEST_CARRIER_KEY.password }));
    expect(await saveCarrierAccountAction(business.slug, IDLE, form({ ...FORM, password: "", customerNumber: TEST_CARRIER_KEY.customerNumber }))).toMatchObject({ status: "ok" });
    const [account] = await accounts();
    expect(await testCarrierAccountAction(business.slug, IDLE, form({ id: account!.id }))).toMatchObject({ status: "ok", message: expect.stringMatching(/^Canada Post answered/) });
  });

  it("an owner removes it; an account that is gone is not found", async () => {
    const [account] = await accounts();
    signInAs(business.owner);
    expect(await removeCarrierAccountAction(business.slug, IDLE, form({ id: account!.id }))).toEqual({ status: "ok", message: "Canada Post account removed." });
    expect(await accounts()).toEqual([]);
    for (const action of [testCarrierAccountAction, removeCarrierAccountAction]) {
      expect(await action(business.slug, IDLE, form({ id: account!.id }))).toMatchObject({ status: "error", error: expect.stringMatching(/could not find/i) });
    }
    // A new account needs its password again.
    expect(await saveCarrierAccountAction(business.slug, IDLE, form({ ...FORM, password: "" }))).toMatchObject({ status: "error", fieldErrors: { password: "This field is required." } });
  });
});
