// `npm start` after the build: launches the desktop app, or, where the Electron binary is
// missing (it is downloaded by Electron's install script), says why and what to do instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectFolder = fileURLToPath(new URL('../..', import.meta.url));

function electronBinary() {
  try {
    // The electron package's entry returns the binary's path, and throws when it was never downloaded.
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(
    [
      'Midad cannot start the desktop app: the Electron binary is not installed',
      '(it is downloaded by Electron\'s install script, which was skipped or had no network).',
      '',
      'Either reinstall Electron with network access:',
      '  rm -rf node_modules/electron && npm install',
      'or use the app in your browser instead:',
      '  npm run web',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, [projectFolder, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
