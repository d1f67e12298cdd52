import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/tenancy/request-path";

/**
 * Passes the requested path and query to the pages, so a signed-out visitor sent to sign in comes
 * back to the very page they asked for. Protects nothing: pages, actions and routes check access.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/b/:path*"] };
