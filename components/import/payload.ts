import { IMPORT_PAYLOAD_BYTES } from "@/lib/contacts/import/schemas";

/** The mapped cells as the form data an import action reads, or null when they are more than one call may send. */
export function importPayload(values: Record<string, string>): FormData | null {
  if (new Blob(Object.values(values)).size > IMPORT_PAYLOAD_BYTES) return null;
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}
