import { vi } from "vitest";
import { createTestDatabase } from "./db";

// Every test file runs against its own database, as the application role.
const database = await createTestDatabase();
process.env.DATABASE_URL = database.appUrl;
process.env.TEST_ADMIN_DATABASE_URL = database.adminUrl;
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.APP_URL ??= "http://127.0.0.1:3999";
process.env.MAIL_FROM ??= "Envoi <no-reply@envoi.test>";
// A fixed test key for carrier credentials at rest (32 bytes).
process.env.CARRIER_SECRETS_KEYS ??= "test:ZW52b2ktdGVzdC1rZXktZm9yLWNhcnJpZXJzLTAwMzI=";

// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
