// Looks at Crosscheck's web page in Debian's headless Chromium (driven by playwright-core) and reports what it saw.
// Run by BrowserPageTests with a server already started and filled:
//   node check-pages.mjs BASE_URL STORY_PATH SEARCH_WORDS SEARCH_TITLE COLUMNS ARTIFACTS_DIR
// Prints one JSON object (the observations) and exits 0 when every check holds, 1 with the failed checks otherwise.
import { chromium } from 'playwright-core';

const [base, storyPath, searchWords, searchTitle, columns, artifacts] = process.argv.slice(2);
if (!artifacts) {
  console.error('usage: node check-pages.mjs BASE_URL STORY_PATH SEARCH_WORDS SEARCH_TITLE COLUMNS ARTIFACTS_DIR');
  process.exit(2);
}
const executablePath = process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium';
const hostile = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">'];
const failures = [];
const seen = { dialogs: [], consoleErrors: [], pageErrors: [] };
const check = (ok, what) => { if (!ok) failures.push(what); };

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('dialog', async dialog => { seen.dialogs.push(dialog.message()); await dialog.dismiss(); });
  page.on('console', message => { if (message.type() === 'error') seen.consoleErrors.push(message.text()); });
  page.on('pageerror', error => seen.pageErrors.push(String(error)));

  // The list: every story, a search box, and a search that keeps the matching story.
  let response = await page.goto(new URL('/', base).href, { waitUntil: 'load' });
  check(response.status() === 200, `GET / answered ${response.status()}`);
  seen.listTitles = await page.locator('li.story h3').allInnerTexts();
  check(seen.listTitles.length >= 2, `the list shows ${seen.listTitles.length} stories, expected at least 2`);
  check(await page.locator('form.search input[name="q"]').isVisible(), 'no visible search box');
  await page.screenshot({ path: `${artifacts}/web-stories.png`, fullPage: true });

  await page.locator('form.search input[name="q"]').fill(searchWords);
  await Promise.all([page.waitForURL(url => url.search.includes('q=')), page.locator('form.search input[name="q"]').press('Enter')]);
  seen.searchTitles = await page.locator('li.story h3').allInnerTexts();
  check(seen.searchTitles.length === 1 && seen.searchTitles[0].includes(searchTitle),
    `searching '${searchWords}' shows ${JSON.stringify(seen.searchTitles)}, expected only '${searchTitle}'`);
  check(await page.locator('form.search input[name="q"]').inputValue() === searchWords, 'the search box lost the words searched for');

  // The story: the brief, the legend, one column per article, marked passages, and the hostile text shown as text.
  await page.setViewportSize({ width: 1680, height: 1000 });
  response = await page.goto(new URL(storyPath, base).href, { waitUntil: 'load' });
  check(response.status() === 200, `GET ${storyPath} answered ${response.status()}`);
  seen.title = await page.locator('h1').innerText();
  seen.summary = await page.locator('.summary').innerText();
  check(seen.summary.length > 40, 'the brief has no summary');
  check(await page.locator('.summary').isVisible(), 'the summary is not visible');
  check(await page.locator('ul.legend').isVisible(), 'the legend is not visible');
  seen.columns = await page.locator('article.column').count();
  check(seen.columns === Number(columns), `${seen.columns} columns, expected ${columns}`);
  seen.outlets = await page.locator('article.column .outlet').allInnerTexts();
  const boxes = await page.locator('article.column').evaluateAll(els => els.map(e => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width }; }));
  check(boxes.every(b => b.w > 200), `a column is narrower than 200 px: ${JSON.stringify(boxes)}`);
  check(new Set(boxes.map(b => Math.round(b.y))).size === 1, `the columns are not side by side: ${JSON.stringify(boxes)}`);
  seen.marks = {};
  for (const kind of ['agreed', 'shared', 'unique', 'conflicting']) {
    seen.marks[kind] = await page.locator(`article.column mark.${kind}`).count();
    check(seen.marks[kind] > 0, `no passage marked ${kind}`);
  }
  const text = await page.locator('main').innerText();
  for (const h of hostile) check(text.includes(h), `the page does not show ${h} as text`);
  seen.injected = await page.evaluate(() => document.querySelectorAll('main script, main img, [onerror]').length);
  check(seen.injected === 0, `${seen.injected} script, img or onerror elements in the page`);
  seen.pwned = await page.evaluate(() => typeof window.__pwned);
  check(seen.pwned === 'undefined', `window.__pwned is ${seen.pwned}: a script ran`);
  await page.screenshot({ path: `${artifacts}/web-story.png`, fullPage: true });

  // Printed, the columns wrap two to a row instead of running off the page.
  await page.emulateMedia({ media: 'print' });
  seen.printColumns = await page.locator('.columns').evaluate(e => getComputedStyle(e).gridTemplateColumns.split(' ').length);
  check(seen.printColumns === 2, `printed, the columns are ${seen.printColumns} to a row, expected 2`);

  check(seen.dialogs.length === 0, `dialogs opened: ${JSON.stringify(seen.dialogs)}`);
  check(seen.consoleErrors.length === 0, `console errors: ${JSON.stringify(seen.consoleErrors)}`);
  check(seen.pageErrors.length === 0, `page errors: ${JSON.stringify(seen.pageErrors)}`);
} finally {
  await browser.close();
}
console.log(JSON.stringify({ ...seen, failures }, null, 2));
process.exit(failures.length === 0 ? 0 : 1);
