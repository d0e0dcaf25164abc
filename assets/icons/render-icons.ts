/**
 * Renders assets/icons/icon.svg to the PNG sizes the manifest uses (public/icon/N.png, which WXT
 * picks up by name) with the headless Chromium the end-to-end tests use.
 * Run: npx tsx assets/icons/render-icons.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** The sizes Chrome and Firefox ask for: toolbar (16, 32), extensions page (48), store (128). */
const ICON_SIZES = [16, 32, 48, 128];

const svg = readFileSync(fileURLToPath(new URL('./icon.svg', import.meta.url)), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const out = fileURLToPath(new URL(`../../public/icon/${size}.png`, import.meta.url));
    await page.screenshot({ path: out, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
