/**
 * The Carrier accounts page (Settings): another business's member, and the business's own
 * shippers and viewers, get the 404 of a business they are not in; the owner's page carries the
 * user name's last characters only, no credential in any prop (the form's included).
 */
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { currentSession, type SessionUser } from "@/lib/auth/session";
import { listCarrierAccounts } from "@/lib/carriers/accounts/accounts";
import { translator } from "@/lib/i18n/messages";
import CarrierAccountsPage from "@/app/b/[business]/settings/carriers/page";
import { CarrierAccountForm } from "@/components/carriers/carrier-account-form";
import { CarrierAccountSummary } from "@/components/carriers/carrier-account-summary";
import { addMember, createTestBusiness, createTestCarrierAccount, createUser, TEST_CARRIER_KEY, type TestBusiness } from "../fixtures";

vi.mock("@/lib/auth/session", () => ({ currentUser: vi.fn(), currentSession: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/i18n/server", () => ({
  getTranslations: async (namespace: string) => translator("en", namespace),
  getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString() }),
}));

let a: TestBusiness;
let b: TestBusiness;

const signInAs = (user: SessionUser) => vi.mocked(currentSession).mockResolvedValue({ user, verified: true });
const page = (slug: string) => CarrierAccountsPage({ params: Promise.resolve({ business: slug }) });
const NOT_FOUND = { digest: expect.stringContaining("404") };

/** Every element of a rendered tree (not rendering the components it names) and every text in their props. */
function walk(node: unknown, elements: ReactElement[] = [], texts: string[] = []): { elements: ReactElement[]; texts: string[] } {
  if (typeof node === "string" || typeof node === "number") texts.push(String(node));
  else if (Array.isArray(node)) for (const n of node) walk(n, elements, texts);
  else if (isValidElement(node)) {
    elements.push(node);
    walk(node.props, elements, texts);
  } else if (node && typeof node === "object") for (const v of Object.values(node)) walk(v, elements, texts);
  return { elements, texts };
}

beforeAll(async () => {
  a = await createTestBusiness("alpha");
  b = await createTestBusiness("bravo");
  await createTestCarrierAccount(b);
});

describe("cross-tenant: the Carrier accounts page", () => {
  it("is a 404 for a member of another business", async () => {
    signInAs(a.owner);
    await expect(page(b.slug)).rejects.toMatchObject(NOT_FOUND);
  });

  it("is a 404 for the business's shippers and viewers", async () => {
    for (const role of ["SHIPPER", "VIEWER"] as const) {
      const member = await createUser(role.toLowerCase());
      await addMember(b, member, role);
      signInAs(member);
      await expect(page(b.slug), role).rejects.toMatchObject(NOT_FOUND);
    }
  });

  it("shows the owner the account without a credential in any prop", async () => {
    signInAs(b.owner);
    const tree = walk((await page(b.slug)) as ReactNode);
    const [account] = await listCarrierAccounts({ businessId: b.id, userId: b.owner.id });
    const summary = walk(await CarrierAccountSummary({ slug: b.slug, account: account! }));
    const texts = [...tree.texts, ...summary.texts];
    expect(texts).toContain(`…${TEST_CARRIER_KEY.username.slice(-4)}`);
    for (const secret of [TEST_CARRIER_KEY.username, TEST_CARRIER_KEY.password]) expect(texts.join("|")).not.toContain(secret);

    const forms = tree.elements.filter((e) => e.type === CarrierAccountForm);
    expect(forms).toHaveLength(1);
    expect(Object.keys((forms[0]!.props as { account: object }).account).sort()).toEqual(["contractNumber", "customerNumber", "moboCustomerNumber", "mode", "usernameHint"]);
  });
});
