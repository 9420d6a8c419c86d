// Builds the dashboard into ../src/deeppol/web/static/ (committed, shipped in the Python package):
// one ES module per page plus shared chunks, one stylesheet, and the bundled libraries' licences.
// Run after changing anything under src/:  npm ci && npm run build

import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "deeppol", "web", "static");
const pages = ["overview", "dyad", "network", "events", "article", "event"];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: Object.fromEntries(pages.map((page) => [page, join(here, "src", "pages", `${page}.js`)])),
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  target: ["es2020"],
  minify: true,
  legalComments: "none",
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "info",
});

await build({
  entryPoints: { app: join(here, "src", "app.css") },
  outdir: out,
  bundle: true,
  minify: true,
  legalComments: "none",
  logLevel: "info",
});

const licences = [];
for (const name of ["uplot", "cytoscape"]) {
  const folder = join(here, "node_modules", name);
  const { version } = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  const file = readdirSync(folder).find((f) => /^licen[cs]e/i.test(f));
  licences.push(`${name} ${version}\n\n${readFileSync(join(folder, file), "utf8").trim()}\n`);
}
writeFileSync(join(out, "THIRD-PARTY-LICENSES.txt"), licences.join("\n\n"));
