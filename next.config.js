// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server for the Docker image (see Dockerfile).
  output: "standalone",
  // Parallel builds (several e2e runs on one machine) each get their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM packages stay outside the bundle and load from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg", "nodemailer"],
  experimental: {
    // Where proxy.ts runs (pages and their server actions, not /api), Next.js buffers each request
    // body in memory before routing, by default up to 10 MB. Mend's forms post a few KB: buffer at
    // most this much (the API's own limits, lib/http/body.ts, are all below it too).
    proxyClientMaxBodySize: "320kb",
    // Server action bodies: the same limit proxy.ts enforces with a 413 (lib/http/page-request.ts,
    // PAGE_BODY_LIMIT_BYTES), below the proxy buffer so an accepted body is never truncated.
    serverActions: { bodySizeLimit: "256kb" },
  },
  // The API is not behind proxy.ts (which would make Next.js wait for, and buffer, every request
  // body before a route could refuse it with 413), so its headers are set here: JSON is never a
  // document, so its policy allows nothing at all.
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
          },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
          { key: "Cache-Control", value: "no-store, max-age=0" },
        ],
      },
    ];
  },
  // proxy.ts sees the request as the browser sent it: by default Next.js hides the router headers
  // (Next-Router-State-Tree and friends) from the proxy, and a malformed one then makes the page
  // render answer 500 (lib/http/page-request.ts refuses it with a 400 instead). Mend has no
  // Pages Router data URLs for Next.js to normalise.
  skipProxyUrlNormalize: true,
  // `npm test` type-checks the whole project first (tsc), so the build does not do it again.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
