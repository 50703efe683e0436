// Launches headless Chromium for browser tests: CHROME_PATH if set (Debian's chromium, macOS Chrome), else the
// build shipped inside @sparticuz/chromium, so a fresh Linux machine needs no browser download.
import { chromium, type Browser } from 'playwright-core';

// Without these, Chromium tries Google's services at start and this network refuses them.
const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
// @sparticuz/chromium's Lambda flags run everything in one process, where closing a page whose site has a
// service worker (ours: the offline cache) kills the browser; Chromium's normal process model works here.
const ONE_PROCESS = new Set(['--single-process', '--no-zygote']);

export async function launchBrowser(): Promise<Browser> {
  if (process.env.CHROME_PATH) {
    return chromium.launch({ executablePath: process.env.CHROME_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', ...QUIET] });
  }
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return chromium.launch({ executablePath: await sparticuz.executablePath(), headless: true, args: [...sparticuz.args.filter((a) => !ONE_PROCESS.has(a)), ...QUIET] });
}
