import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The README and the pages under docs/, as the tests read them: test/readme.test.ts runs their
 * examples in reading order, test/docs.test.ts checks their links, size and generated pages.
 */
export const ROOT = resolve(import.meta.dirname, '..');

export const read = (page: string) => readFileSync(join(ROOT, page), 'utf8');

/** Every Markdown page under docs/, as a path from the project folder (`docs/errors.md`). */
export function docsPages(folder = 'docs'): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? docsPages(`${folder}/${entry.name}`) : entry.name.endsWith('.md') ? [`${folder}/${entry.name}`] : [],
    )
    .sort();
}

/**
 * The reading order: the README, then the pages its "Documentation" section lists, in that order.
 * test/readme.test.ts runs the examples in this order, so a page's examples may build on those of
 * the pages before it.
 */
export function readingOrder(): string[] {
  const readme = read('README.md');
  const start = readme.indexOf('\n## Documentation\n');
  if (start < 0) throw new Error('README.md has no "## Documentation" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const listed = [...section.matchAll(/\]\((docs\/[^)#\s]+\.md)\)/g)].map((match) => match[1]!);
  return ['README.md', ...new Set(listed)];
}

/** The text outside fenced code blocks (fence lines and their contents become empty lines). */
export function withoutFences(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line;
    })
    .join('\n');
}

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\p{M}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a page's headings give, numbered as GitHub numbers repeated ones. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, text] of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(text!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Every relative link of a page (outside code), as written: `../README.md#two-commands`. */
export function relativeLinks(markdown: string): string[] {
  const text = withoutFences(markdown).replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((link) => !/^[a-z][a-z+.-]*:/i.test(link));
}

/** A page's path from the project folder, for a link written in `from`. */
export const linkTarget = (from: string, link: string) => relative(ROOT, resolve(ROOT, from, '..', link));
