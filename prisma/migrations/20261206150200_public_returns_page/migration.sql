-- The public returns page (no sign-in, /returns/<slug>): a transaction that sets app.returns_slug
-- sees that one business and its settings, and, with app.returns_order, only that business's
-- shipments whose order number (reference1) is the one typed. Nothing of any other business.
-- lib/returns-page/lookup.ts then checks the email or postal code before showing anything.
CREATE POLICY business_public_returns_read ON "Business" FOR SELECT USING (
  "slug" = current_setting('app.returns_slug', true)
);
CREATE POLICY business_settings_public_returns_read ON "BusinessSettings" FOR SELECT USING (
  EXISTS (SELECT 1 FROM "Business" b WHERE b."id" = "businessId" AND b."slug" = current_setting('app.returns_slug', true))
);
CREATE POLICY shipment_public_returns_read ON "Shipment" FOR SELECT USING (
  "reference1" IS NOT NULL AND "reference1" = current_setting('app.returns_order', true)
  AND EXISTS (SELECT 1 FROM "Business" b WHERE b."id" = "businessId" AND b."slug" = current_setting('app.returns_slug', true))
);
