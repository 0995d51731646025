// `npm run csp -- [origin …]`: the Content-Security-Policy for dist/index.html as built,
// with the sha256 of each inline boot script and the origins allowed to frame the portal.
import { readFileSync } from "node:fs";
import { portalCsp } from "../sandbox/csp.ts";

const html = readFileSync(process.env.PORTAL_INDEX_HTML ?? "dist/index.html", "utf8");
console.log(portalCsp(html, { frameAncestors: process.argv.slice(2) }));
