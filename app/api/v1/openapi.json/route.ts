import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/api/openapi";

/**
 * The OpenAPI 3.1 document of /api/v1 (public: it describes the API, not any business). Its server
 * is the app's public address (APP_URL), not the address this request reached (behind a proxy,
 * an internal one).
 */
export function GET() {
  return Response.json(openApiDocument(env().APP_URL.replace(/\/$/, "")), { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
}
