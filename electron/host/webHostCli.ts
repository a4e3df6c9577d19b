/**
 * `npm run web`: the browser host's composition root. Builds the same services as the desktop
 * app, serves them on 127.0.0.1, and prints the one URL (with its token) that opens the app.
 *
 *   --port N     the port (default: a free one)
 *   --data DIR   the data folder (default: the desktop app's per-user folder)
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAppServices } from '../services/appServices';
import { createConsoleLogger } from '../services/logger';
import { defaultUserDataFolder } from '../services/userDataFolder';
import { startWebHost } from './webHost';

async function main(): Promise<void> {
  const logger = createConsoleLogger('midad-web');
  let values: { port?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run web -- [--port N] [--data DIR]\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write('Usage: npm run web -- [--port N] [--data DIR]\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a whole number from 0 to 65535, not "${values.port}"\n`);
    process.exit(2);
  }
  const userDataFolder = values.data
    ? resolve(values.data)
    : defaultUserDataFolder({ platform: process.platform, env: process.env, homeFolder: homedir() });

  const outFolder = fileURLToPath(new URL('..', import.meta.url));
  const packageJson = JSON.parse(readFileSync(resolve(outFolder, '..', 'package.json'), 'utf8')) as { version: string };
  const services = createAppServices({ userDataFolder, appVersion: packageJson.version, logger });

  let host;
  try {
    host = await startWebHost({
      port,
      staticFolder: resolve(outFolder, 'renderer'),
      serveConnection: (transport) => services.serve(transport),
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    process.stderr.write(
      code === 'EADDRINUSE' ? `Port ${port} is already in use; pick another with --port.\n` : `Could not start: ${String(error)}\n`,
    );
    process.exit(1);
  }
  logger.info(`data folder ${userDataFolder}`);
  process.stdout.write(`Midad (مداد) browser host — open:\n${host.url}\n`);

  let isStopping = false;
  const stop = (): void => {
    if (isStopping) return;
    isStopping = true;
    void host
      .close()
      .then(() => services.dispose())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
