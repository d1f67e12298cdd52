import { db } from "@/lib/db/client";

/** For load balancers and docker compose: the app is up and reaches its database. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "database unavailable" }, { status: 503 });
  }
}
