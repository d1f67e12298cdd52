import crypto from "node:crypto";

/** A readable URL part from a business name: "Café Léa & Fils" -> "cafe-lea-fils". */
export function slugify(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return base || "business";
}

/** The same slug with a short random suffix, for when the plain one is taken. */
export function slugWithSuffix(slug: string): string {
  return `${slug}-${crypto.randomBytes(3).toString("hex")}`;
}
