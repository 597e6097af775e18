import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: [".next/**", "generated/**", "node_modules/**", ".data/**", ".cache/**", "next-env.d.ts"] },
  {
    files: ["lib/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "react",
                "react-dom",
                "@prisma/*",
                "@/generated/*",
                "@/lib/server/*",
                "**/server/**",
              ],
              message: "lib/core is pure: no Next.js, React, Prisma or lib/server.",
            },
            {
              group: [
                "fs",
                "fs/*",
                "node:fs",
                "node:fs/*",
                "path",
                "path/*",
                "node:path",
                "node:path/*",
                "os",
                "node:os",
                "child_process",
                "node:child_process",
                "module",
                "node:module",
              ],
              message:
                "lib/core is pure: no disk access. Read files in lib/server (e.g. lib/server/lexicon/) and pass the data in.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // Type-aware rules (STYLE: config): a promise is awaited, returned or marked `void`, never dropped or
  // passed where a plain callback is expected. One TypeScript program for the repository (projectService).
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // JSX handlers may be async (React ignores the returned promise); everything else must not be.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  // Environment variables are read in lib/env.ts only (parsed by its schema). Scripts, tests and the
  // tool configs run outside the app; instrumentation.ts's NEXT_RUNTIME check is inlined by Next.js per runtime.
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: [
      "lib/env.ts",
      "scripts/**",
      "tests/**",
      "prisma/seed.ts",
      "prisma.config.ts",
      "instrumentation.ts",
      "*.config.*",
    ],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through lib/env.ts." },
      ],
    },
  },
  // lib/core is pure: besides process.env (above), no process (cwd, pid, argv), require or module paths.
  {
    files: ["lib/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["process", "require", "__dirname", "__filename"].map((name) => ({
          name,
          message: "lib/core is pure: take what this reads as an argument (lib/server reads it).",
        })),
      ],
    },
  },
];

export default config;
