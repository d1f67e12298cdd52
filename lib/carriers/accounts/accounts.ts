/**
 * A business's own carrier accounts (Settings, Carrier accounts; owners and admins): saved with
 * the credentials encrypted, listed without them (a hint of the user name only), removed, and
 * tested with a real call ("Test connection" asks Canada Post which services it offers). The
 * audit log records what changed, never a credential.
 */
import { recordAudit } from "@/lib/audit/record";
import { env } from "@/lib/env";
import { AppError, FieldsError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { CarrierAccountInput } from "./schema";
import { decryptCredentials, encryptCredentials, parseSecretKeys, SecretsNotConfiguredError } from "./secrets";

export interface CarrierAccountView {
  id: string;
  carrier: "canadapost";
  mode: "SANDBOX" | "PRODUCTION";
  /** "…1714": the last characters of the API user name. */
  usernameHint: string;
  customerNumber: string;
  contractNumber: string | null;
  moboCustomerNumber: string | null;
  verifiedAt: Date | null;
  updatedAt: Date;
}

const VIEW = { id: true, mode: true, usernameHint: true, customerNumber: true, contractNumber: true, moboCustomerNumber: true, verifiedAt: true, updatedAt: true } as const;

export async function listCarrierAccounts(ctx: TenantContext): Promise<CarrierAccountView[]> {
  const rows = await withTenant(ctx, (tx) => tx.carrierAccount.findMany({ where: { businessId: ctx.businessId }, select: VIEW, orderBy: { createdAt: "asc" } }));
  return rows.map((r) => ({ ...r, carrier: "canadapost" as const }));
}

export function secretKeys() {
  return parseSecretKeys(env().CARRIER_SECRETS_KEYS);
}

/** Saves the business's Canada Post account (one per business). A new account needs its password; an edit keeps the saved one when left empty. */
export async function saveCanadaPostAccount(actor: Actor, input: CarrierAccountInput): Promise<{ id: string; created: boolean }> {
  const keys = secretKeys();
  if (!keys.length) throw new AppError("carrierSecretsMissing", new SecretsNotConfiguredError().message);
  return withTenant(actor, async (tx) => {
    const existing = await tx.carrierAccount.findUnique({ where: { businessId_carrier: { businessId: actor.businessId, carrier: "canadapost" } } });
    if (!existing && !input.password) throw new FieldsError("validation", { password: { code: "required" } });
    let credentials: { credentials: string; keyId: string } | undefined;
    if (input.password) credentials = encryptCredentials({ username: input.username, password: input.password }, keys);
    else if (existing) {
      const saved = decryptCredentials(existing, keys);
      credentials = encryptCredentials({ username: input.username, password: saved.password }, keys);
    }
    const data = {
      mode: input.mode,
      ...credentials!,
      usernameHint: input.username.slice(-4),
      customerNumber: input.customerNumber,
      contractNumber: input.contractNumber,
      moboCustomerNumber: input.moboCustomerNumber,
      // New credentials have not been tested yet.
      verifiedAt: null,
    };
    const saved = existing
      ? await tx.carrierAccount.update({ where: { id: existing.id }, data })
      : await tx.carrierAccount.create({ data: { ...data, businessId: actor.businessId, carrier: "canadapost" } });
    const fields = existing
      ? (["mode", "customerNumber", "contractNumber", "moboCustomerNumber"] as const).filter((k) => existing[k] !== data[k])
      : [];
    await recordAudit(tx, actor, {
      action: existing ? "carrier_account.updated" : "carrier_account.connected",
      entityType: "CarrierAccount",
      entityId: saved.id,
      details: { carrier: "canadapost", mode: input.mode, fields, credentialsChanged: Boolean(input.password) || existing?.usernameHint !== data.usernameHint },
    });
    return { id: saved.id, created: !existing };
  });
}

/** Disconnects the account: the business goes back to Envoi's carrier; labels bought with it keep their history (and can no longer be voided through Envoi). */
export async function removeCarrierAccount(actor: Actor, id: string): Promise<void> {
  await withTenant(actor, async (tx) => {
    const account = await tx.carrierAccount.findFirst({ where: { id, businessId: actor.businessId } });
    if (!account) throw new AppError("notFound");
    await tx.carrierAccount.delete({ where: { id: account.id } });
    await recordAudit(tx, actor, { action: "carrier_account.removed", entityType: "CarrierAccount", entityId: account.id, details: { carrier: account.carrier, mode: account.mode } });
  });
}

/** Marks the account as working (after a successful "Test connection"). */
export async function markCarrierAccountVerified(ctx: TenantContext, id: string, at = new Date()): Promise<void> {
  await withTenant(ctx, (tx) => tx.carrierAccount.updateMany({ where: { id, businessId: ctx.businessId }, data: { verifiedAt: at } }));
}
