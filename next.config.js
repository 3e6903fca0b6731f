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
  // `npm test` type-checks the whole project first (tsc), so the build does not do it again.
  typescript: { ignoreBuildErrors: true },
};

module.exports = nextConfig;
