import { readFileSync } from "node:fs";
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const root = import.meta.dirname;

/** Whether `@/lib/...` resolves to a module marked `import "server-only"` (data access, secrets, request headers). */
function isServerOnly(specifier) {
  const base = path.join(root, specifier.slice(2));
  for (const file of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    try {
      return /^import "server-only";/m.test(readFileSync(file, "utf8"));
    } catch {
      // not this candidate: try the next
    }
  }
  return false;
}

// Components render what they are given: a value import of a server-only lib/ module (a service, a
// query, the request's headers) means a component is fetching data itself. Types are fine (erased).
// Server actions ("use server" files) are not server-only: a form may call one.
const noServerCodeInComponents = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      serverOnly:
        "{{source}} is server-only: load the data in the page (app/) and pass it to the component as props.",
    },
  },
  create(context) {
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith("@/lib/")) return;
      const typeOnly =
        node.importKind === "type" ||
        node.exportKind === "type" ||
        (node.specifiers?.length > 0 &&
          node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));
      if (!typeOnly && isServerOnly(source))
        context.report({ node, messageId: "serverOnly", data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next*/**",
      "bench-results/**",
      "lib/generated/**",
      ".data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      // Prisma is reached only through lib/: components and routes never import it.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/generated/*", "**/generated/prisma/*", "@/lib/db", "@/lib/db/*"],
              message: "Use lib/<feature> services; only lib/db and lib/**/queries import Prisma.",
            },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The data layer may import the generated client.
    files: ["lib/**/*.ts", "prisma/**/*.ts", "tests/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Components are UI only: they never reach into a route (app/) and never call services; the page
    // loads the data and passes it, and server actions, down as props.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    plugins: { mend: { rules: { "no-server-code-in-components": noServerCodeInComponents } } },
    rules: {
      "mend/no-server-code-in-components": "error",
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message:
                "Components never import from app/: the page passes data and server actions down as props.",
            },
            {
              group: ["@/lib/**/service", "@/lib/**/queries", "@/lib/**/mutations"],
              allowTypeImports: true,
              message: "Components never call services: the page loads the data and passes it as props.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
