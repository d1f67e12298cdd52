-- CreateIndex
CREATE INDEX "Contact_businessId_company_id_idx" ON "Contact"("businessId", "company", "id");

-- CreateIndex
CREATE INDEX "Contact_businessId_city_id_idx" ON "Contact"("businessId", "city", "id");

-- CreateIndex
CREATE INDEX "Contact_businessId_createdAt_id_idx" ON "Contact"("businessId", "createdAt", "id");

-- Searches that use their indexes under row-level security.
--
-- PostgreSQL evaluates a row-level security policy before any condition that is not leakproof, and
-- LIKE is not; nor may the planner use the column statistics for such a condition. As envoi_app,
-- the shipments history and address book searches could never use their trigram indexes, and read
-- every row of the business instead. The two functions below run these searches as envoi_search:
-- a role that cannot log in, has no members, may only read the columns a search needs, and is not
-- subject to row-level security (BYPASSRLS: with policies of its own it would still have no
-- statistics). Each function filters on the business of the transaction (app_business_id(), set
-- by withTenant) itself, no argument names a business, and it returns only ids and a count: the
-- rows themselves are then read by the app under row-level security as usual.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'envoi_search') THEN
    CREATE ROLE envoi_search;
  END IF;
END
$$;
ALTER ROLE envoi_search WITH NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION;

GRANT USAGE ON SCHEMA public TO envoi_search;
GRANT SELECT ("id", "businessId", "labelledAt", "searchText", "status", "trackingStatus", "serviceCode", "locationId", "batchId") ON "Shipment" TO envoi_search;
GRANT SELECT ("id", "businessId", "number") ON "Batch" TO envoi_search;
GRANT SELECT ("id", "businessId", "name", "company", "city", "createdAt", "country", "tags", "searchText") ON "Contact" TO envoi_search;

-- A typed word as a LIKE pattern that matches it anywhere, its characters taken literally.
CREATE FUNCTION search_like_pattern(word text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT '%' || replace(replace(replace(word, '\', '\\'), '%', '\%'), '_', '\_') || '%' $$;

-- The shipments history (lib/shipments/shipment-search.ts): issued shipments of the current
-- business matching every word and filter, newest first. Returns the ids of rows skip+1 ..
-- skip+take and how many match, counted up to count_cap + 1 ("more than count_cap").
-- The statement is built from fixed fragments and run with its values as parameters, so each
-- search is planned for what it filters on (a trigram index for a rare word, the date index for a
-- common one).
CREATE FUNCTION search_shipments(
  words text[], labelled_from timestamp, labelled_before timestamp, shipment_status "ShipmentStatus",
  tracking_status "TrackingStatus", service_code text, location_id text, batch_number integer,
  skip integer, take integer, count_cap integer
) RETURNS TABLE (ids text[], matched integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $fn$
DECLARE
  business text := app_business_id();
  patterns text[] := ARRAY(SELECT search_like_pattern(w) FROM unnest(words) AS w);
  matches text := 'FROM "Shipment" s WHERE s."businessId" = $1 AND s."labelledAt" IS NOT NULL';
  found text[];
BEGIN
  IF business IS NULL THEN
    RETURN QUERY SELECT '{}'::text[], 0;
    RETURN;
  END IF;
  FOR i IN 1 .. coalesce(array_length(patterns, 1), 0) LOOP
    matches := matches || format(' AND s."searchText" LIKE $2[%s]', i);
  END LOOP;
  IF labelled_from IS NOT NULL THEN matches := matches || ' AND s."labelledAt" >= $3'; END IF;
  IF labelled_before IS NOT NULL THEN matches := matches || ' AND s."labelledAt" < $4'; END IF;
  IF shipment_status IS NOT NULL THEN matches := matches || ' AND s."status" = $5'; END IF;
  IF tracking_status IS NOT NULL THEN matches := matches || ' AND s."trackingStatus" = $6'; END IF;
  IF service_code IS NOT NULL THEN matches := matches || ' AND s."serviceCode" = $7'; END IF;
  IF location_id IS NOT NULL THEN matches := matches || ' AND s."locationId" = $8'; END IF;
  IF batch_number IS NOT NULL THEN
    matches := matches || ' AND s."batchId" IN (SELECT b."id" FROM "Batch" b WHERE b."businessId" = $1 AND b."number" = $9)';
  END IF;

  -- One pass collects up to count_cap + 1 matches in any order (the cheapest plan): when that is
  -- all of them, the page is cut from them and the count is exact.
  EXECUTE 'SELECT array_agg(m."id" ORDER BY m."labelledAt" DESC, m."id" DESC), count(*)::integer
           FROM (SELECT s."id", s."labelledAt" ' || matches || ' LIMIT $10 + 1) m'
    INTO found, matched
    USING business, patterns, labelled_from, labelled_before, shipment_status, tracking_status, service_code, location_id, batch_number, count_cap;
  IF matched <= count_cap THEN
    RETURN QUERY SELECT coalesce(found[skip + 1 : skip + take], '{}'), matched;
    RETURN;
  END IF;
  -- More than count_cap: the page in order, from an index in that order when the words are common.
  EXECUTE 'SELECT ARRAY(SELECT s."id" ' || matches || ' ORDER BY s."labelledAt" DESC, s."id" DESC OFFSET $10 LIMIT $11)'
    INTO found
    USING business, patterns, labelled_from, labelled_before, shipment_status, tracking_status, service_code, location_id, batch_number, skip, take;
  RETURN QUERY SELECT found, matched;
END
$fn$;

-- The address book (lib/contacts/contact-search.ts): contacts of the current business matching
-- every word, the tag and the country, in the order asked (then by id). Returns the ids of rows
-- skip+1 .. skip+take (every row when take is null) and how many match.
CREATE FUNCTION search_contacts(
  words text[], tag text, country text, sort_by text, descending boolean, skip integer, take integer
) RETURNS TABLE (ids text[], matched integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $fn$
DECLARE
  business text := app_business_id();
  patterns text[] := ARRAY(SELECT search_like_pattern(w) FROM unnest(words) AS w);
  matches text := 'FROM "Contact" c WHERE c."businessId" = $1';
  sort_column text := CASE sort_by WHEN 'name' THEN 'c."name"' WHEN 'company' THEN 'c."company"' WHEN 'city' THEN 'c."city"' WHEN 'createdAt' THEN 'c."createdAt"' END;
  order_by text := sort_column || CASE WHEN descending THEN ' DESC' ELSE ' ASC' END || ', c."id" ASC';
  found text[];
BEGIN
  IF sort_column IS NULL THEN
    RAISE EXCEPTION 'search_contacts: unknown sort %', sort_by USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF business IS NULL THEN
    RETURN QUERY SELECT '{}'::text[], 0;
    RETURN;
  END IF;
  FOR i IN 1 .. coalesce(array_length(patterns, 1), 0) LOOP
    matches := matches || format(' AND c."searchText" LIKE $2[%s]', i);
  END LOOP;
  IF tag IS NOT NULL THEN matches := matches || ' AND c."tags" @> ARRAY[$3]'; END IF;
  IF country IS NOT NULL THEN matches := matches || ' AND c."country" = $4'; END IF;

  EXECUTE 'SELECT count(*)::integer ' || matches INTO matched USING business, patterns, tag, country;
  IF matched <= 5000 THEN
    -- A few thousand at most: read them all (a trigram index for rare words) and sort them. Walking
    -- the sort's index instead, hoping to meet them early, reads the whole book when they sort
    -- last (every "Zoé" of the book).
    EXECUTE 'SELECT array_agg(c."id" ORDER BY ' || order_by || ') ' || matches INTO found USING business, patterns, tag, country;
    RETURN QUERY SELECT coalesce(found[skip + 1 : skip + coalesce(take, matched)], '{}'), matched;
    RETURN;
  END IF;
  -- Many: the page in the sort's order, from the sort's index.
  EXECUTE 'SELECT ARRAY(SELECT c."id" ' || matches || ' ORDER BY ' || order_by || ' OFFSET $5 LIMIT $6)' INTO found USING business, patterns, tag, country, skip, take;
  RETURN QUERY SELECT found, matched;
END
$fn$;

ALTER FUNCTION search_shipments OWNER TO envoi_search;
ALTER FUNCTION search_contacts OWNER TO envoi_search;
REVOKE ALL ON FUNCTION search_shipments, search_contacts FROM PUBLIC;
GRANT EXECUTE ON FUNCTION search_shipments, search_contacts TO envoi_app;
