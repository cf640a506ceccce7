// Peer driver for eval/extraction_speed.sh: Mozilla Readability.js + jsdom over a folder of pages.
// usage: node readability_js.mjs HTML_DIR OUT.jsonl [GROUND_TRUTH.json]
// One process, pages in sorted path order: read each .html.gz (or .html), gunzip, new JSDOM(html, {url}),
// new Readability(document).parse(), write {"source", "title", "text"} per page (plus "error" when it fails).
// The page URL comes from the ground truth's "url" when given (as the benchmark's pages were fetched),
// else a placeholder. A page that fails is counted, not fatal. Prints "pages=N failed=M" on stderr at the end.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [folder, outPath, truthPath] = process.argv.slice(2);
if (!folder || !outPath) {
  console.error('usage: node readability_js.mjs HTML_DIR OUT.jsonl [GROUND_TRUTH.json]');
  process.exit(2);
}
const urls = {};
if (truthPath) {
  for (const [id, v] of Object.entries(JSON.parse(fs.readFileSync(truthPath, 'utf8')))) urls[id] = v.url;
}

const paths = fs.readdirSync(folder, { recursive: true })
  .map((f) => path.join(folder, f))
  .filter((p) => p.endsWith('.html.gz') || p.endsWith('.html'))
  .sort();
const out = fs.openSync(outPath, 'w');
const quiet = new VirtualConsole(); // drops jsdom's CSS-parse and script warnings instead of printing them
let failed = 0;
for (const p of paths) {
  const record = { source: p };
  let dom;
  try {
    const bytes = fs.readFileSync(p);
    const html = (p.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
    const id = path.basename(p).split('.')[0];
    dom = new JSDOM(html, { url: urls[id] || 'https://example.com/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (!article) throw new Error('Readability found no article');
    record.title = article.title ?? '';
    record.text = article.textContent ?? '';
  } catch (e) { // a page the peer fails on is counted, not fatal
    failed++;
    record.text = '';
    record.error = String(e && e.message ? `${e.name}: ${e.message}` : e).slice(0, 300);
  } finally {
    if (dom) dom.window.close();
  }
  fs.writeSync(out, JSON.stringify(record) + '\n');
}
fs.closeSync(out);
console.error(`pages=${paths.length} failed=${failed}`);
