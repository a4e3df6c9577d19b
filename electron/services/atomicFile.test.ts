import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomicFile';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'midad-atomic-'));
});

describe('writeFileAtomic', () => {
  it('creates a file and replaces it whole, leaving no temporary files', async () => {
    const target = join(folder, 'draft.json');
    await writeFileAtomic(target, 'أول');
    await writeFileAtomic(target, 'ثانٍ'.repeat(10_000));
    expect(await readFile(target, 'utf8')).toBe('ثانٍ'.repeat(10_000));
    expect(await readdir(folder)).toEqual(['draft.json']);
  });

  it('leaves the old file untouched and cleans up when the replacement cannot happen', async () => {
    const target = join(folder, 'occupied');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'keep me');
    await expect(writeFileAtomic(target, 'new bytes')).rejects.toThrow();
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('fails clearly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'missing', 'draft.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps every concurrent writer whole: the file holds exactly one of them', async () => {
    const target = join(folder, 'contested.json');
    const versions = Array.from({ length: 20 }, (_, index) => JSON.stringify({ writer: index, text: 'نص '.repeat(5000) }));
    await Promise.all(versions.map((version) => writeFileAtomic(target, version)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(folder)).toEqual(['contested.json']);
  });
});
