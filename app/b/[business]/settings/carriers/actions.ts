"use server";

/**
 * Settings, Carrier accounts (owners and admins): save the business's Canada Post account, test it
 * (Canada Post is asked which services it offers) and remove it. No credential is ever sent back:
 * the wrapper drops every field named like a password from the values it echoes.
 */
import { z } from "zod";
import { listCarrierAccounts, removeCarrierAccount, saveCanadaPostAccount } from "@/lib/carriers/accounts/accounts";
import { carrierAccountSchema } from "@/lib/carriers/accounts/schema";
import { testCarrierAccount } from "@/lib/carriers/registry";
import type { CarrierMessage } from "@/lib/carriers/types";
import { AppError } from "@/lib/errors";
import { idField } from "@/lib/forms/fields";
import { carrierMessageText } from "@/lib/rates/present";
import { businessAction } from "@/lib/tenancy/action";

const idSchema = z.object({ id: idField });

/** Said when Canada Post refused the test without a word of its own. */
const NO_ANSWER: CarrierMessage = { carrier: "canadapost", problem: { code: "carrierFailed", values: { carrier: "canadapost" } } };

export const saveCarrierAccountAction = businessAction({
  permission: "carriers.manage",
  schema: carrierAccountSchema,
  run: async (actor, input) => {
    const { created } = await saveCanadaPostAccount(actor, input);
    return { message: created ? "carrierAccountConnected" : "carrierAccountSaved" };
  },
});

export const testCarrierAccountAction = businessAction({
  permission: "carriers.manage",
  schema: idSchema,
  run: async (actor, { id }, locale) => {
    // An account of another business, or one removed meanwhile, is simply not found.
    if (!(await listCarrierAccounts(actor)).some((a) => a.id === id)) throw new AppError("notFound", `carrier account ${id} is not the business's`);
    const answer = await testCarrierAccount(actor, id, locale);
    if (!answer.data) {
      const messages = answer.messages.length ? answer.messages : [NO_ANSWER];
      throw new AppError("carrierTestFailed", "the carrier account's test failed", undefined, { details: messages.map((m) => carrierMessageText(m, locale)).join(" ") });
    }
    return { message: "carrierAccountTested", messageValues: { count: answer.data.length, services: answer.data.map((s) => s.name).join(", ") } };
  },
});

export const removeCarrierAccountAction = businessAction({
  permission: "carriers.manage",
  schema: idSchema,
  run: async (actor, { id }) => {
    await removeCarrierAccount(actor, id);
    return { message: "carrierAccountRemoved" };
  },
});
