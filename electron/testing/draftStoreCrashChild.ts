/**
 * The child process of the crash test (draftStore.crash.test.ts): saves the library's drafts
 * one after another, for ever, announcing each save on stdout before it starts ("writing") and
 * after it is durable ("saved"). The parent kills it at random moments.
 */
import { createHash } from 'node:crypto';
import { emptyArticleContent } from '../../shared/model/article';
import { DraftStore } from '../services/library/draftStore';

const [library, seedText] = process.argv.slice(2) as [string, string];
const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

async function main(): Promise<void> {
  const store = new DraftStore(library, { isWatching: false });
  await store.open();
  const drafts = await store.list();
  const versions = new Map(drafts.map((draft) => [draft.id, draft.version]));
  process.stdout.write('ready\n');
  for (let round = 0; ; round++) {
    for (const { id } of drafts) {
      const version = versions.get(id)!;
      // Texts of very different sizes, so some writes are large and take time.
      const text = `${seedText.repeat(1 + ((round * 7 + version) % 40))} ${round}-${version}`;
      const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
      process.stdout.write(`writing ${id} ${version + 1} ${hashOf(text)}\n`);
      const saved = await store.save({
        id,
        baseVersion: version,
        content: { ...emptyArticleContent(), headline: `نسخة ${version + 1}`, body },
      });
      versions.set(id, saved.version);
      process.stdout.write(`saved ${id} ${saved.version} ${hashOf(text)}\n`);
    }
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
