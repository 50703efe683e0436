// Launches headless Chromium for browser tests: CHROME_PATH if set (Debian's chromium, macOS Chrome), else the
// build shipped inside @sparticuz/chromium, so a fresh Linux machine needs no browser download.
import { chromium, type Browser } from 'playwright-core';

// Without these, Chromium tries Google's services at start and this network refuses them.
const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchBrowser(): Promise<Browser> {
  if (process.env.CHROME_PATH) {
    return chromium.launch({ executablePath: process.env.CHROME_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', ...QUIET] });
  }
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return chromium.launch({ executablePath: await sparticuz.executablePath(), headless: true, args: [...sparticuz.args, ...QUIET] });
}
