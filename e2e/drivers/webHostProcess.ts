/**
 * Starts the real browser host (`out/main/webHostCli.js`) as a child process on a data folder and
 * waits for the URL it prints; stopping it sends SIGTERM and waits for the exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const hostEntry = resolve('out/main/webHostCli.js');

export interface WebHostProcess {
  url: string;
  origin: string;
  port: number;
  dataFolder: string;
  stop(): Promise<void>;
}

export async function temporaryDataFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'midad-e2e-'));
}

/**
 * Gives the user of a fresh data folder a name before the host starts, as the first-run prompt
 * would, so the prompt does not stand in front of specs about something else.
 */
export async function presetUserName(dataFolder: string, userName: string): Promise<void> {
  await writeFile(join(dataFolder, 'settings.json'), `${JSON.stringify({ userName })}\n`);
}

export async function startWebHostProcess(dataFolder: string, port = 0): Promise<WebHostProcess> {
  const child = spawn(process.execPath, [hostEntry, '--data', dataFolder, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`host did not print its URL in 20 s\n${output}${errors}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[0]);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}\n${output}${errors}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    dataFolder,
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    child.once('exit', () => resolveStop());
    child.kill('SIGTERM');
  });
}
