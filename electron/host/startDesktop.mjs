// `npm start` after the build: launches the desktop app, or, where the Electron binary is
// missing (it is downloaded by Electron's install script), says why and what to do instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectFolder = fileURLToPath(new URL('../..', import.meta.url));

// Finds the binary the way the electron package does, without requiring that package: its entry
// starts a download (and prints a stack trace) when the binary is missing.
function electronBinary() {
  let packageFolder;
  try {
    packageFolder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageFolder, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = distFolder ? join(distFolder, executable || 'electron') : executable && join(packageFolder, 'dist', executable);
  return binary && existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(
    [
      'Midad cannot start the desktop app: the Electron binary is not installed',
      "(it is downloaded by Electron's install script, which was skipped or had no network).",
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
