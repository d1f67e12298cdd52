import { vi } from "vitest";

// Pure test files get no database: the configuration names one that does not answer, so a pure
// file that reaches for it fails at once instead of touching another file's data.
process.env.DATABASE_URL ??= "postgresql://envoi@127.0.0.1:1/no-database-in-unit-tests";
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.APP_URL ??= "http://127.0.0.1:3999";
process.env.MAIL_FROM ??= "Envoi <no-reply@envoi.test>";
// A fixed test key for carrier credentials at rest (32 bytes).
process.env.CARRIER_SECRETS_KEYS ??= "test:ZW52b2ktdGVzdC1rZXktZm9yLWNhcnJpZXJzLTAwMzI=";

// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
