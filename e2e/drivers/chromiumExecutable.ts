/**
 * Which Chromium the end-to-end tests drive: $CHROMIUM_PATH, else the system's /usr/bin/chromium,
 * else one Playwright has installed. It never downloads one; where none is found it says how to
 * install one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const chromiumInstallHelp =
  'No Chromium found for the end-to-end tests. Install one with:\n' +
  '  sudo apt-get install -y chromium          (Debian/Ubuntu; then it is /usr/bin/chromium)\n' +
  'or point CHROMIUM_PATH at an existing Chromium or Chrome binary, or run:\n' +
  "  npx playwright install chromium           (needs network access to Playwright's download host)";

export function chromiumExecutable(): string {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, which does not exist.\n${chromiumInstallHelp}`);
    return fromEnvironment;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const installed = chromium.executablePath();
  if (installed && existsSync(installed)) return installed;
  throw new Error(chromiumInstallHelp);
}

/** Flags that keep Chromium from reaching for the network on a closed machine. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--lang=ar',
];
