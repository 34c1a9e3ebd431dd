/**
 * Debian's Chromium driven by playwright-core, for the tests and the benchmarks alike. The
 * flags keep Chromium off the network (this machine's network is closed; background services
 * would only wait and fail).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
