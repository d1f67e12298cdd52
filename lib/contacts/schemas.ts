import { z } from "zod";

const text = (max: number) => z.string().trim().max(max, "tooLong").optional().default("");

export const MAX_TAGS = 10;

/** Tags typed as "vip, wholesale": trimmed, lower-cased, unique. */
export const tagsSchema = z
  .string()
  .optional()
  .default("")
  .transform((v) => [...new Set(v.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))])
  .refine((tags) => tags.length <= MAX_TAGS, "tooManyTags")
  .refine((tags) => tags.every((t) => t.length <= 30), "tagTooLong");

/** A contact as typed; the address part is checked by lib/addresses. */
export const contactSchema = z.object({
  name: text(44),
  company: text(44),
  line1: text(44),
  line2: text(44),
  city: text(40),
  province: text(20),
  postalCode: text(14),
  country: z.string().trim().toUpperCase().min(1, "required").max(2, "tooLong"),
  phone: text(25),
  email: text(60),
  notes: text(500),
  tags: tagsSchema,
  taxId: text(35),
});

export type ContactInput = z.output<typeof contactSchema>;

export const CONTACT_SORTS = ["name", "company", "city", "createdAt"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const contactQuerySchema = z.object({
  q: z.string().max(100).optional().default(""),
  tag: z.string().max(30).optional().default(""),
  country: z.string().max(2).optional().default(""),
  sort: z.enum(CONTACT_SORTS).optional().default("name"),
  dir: z.enum(["asc", "desc"]).optional().default("asc"),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});

export type ContactQuery = z.output<typeof contactQuerySchema>;
