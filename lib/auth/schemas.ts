import { z } from "zod";
import { ACCOUNT_LIMITS } from "@/lib/forms/limits";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";

// Messages are keys under `validation` in messages/*.json; forms show them translated next to
// the field. The same schemas validate in the browser and in the action.
export const emailSchema = z.string().trim().toLowerCase().min(1, "required").max(ACCOUNT_LIMITS.email, "maxChars").email("invalidEmail");
export const personNameSchema = z.string().trim().min(1, "required").max(ACCOUNT_LIMITS.personName, "maxChars");
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(PASSWORD_MAX_LENGTH, "maxChars");
export const localeSchema = z.enum(["en", "fr"], { message: "choose" });

export const signUpSchema = z
  .object({
    name: personNameSchema,
    email: emailSchema,
    password: passwordSchema,
    businessName: z.string().trim().max(ACCOUNT_LIMITS.businessName, "maxChars").optional().default(""),
    invite: z.string().max(200, "unreadable").optional().default(""),
    locale: localeSchema,
  })
  .superRefine((v, ctx) => {
    // Someone joining through an invitation does not need a business of their own.
    if (!v.invite && v.businessName.length < 2) ctx.addIssue({ code: "custom", path: ["businessName"], message: "required" });
  });

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH) });
export const emailLinkSchema = z.object({ email: emailSchema });
