/**
 * Quotations and their speakers in Arabic news prose: a quotation of four words or more, in a
 * sentence whose verb of saying names a speaker ("وقال لافروف إن …", "أكد الوزير …"), becomes a
 * quote with that speaker; a title given in apposition anywhere in the text ("وزير الخارجية
 * الروسي، سيرغي لافروف،") resolves a role to the name and a surname to the full name.
 */
import type { RichTextNode } from '../model/richTextDocument';
import { wordsOf } from './paragraphs';

export interface Person {
  name: string;
  role: string;
}

export interface FoundQuote {
  speaker: string;
  role: string;
  text: string;
}

const words = (list: string): string[] => list.split(' ');

const speechVerbs = new Set(
  words(
    'قال قالت أكد اكد أوضح اوضح أشار اشار أضاف اضاف أعلن اعلن شدد صرح لفت تابع ختم اعتبر رأى ذكر بين أفاد افاد نوه كشف أردف استطرد حذر طالب دعا أعرب',
  ).flatMap((verb) => [verb, `${verb}ت`]),
);
const speechParticiples = /^[وف]?(?:قائل|مضيف|مؤكد|مشير|موضح|معتبر|لافت|مشدد|منوه|محذر)(?:اً|ا|ةً|ة)?[:،]?$/u;
// Words that end the subject after a verb of saying: particles, prepositions, times, "to the newspaper".
const subjectStopWords = new Set(
  words(
    'إلى الى أن أنّ ان بأن بأنّ في خلال على عن مع أمام لـ ل إن إنّ اليوم أمس يوم عبر أثناء بعد قبل حول لوسائل لصحيفة لوكالة لقناة that in on to at during',
  ),
);
const titleWords = `(?:${words('وزير الوزير وزيرة الرئيس رئيس رئيسة المبعوث مبعوث نائب المتحدث متحدث الناطق ناطق السفير سفير الأمين مدير المدير قائد القائد مستشار المستشار زعيم الملك ملك الأمير أمير ولي عضو محافظ المحافظ').join('|')})`;
const appositionPattern = new RegExp(
  `(${titleWords}(?:\\s+[^\\s،,.:]+){0,5})\\s*[،,]\\s+([^\\s،,.:]+(?:\\s+[^\\s،,.:]+){0,2})\\s*[،,]`,
  'gu',
);
const quotePattern = /[“«"”]([^“”«»"]+)[”»"“]/gu;

/** Roles given in apposition anywhere in the text: "الرئيس الروسي، فلاديمير بوتين،". */
export function findAppositions(text: string): Person[] {
  const people: Person[] = [];
  for (const match of text.matchAll(appositionPattern)) {
    const role = match[1]!.replace(/^[وف](?=ال)/u, '').trim();
    const name = match[2]!.trim();
    if (wordsOf(name).length >= 1 && !people.some((person) => person.role === role)) people.push({ role, name });
  }
  return people;
}

const stripToken = (token: string): string => token.replace(/^[("“«]+|[)"”»:،,.]+$/gu, '');

/** The speaker named by the verb of saying in `sentence`, resolved against the appositions. */
export function findSpeaker(sentence: string, people: readonly Person[]): Person | undefined {
  const tokens = sentence.split(/\s+/).filter(Boolean);
  for (let index = 0; index < tokens.length; index++) {
    const verb = stripToken(tokens[index]!).replace(/^[وف](?=[أاقشصلتخرذبنكحطدع])/u, '');
    if (!speechVerbs.has(verb) || speechParticiples.test(tokens[index]!)) continue;
    const subject: string[] = [];
    for (let next = index + 1; next < tokens.length && subject.length < 6; next++) {
      const raw = tokens[next]!;
      const word = stripToken(raw);
      if (!word || subjectStopWords.has(word) || speechParticiples.test(raw) || /^[“«"]/.test(raw)) break;
      subject.push(word);
      if (/[،,:]$/.test(raw)) break;
    }
    if (subject.length === 0) continue;
    return resolvePerson(subject.join(' '), people);
  }
  return undefined;
}

function resolvePerson(subject: string, people: readonly Person[]): Person {
  const byRole = people.find((person) => person.role === subject || person.role.endsWith(` ${subject}`) || subject.startsWith(person.role));
  if (byRole) return byRole;
  const byName = people.find((person) => person.name === subject || person.name.split(' ').at(-1) === subject);
  if (byName) return byName;
  return { name: subject, role: '' };
}

/** A paragraph of text. */
export function paragraphNode(text: string): RichTextNode {
  return { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] };
}

/** Splits a paragraph around each long quotation with a named speaker (recorded in `found`); otherwise returns it whole. */
export function quoteBlocks(paragraph: string, people: readonly Person[], found: FoundQuote[]): RichTextNode[] {
  for (const match of paragraph.matchAll(quotePattern)) {
    const quoted = match[1]!.trim();
    if (wordsOf(quoted).length < 4) continue;
    const leadIn = paragraph.slice(0, match.index).trim();
    const rest = paragraph
      .slice(match.index + match[0].length)
      .replace(/^[\s.،,؛;]+/u, '')
      .trim();
    const speaker = findSpeaker(leadIn, people) ?? findSpeaker(rest, people);
    if (!speaker) continue;
    found.push({ speaker: speaker.name, role: speaker.role, text: quoted });
    const blocks: RichTextNode[] = [];
    if (/[\p{L}\p{N}]/u.test(leadIn)) blocks.push(paragraphNode(leadIn));
    blocks.push({
      type: 'quote',
      attrs: { speaker: speaker.name, role: speaker.role, variant: 'quote' },
      content: [paragraphNode(quoted)],
    });
    if (/[\p{L}\p{N}]/u.test(rest)) blocks.push(...quoteBlocks(rest, people, found));
    return blocks;
  }
  return [paragraphNode(paragraph)];
}
