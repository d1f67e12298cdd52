import { z } from "zod";
import { choice, text, wholeNumber } from "@/lib/forms/fields";
import { CONTACT_LIMITS, SEARCH_LIMITS } from "@/lib/forms/limits";

export const MAX_TAGS = 10;

/** Tags typed as "vip, wholesale": trimmed, lower-cased, unique. */
export const tagsSchema = text(CONTACT_LIMITS.tags)
  .transform((v) => [...new Set(v.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))])
  .refine((tags) => tags.length <= MAX_TAGS, "tooManyTags")
  .refine((tags) => tags.every((t) => t.length <= 30), "tagTooLong");

/** A contact as typed; the address part is checked by lib/addresses. */
export const contactSchema = z.object({
  name: text(CONTACT_LIMITS.name),
  company: text(CONTACT_LIMITS.company),
  line1: text(CONTACT_LIMITS.line1),
  line2: text(CONTACT_LIMITS.line2),
  city: text(CONTACT_LIMITS.city),
  province: text(CONTACT_LIMITS.province),
  postalCode: text(CONTACT_LIMITS.postalCode),
  country: z.string().trim().toUpperCase().min(1, "required").max(CONTACT_LIMITS.country, "maxChars"),
  phone: text(CONTACT_LIMITS.phone),
  email: text(CONTACT_LIMITS.email),
  notes: text(CONTACT_LIMITS.notes),
  tags: tagsSchema,
  taxId: text(CONTACT_LIMITS.taxId),
});

export type ContactInput = z.output<typeof contactSchema>;

export const CONTACT_SORTS = ["name", "company", "city", "createdAt"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const contactQuerySchema = z.object({
  q: z.string().max(SEARCH_LIMITS.q, "maxChars").optional().default(""),
  tag: z.string().max(SEARCH_LIMITS.tag, "maxChars").optional().default(""),
  country: z.string().max(2, "maxChars").optional().default(""),
  sort: choice(CONTACT_SORTS).optional().default("name"),
  dir: choice(["asc", "desc"]).optional().default("asc"),
  page: wholeNumber(1, 10_000).optional().default(1),
});

export type ContactQuery = z.output<typeof contactQuerySchema>;
