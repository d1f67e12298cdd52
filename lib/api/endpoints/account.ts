/**
 * The business account through the API: its standing and its ledger. Billing is for owners and
 * admins in the web app; through the API, only a full-access key (which acts as an admin) reads it.
 */
import { z } from "zod";
import { accountStanding } from "@/lib/payments/account";
import type { ApiActor } from "../actor";
import { decodeCursor, pageOf } from "../cursor";
import { endpoint } from "../endpoint";
import { ApiError } from "../errors";
import { can } from "@/lib/tenancy/roles";
import { readInTenant, withTenant } from "@/lib/tenancy/context";
import { TRANSACTION_SELECT } from "@/lib/payments/account-view";
import { Account, AccountTransaction, presentAccount, presentTransaction } from "../objects/account";
import { listOf, PageQuery } from "../schemas/common";

function mayReadBilling(actor: ApiActor) {
  if (!can(actor.role, "billing.manage")) throw new ApiError(403, "permission_error", "scopeBilling");
}

export const getAccount = endpoint({
  id: "getAccount",
  method: "GET",
  path: "/account",
  access: "read",
  tag: "Account",
  summary: "The business account: balance, credit limit, credit available",
  description: "Only a full-access key reads the account (in the web app, only owners and admins see billing).",
  response: Account,
  run: async ({ actor }) => {
    mayReadBilling(actor);
    return presentAccount(await withTenant(actor, (tx) => accountStanding(tx, actor.businessId)));
  },
});

export const listAccountTransactions = endpoint({
  id: "listAccountTransactions",
  method: "GET",
  path: "/account/transactions",
  access: "read",
  tag: "Account",
  summary: "The account's ledger, newest first",
  description: "Charges (labels, pickup fees, used return labels), credits (voided labels, refused labels, cancelled pickups) and payments of invoices. Only a full-access key reads it.",
  query: PageQuery.extend({ type: z.enum(["charge", "credit", "payment"]).optional().meta({ description: "Only entries of this type." }) }),
  response: listOf(AccountTransaction, "AccountTransaction"),
  errors: [400],
  async run({ actor, query, locale }) {
    mayReadBilling(actor);
    const after = query.cursor ? decodeCursor(query.cursor, ["number", "string"]) : null;
    const at = after ? new Date(after[0] as number) : null;
    const rows = await readInTenant(actor, (db) =>
      db.accountTransaction.findMany({
        where: {
          businessId: actor.businessId,
          ...(query.type ? { type: query.type.toUpperCase() as "CHARGE" | "CREDIT" | "PAYMENT" } : {}),
          ...(at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after![1] as string } }] } : {}),
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: query.limit + 1,
        select: TRANSACTION_SELECT,
      }),
    );
    return pageOf(rows, query.limit, (t) => presentTransaction(t, locale), (t) => [t.createdAt.getTime(), t.id]);
  },
});
