import { openApiDocument } from "@/lib/api/openapi";

/** The OpenAPI 3.1 document of /api/v1 (public: it describes the API, not any business). */
export function GET(request: Request) {
  return Response.json(openApiDocument(new URL(request.url).origin), { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
}
