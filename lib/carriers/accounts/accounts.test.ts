/**
 * A business's own Canada Post account: its credentials are stored encrypted and never listed,
 * an edit keeps the saved password when none is typed, a new account needs one, removal works
 * within the business only, and the audit log never holds a credential.
 */
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { AppError, FieldsError } from "@/lib/errors";
import { errorState } from "@/lib/forms/errors";
import { parseForm } from "@/lib/forms/parse";
import type { Actor } from "@/lib/tenancy/actor";
import { adminQuery } from "@/tests/db";
import { createTestBusiness } from "@/tests/fixtures";
import { listCarrierAccounts, removeCarrierAccount, saveCanadaPostAccount, secretKeys } from "./accounts";
import { carrierAccountSchema, type CarrierAccountInput } from "./schema";
import { decryptCredentials } from "./secrets";

const USERNAME = "6e93d53968881714";
const PASSWORD = "0bfa9fcb9853d1f51ee57a";

const input = (over: Partial<CarrierAccountInput> = {}): CarrierAccountInput => ({
  mode: "SANDBOX",
  username: USERNAME,
  password: PASSWORD,
  customerNumber: "2004381",
  contractNumber: null,
  moboCustomerNumber: null,
  ...over,
});

async function owner(label: string): Promise<Actor> {
  const b = await createTestBusiness(label);
  return { businessId: b.id, userId: b.owner.id, role: "OWNER", slug: b.slug };
}

type Row = { id: string; credentials: string; keyId: string; usernameHint: string; customerNumber: string; verifiedAt: Date | null };
const rowsOf = (businessId: string) => adminQuery<Row>(`SELECT * FROM "CarrierAccount" WHERE "businessId" = $1`, [businessId]);
const auditOf = (businessId: string) => adminQuery<{ action: string; details: unknown }>(`SELECT action, details FROM "AuditLog" WHERE "businessId" = $1 AND "entityType" = 'CarrierAccount' ORDER BY "createdAt"`, [businessId]);

const KEYS = process.env.CARRIER_SECRETS_KEYS;
afterEach(() => {
  process.env.CARRIER_SECRETS_KEYS = KEYS;
  resetEnvForTests();
});

describe("carrier accounts", () => {
  it("are stored with neither the user name nor the password in clear, and listed with the user name's last characters only", async () => {
    const actor = await owner("cp-store");
    const { created } = await saveCanadaPostAccount(actor, input());
    expect(created).toBe(true);

    const [row] = await rowsOf(actor.businessId);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(USERNAME);
    expect(stored).not.toContain(PASSWORD);
    expect(row).toMatchObject({ usernameHint: "1714", customerNumber: "2004381", verifiedAt: null });
    expect(decryptCredentials(row!, secretKeys())).toEqual({ username: USERNAME, password: PASSWORD });

    const listed = await listCarrierAccounts(actor);
    expect(listed).toEqual([
      { id: row!.id, carrier: "canadapost", mode: "SANDBOX", usernameHint: "1714", customerNumber: "2004381", contractNumber: null, moboCustomerNumber: null, verifiedAt: null, updatedAt: expect.any(Date) },
    ]);
    expect(JSON.stringify(listed)).not.toContain(PASSWORD);
    expect(JSON.stringify(listed)).not.toContain(USERNAME);
  });

  it("keep the saved password when an edit leaves it empty, and take a new one when typed", async () => {
    const actor = await owner("cp-edit");
    const { id } = await saveCanadaPostAccount(actor, input());
    await adminQuery(`UPDATE "CarrierAccount" SET "verifiedAt" = now() WHERE id = $1`, [id]);

    const edited = await saveCanadaPostAccount(actor, input({ username: "new-user-2222", password: "", mode: "PRODUCTION", contractNumber: "42708517" }));
    expect(edited).toEqual({ id, created: false });
    let [row] = await rowsOf(actor.businessId);
    expect(decryptCredentials(row!, secretKeys())).toEqual({ username: "new-user-2222", password: PASSWORD });
    // Changed credentials have not been tested.
    expect(row).toMatchObject({ usernameHint: "2222", verifiedAt: null });
    expect(await listCarrierAccounts(actor)).toMatchObject([{ id, mode: "PRODUCTION", contractNumber: "42708517" }]);

    await saveCanadaPostAccount(actor, input({ username: "new-user-2222", password: "another-password" }));
    [row] = await rowsOf(actor.businessId);
    expect(decryptCredentials(row!, secretKeys()).password).toBe("another-password");
    // Still one Canada Post account for the business.
    expect(await rowsOf(actor.businessId)).toHaveLength(1);
  });

  it("refuse a new account without a password, next to the password field", async () => {
    const actor = await owner("cp-nopass");
    const refusal = await saveCanadaPostAccount(actor, input({ password: "" })).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(FieldsError);
    expect((refusal as FieldsError).problems).toEqual({ password: { code: "required" } });
    expect(errorState(refusal, "fr", {})).toMatchObject({ status: "error", fieldErrors: { password: "Ce champ est obligatoire." } });
    expect(await rowsOf(actor.businessId)).toEqual([]);
  });

  it("are refused with a sentence when the operator has set no encryption key", async () => {
    const actor = await owner("cp-nokeys");
    delete process.env.CARRIER_SECRETS_KEYS;
    resetEnvForTests();
    const refusal = await saveCanadaPostAccount(actor, input()).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("carrierSecretsMissing");
    expect(errorState(refusal, "en", {})).toMatchObject({ error: "Envoi cannot store carrier credentials yet: the operator has not configured encryption keys." });
    expect(await rowsOf(actor.businessId)).toEqual([]);
  });

  it("are removed within their business only", async () => {
    const actor = await owner("cp-remove");
    const other = await owner("cp-other");
    const { id } = await saveCanadaPostAccount(actor, input());
    const { id: othersId } = await saveCanadaPostAccount(other, input());

    await expect(removeCarrierAccount(actor, othersId)).rejects.toMatchObject({ code: "notFound" });
    expect(await rowsOf(other.businessId)).toHaveLength(1);

    await removeCarrierAccount(actor, id);
    expect(await listCarrierAccounts(actor)).toEqual([]);
    await expect(removeCarrierAccount(actor, id)).rejects.toMatchObject({ code: "notFound" });
  });

  it("leave no credential in the audit log", async () => {
    const actor = await owner("cp-audit");
    const { id } = await saveCanadaPostAccount(actor, input());
    await saveCanadaPostAccount(actor, input({ password: "", customerNumber: "1234567" }));
    await saveCanadaPostAccount(actor, input({ password: "changed-password-42" }));
    await removeCarrierAccount(actor, id);

    const entries = await auditOf(actor.businessId);
    expect(entries.map((e) => e.action)).toEqual(["carrier_account.connected", "carrier_account.updated", "carrier_account.updated", "carrier_account.removed"]);
    expect(entries[1]!.details).toMatchObject({ fields: ["customerNumber"], credentialsChanged: false });
    expect(entries[2]!.details).toMatchObject({ credentialsChanged: true });
    const logged = JSON.stringify(entries);
    for (const secret of [USERNAME, PASSWORD, "changed-password-42"]) expect(logged).not.toContain(secret);
  });
});

describe("the Carrier accounts form", () => {
  const form = { mode: "PRODUCTION", username: ` ${USERNAME} `, password: PASSWORD, customerNumber: "200 4381", contractNumber: "", moboCustomerNumber: "" };

  it("reads numbers with spaces or dashes, and empty optional numbers as none", () => {
    expect(parseForm(carrierAccountSchema, form, "en")).toEqual({
      ok: true,
      data: { mode: "PRODUCTION", username: USERNAME, password: PASSWORD, customerNumber: "2004381", contractNumber: null, moboCustomerNumber: null },
    });
    expect(parseForm(carrierAccountSchema, { ...form, customerNumber: "123-4567", contractNumber: "4270 8517" }, "en")).toMatchObject({ ok: true, data: { customerNumber: "1234567", contractNumber: "42708517" } });
    // The password may be left empty (an edit keeps the saved one; the service refuses it for a new account).
    expect(parseForm(carrierAccountSchema, { ...form, password: "" }, "en")).toMatchObject({ ok: true, data: { password: "" } });
  });

  it("says what a customer or contract number looks like, in English and French", () => {
    const bad = { ...form, customerNumber: "ABC", contractNumber: "12-AB", moboCustomerNumber: "x" };
    expect(parseForm(carrierAccountSchema, bad, "en")).toMatchObject({
      ok: false,
      state: {
        fieldErrors: {
          customerNumber: "A customer number has up to 10 digits, like 0001234567.",
          contractNumber: "A contract number has up to 10 digits, like 0042708517.",
          moboCustomerNumber: "A customer number has up to 10 digits, like 0001234567.",
        },
      },
    });
    expect(parseForm(carrierAccountSchema, { ...bad, username: "", customerNumber: "" }, "fr")).toMatchObject({
      ok: false,
      state: { fieldErrors: { username: "Ce champ est obligatoire.", customerNumber: "Ce champ est obligatoire.", contractNumber: "Un numéro de contrat compte jusqu'à 10 chiffres, comme 0042708517." } },
    });
    const long = parseForm(carrierAccountSchema, { ...form, username: "u".repeat(65) }, "en");
    expect(long).toMatchObject({ ok: false, state: { fieldErrors: { username: "API user name: at most 64 characters" } } });
  });

  it("never sends the password back with the values of a refused form", () => {
    const refused = parseForm(carrierAccountSchema, { ...form, customerNumber: "ABC" }, "en");
    expect(refused.ok).toBe(false);
    if (!refused.ok && refused.state.status === "error") {
      expect(refused.state.values).not.toHaveProperty("password");
      expect(JSON.stringify(refused.state)).not.toContain(PASSWORD);
    }
  });
});
