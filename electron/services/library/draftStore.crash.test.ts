import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../../shared/model/draft';
import { plainTextOf } from '../../../shared/model/plainText';
import { DraftStore } from './draftStore';

// A child process saves drafts continuously; the parent kills it with SIGKILL at random moments.
// After each kill every draft file must parse and hold either its last acknowledged version or
// the one that was being written.
const kills = Number(process.env.CRASH_TEST_KILLS ?? 200);
const draftCount = 4;
const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

interface Known {
  acknowledged: { version: number; hash: string };
  writing?: { version: number; hash: string };
}

describe('crash test', () => {
  it(`survives ${kills} SIGKILLs in the middle of saving`, { timeout: 600_000 }, async () => {
    const folder = await mkdtemp(join(tmpdir(), 'midad-crash-'));
    const library = join(folder, 'library');
    const child = join(folder, 'child.mjs');
    await build({
      entryPoints: ['electron/testing/draftStoreCrashChild.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: child,
      logLevel: 'silent',
    });

    const setup = new DraftStore(library, { isWatching: false });
    const known = new Map<string, Known>();
    for (let index = 0; index < draftCount; index++) {
      const draft = await setup.create({ headline: `مسودة ${index}` });
      known.set(draft.id, { acknowledged: { version: 1, hash: hashOf(plainTextOf(draft.body)) } });
    }
    await setup.dispose();

    const seed = 'وأكد لافروف في تصريحاته على تطابق مواقف بلاده مع تركيا بشأن وحدة وسيادة الأراضي السورية. ';
    let corrupt = 0;
    let lost = 0;
    let checked = 0;
    let acknowledgedSaves = 0;
    let killsMidWrite = 0;
    for (let kill = 0; kill < kills; kill++) {
      const process_ = spawn(process.execPath, [child, library, seed], { stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd() });
      let buffer = '';
      let isReady = false;
      let startedWriting = (): void => {};
      const writing = new Promise<void>((resolve) => (startedWriting = resolve));
      const ready = new Promise<void>((resolve, reject) => {
        process_.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          let newline: number;
          while ((newline = buffer.indexOf('\n')) >= 0) {
            const [kind, id, version, hash] = buffer.slice(0, newline).split(' ');
            buffer = buffer.slice(newline + 1);
            if (kind === 'ready') {
              isReady = true;
              resolve();
            } else if (kind === 'writing') {
              known.get(id!)!.writing = { version: Number(version), hash: hash! };
              startedWriting();
            } else if (kind === 'saved') {
              known.get(id!)!.acknowledged = { version: Number(version), hash: hash! };
              delete known.get(id!)!.writing;
              acknowledgedSaves++;
            }
          }
        });
        process_.once('exit', (code) => !isReady && reject(new Error(`child exited with ${code}`)));
      });
      await ready;
      // Killed while saving: a random moment after the child's first write began, however slow the machine.
      await writing;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
      const exited = new Promise((resolve) => process_.once('exit', resolve));
      if ([...known.values()].some((state) => state.writing)) killsMidWrite++;
      process_.kill('SIGKILL');
      await exited;

      for (const [id, state] of known) {
        checked++;
        let onDisk;
        try {
          onDisk = draftSchema.parse(JSON.parse(await readFile(join(library, 'drafts', id, 'draft.json'), 'utf8')));
        } catch {
          corrupt++;
          continue;
        }
        const found = { version: onDisk.version, hash: hashOf(plainTextOf(onDisk.body)) };
        const isAcknowledged = found.version === state.acknowledged.version && found.hash === state.acknowledged.hash;
        const isBeingWritten = state.writing !== undefined && found.version === state.writing.version && found.hash === state.writing.hash;
        if (!isAcknowledged && !isBeingWritten) lost++;
        // What is on disk now is what the next child builds on.
        state.acknowledged = found;
        delete state.writing;
      }
    }
    process.stdout.write(
      `\ncrash test: ${kills} kills (${killsMidWrite} while a save was being written), ${checked} drafts checked, ${acknowledgedSaves} acknowledged saves, ${corrupt} corrupt, ${lost} acknowledged saves lost\n`,
    );
    expect(corrupt).toBe(0);
    expect(lost).toBe(0);
    // The test tested something: saves were acknowledged, and most kills cut one off.
    expect(acknowledgedSaves).toBeGreaterThan(0);
    expect(killsMidWrite).toBeGreaterThan(kills / 2);
  });
});
