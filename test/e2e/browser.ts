import { existsSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (installed by .ci/run when missing). Test tools' own browser downloads
 * fail on these machines, so none is attempted. The flags keep Chromium from reaching
 * for the network at start-up, which this machine refuses.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: run `apt-get install chromium` (as .ci/run does) or set CHROMIUM_PATH');
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'
    ]
  });
}
