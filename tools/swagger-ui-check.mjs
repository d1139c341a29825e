// Drives Swagger UI in headless Chromium as a new user would: open /swagger-ui, press Authorize, sign in with the
// password flow, then "Try it out" on GET /api/auth/me; fails unless that answers 200 with the user, or if the
// password was left in the browser's storage. Screenshots of each step go to the output folder.
//
//   npm install --prefix /tmp/pw playwright-core      # once; Chromium from Debian: apt-get install chromium
//   PW_DIR=/tmp/pw node tools/swagger-ui-check.mjs http://localhost:8080 USERNAME PASSWORD [OUT_DIR]
//
// The user must exist (register it first, e.g. with curl as in the README walk-through).
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(join(process.env.PW_DIR ?? process.cwd(), 'node_modules', 'x.js'));
const { chromium } = require('playwright-core');

const [base, username, password, out = 'swagger-ui-check'] = process.argv.slice(2);
if (!base || !username || !password) {
  console.error('usage: node tools/swagger-ui-check.mjs BASE_URL USERNAME PASSWORD [OUT_DIR]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('response', (response) => {
    if (response.url().includes('/api/auth/')) console.log(`${response.request().method()} ${response.url()} -> ${response.status()}`);
  });
  await page.goto(`${base}/swagger-ui`);
  await page.waitForSelector('.swagger-ui .info .title', { timeout: 30000 });
  await page.screenshot({ path: join(out, '1-loaded.png'), fullPage: false });

  // Authorize: the password flow (OAuth2, tokenUrl /api/auth/token)
  await page.click('.auth-wrapper .authorize');
  await page.waitForSelector('#oauth_username');
  await page.fill('#oauth_username', username);
  await page.fill('#oauth_password', password);
  await page.screenshot({ path: join(out, '2-authorize.png') });
  const flow = page.locator('.auth-container').filter({ hasText: 'OAuth2, password' });
  await flow.locator('button.authorize').click();
  try {
    await page.locator('button.modal-btn', { hasText: 'Logout' }).waitFor({ timeout: 15000 }); // once the token was obtained
  } finally {
    await page.screenshot({ path: join(out, '3-authorized.png') });
  }
  await page.click('button.close-modal');

  // Try it out: GET /api/auth/me
  const op = page.locator('.opblock-get', { has: page.locator('[data-path="/api/auth/me"]') }).first();
  await op.locator('.opblock-summary').click();
  await op.locator('.try-out__btn').click();
  await op.locator('.execute').click();
  const status = op.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor({ timeout: 15000 });
  const code = (await status.innerText()).trim();
  const body = await op.locator('.live-responses-table .response-col_description pre').first().innerText();
  await op.locator('.live-responses-table').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, '4-me.png') });

  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  if (stored.includes(password)) {
    console.error('FAILED: the password was kept in the browser storage');
    process.exit(1);
  }

  console.log(`GET /api/auth/me -> ${code}`);
  console.log(body);
  if (!code.startsWith('200') || !body.includes(`"username": "${username}"`)) {
    console.error('FAILED: expected 200 with the user');
    process.exit(1);
  }
  console.log(`OK; screenshots in ${out}/`);
} finally {
  await browser.close();
}
