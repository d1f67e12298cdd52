import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/client";
import { contactSearchSql } from "@/lib/contacts/contact-search";
import { contactQuerySchema } from "@/lib/contacts/schemas";
import { shipmentQuerySchema } from "@/lib/shipments/list-schema";
import { shipmentSearchSql } from "@/lib/shipments/shipment-search";
import { adminQuery } from "./db";
import { createTestBusiness, type TestBusiness } from "./fixtures";

// The searches must use their indexes as the app's role, under row-level security. PostgreSQL puts
// a policy before any condition that is not leakproof (LIKE is not), so a plain search query run
// by envoi_app reads every row of the business; the search functions must not. The plans are
// read with auto_explain, which also shows the statements run inside a function.

interface PlanNode {
  "Node Type": string;
  "Plan Rows": number;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** How `table` is read in `plans`: each scan as "Seq Scan" or the index it uses. */
function scansOf(plans: PlanNode[], table: string): string[] {
  return plans.flatMap(nodes).filter((n) => n["Relation Name"] === table || n["Index Name"]?.startsWith(`${table}_`)).map((n) => n["Index Name"] ?? n["Node Type"]);
}

/** Runs `fn` logged in as the app's role, in a transaction inside `businessId`; notices go to `onNotice`. */
async function asApp<T>(businessId: string, fn: (client: pg.Client) => Promise<T>, onNotice: (message: string) => void = () => {}): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  client.on("notice", (notice) => onNotice(notice.message ?? ""));
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT set_config('app.business_id', $1, true)`, [businessId]);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } finally {
    await client.end();
  }
}

/** The plan of every statement `statement` runs as the app's role, nested ones included (auto_explain). */
async function appPlans(businessId: string, statement: Prisma.Sql): Promise<PlanNode[]> {
  const plans: PlanNode[] = [];
  const collect = (message: string) => {
    const json = message.split("plan:\n")[1];
    if (json) plans.push((JSON.parse(json) as { Plan: PlanNode }).Plan);
  };
  await asApp(businessId, (c) => c.query(statement.text, statement.values), collect);
  return plans;
}

/** What `statement` returns to the app's role. */
async function appResult(businessId: string, statement: Prisma.Sql): Promise<unknown> {
  return asApp(businessId, async (c) => (await c.query(statement.text, statement.values)).rows[0]);
}

/** The plan of a query as `role` (the app's role: row-level security applies; or the owner: it does not). */
async function explain(role: "app" | "owner", businessId: string, sql: string, params: unknown[]): Promise<PlanNode[]> {
  const client = new pg.Client({ connectionString: role === "app" ? process.env.DATABASE_URL : process.env.TEST_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT set_config('app.business_id', $1, true)`, [businessId]);
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    await client.query("COMMIT");
    return [rows[0]!["QUERY PLAN"][0].Plan];
  } finally {
    await client.end();
  }
}

let a: TestBusiness;
let b: TestBusiness;
const SHIPMENTS = 20_000;
const CONTACTS = 20_000;

beforeAll(async () => {
  a = await createTestBusiness("indexes-a");
  b = await createTestBusiness("indexes-b");
  // A busy business and a smaller one, written directly as the owner (set-up only).
  for (const [business, count, prefix] of [[a, SHIPMENTS, "7"], [b, 2_000, "8"]] as const) {
    await adminQuery(
      `INSERT INTO "Batch" (id, "businessId", number, status, "updatedAt")
       SELECT $1 || '-' || n, $1, n + 1, 'LABELLED', now() FROM generate_series(0, $2 / 50 - 1) AS n`,
      [business.id, count],
    );
    await adminQuery(
      `INSERT INTO "Shipment" (id, "businessId", "batchId", position, status, "trackingStatus", "trackingNumber", "recipientName", "recipientLine1", "recipientCity", "recipientPostalCode", "serviceCode", "labelledAt", "searchText", "updatedAt")
       SELECT $1 || '-s' || i, $1, $1 || '-' || (i / 50), i % 50 + 1, 'LABELLED', 'CREATED', $3 || lpad(i::text, 15, '0'), 'Client ' || i, i || ' Main St', c.city, c.postal, 'DOM.EP',
              timestamp '2026-01-01' + i * interval '2 minutes', $3 || lpad(i::text, 15, '0') || ' order-' || (100000 + i) || ' client ' || i || ' ' || lower(c.city) || ' ' || lower(c.postal), now()
       FROM generate_series(0, $2 - 1) AS i, LATERAL (SELECT (ARRAY['Montreal', 'Toronto', 'Halifax'])[i % 3 + 1] AS city, (ARRAY['H2X 1Y4', 'M5V 2T6', 'B3H 1A1'])[i % 3 + 1] AS postal) c`,
      [business.id, count, prefix],
    );
  }
  for (const [business, count] of [[a, CONTACTS], [b, 2_000]] as const) {
    await adminQuery(
      `INSERT INTO "Contact" (id, "businessId", name, line1, city, country, email, "searchText", "updatedAt")
       SELECT $1 || '-c' || i, $1, 'Person ' || i, i || ' Main St', c.city, 'CA', 'person' || i || '@example.com',
              'person ' || i || ' ' || lower(c.city) || ' person' || i || '@example.com', now()
       FROM generate_series(0, $2 - 1) AS i, LATERAL (SELECT (ARRAY['Montreal', 'Toronto', 'Halifax', 'Calgary'])[i % 4 + 1] AS city) c`,
      [business.id, count],
    );
  }
  // What autovacuum does after a bulk load: statistics, and the trigram indexes' pending entries merged.
  await adminQuery(`VACUUM ANALYZE "Batch", "Shipment", "Contact"`);
  // Every plan the app's role runs in this test file's database goes to its client as a notice.
  const [{ db }] = (await adminQuery<{ db: string }>("SELECT current_database() AS db")) as [{ db: string }];
  const settings = { session_preload_libraries: "auto_explain", "auto_explain.log_min_duration": "0", "auto_explain.log_nested_statements": "on", "auto_explain.log_level": "notice", "auto_explain.log_format": "json" };
  for (const [name, value] of Object.entries(settings)) await adminQuery(`ALTER ROLE envoi_app IN DATABASE "${db}" SET ${name} = '${value}'`);
});

describe("the shipments search under row-level security", () => {
  const plainSearch = `SELECT id FROM "Shipment" WHERE "businessId" = $1 AND "labelledAt" IS NOT NULL AND "searchText" LIKE $2 ORDER BY "labelledAt" DESC, id DESC LIMIT 50`;

  it("cannot use the trigram index as a plain query of the app's role (the reason for the search function)", async () => {
    const params = [a.id, "%7000000000012345%"];
    expect(scansOf(await explain("owner", a.id, plainSearch, params), "Shipment")).toContain("Shipment_searchText_idx");
    expect(scansOf(await explain("app", a.id, plainSearch, params), "Shipment")).not.toContain("Shipment_searchText_idx");
  });

  it("uses the trigram index through the app's search, and no sequential scan", async () => {
    const plans = await appPlans(a.id, shipmentSearchSql(shipmentQuerySchema.parse({ q: "7000000000012345" }), { skip: 0, take: 50, countCap: 1_000 }));
    const scans = scansOf(plans, "Shipment");
    expect(scans).toContain("Shipment_searchText_idx");
    expect(scans).not.toContain("Seq Scan");
  });

  it("is planned with the statistics the owner's query gets", async () => {
    // Without them (a role under row-level security), a common word looks rare and its search
    // reads every match to sort them.
    const estimate = (plans: PlanNode[]) => plans.flatMap(nodes).find((n) => n["Relation Name"] === "Shipment")!["Plan Rows"];
    const inFunction = estimate(await appPlans(a.id, shipmentSearchSql(shipmentQuerySchema.parse({ q: "halifax" }), { skip: 0, take: 50, countCap: 1_000 })));
    const owners = estimate(await explain("owner", a.id, `SELECT id FROM "Shipment" WHERE "businessId" = $1 AND "labelledAt" IS NOT NULL AND "searchText" LIKE $2`, [a.id, "%halifax%"]));
    expect(owners).toBeGreaterThan(SHIPMENTS / 10);
    expect(inFunction).toBe(owners);
  });

  it("pages the history from the date index, and reads a date range from it alone", async () => {
    const page = scansOf(await appPlans(a.id, shipmentSearchSql(shipmentQuerySchema.parse({}), { skip: 0, take: 50, countCap: 1_000 })), "Shipment");
    // Counting up to 1,001 of every shipment may read the first rows of the table: it stops there.
    expect(page).toContain("Shipment_businessId_labelledAt_idx");
    const range = scansOf(await appPlans(a.id, shipmentSearchSql(shipmentQuerySchema.parse({ from: "2026-01-10", to: "2026-01-12" }), { skip: 0, take: 50, countCap: 1_000 })), "Shipment");
    expect(range).toContain("Shipment_businessId_labelledAt_idx");
    expect(range).not.toContain("Seq Scan");
  });
});

describe("the address book search under row-level security", () => {
  it("cannot use the trigram index as a plain query of the app's role (the reason for the search function)", async () => {
    const sql = `SELECT id FROM "Contact" WHERE "businessId" = $1 AND "searchText" LIKE $2 ORDER BY name, id LIMIT 50`;
    const params = [a.id, "%person12345%"];
    expect(scansOf(await explain("owner", a.id, sql, params), "Contact")).toContain("Contact_searchText_idx");
    expect(scansOf(await explain("app", a.id, sql, params), "Contact")).not.toContain("Contact_searchText_idx");
  });

  it("uses the trigram index through the app's search, for the page and the count, and no sequential scan", async () => {
    const query = contactQuerySchema.parse({ q: "person12345" });
    const scans = scansOf(await appPlans(a.id, contactSearchSql(query, { skip: 0, take: 50 })), "Contact");
    expect(scans.filter((s) => s === "Contact_searchText_idx")).toHaveLength(2);
    expect(scans).not.toContain("Seq Scan");
  });

  it("reads a page sorted by city from the city index", async () => {
    for (const dir of ["asc", "desc"]) {
      const statement = contactSearchSql(contactQuerySchema.parse({ sort: "city", dir }), { skip: 19 * 50, take: 50 });
      expect(scansOf(await appPlans(a.id, statement), "Contact"), dir).toContain("Contact_businessId_city_id_idx");
      const page = (await adminQuery<{ id: string }>(`SELECT id FROM "Contact" WHERE "businessId" = $1 ORDER BY city ${dir}, id LIMIT 50 OFFSET 950`, [a.id])).map((r) => r.id);
      expect(await appResult(a.id, statement)).toEqual({ ids: page, matched: CONTACTS });
    }
  });
});
