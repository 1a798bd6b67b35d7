// Debian's Chromium driven by playwright-core, with the flags this closed network needs (without
// the background-networking ones Chromium floods the machine with refused connections).
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './tools';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
