import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SETTINGS, loadConfig } from '../src/config.js';
import { ErrorCode } from '../src/errors.js';
import { QUERY_LIMIT_DEFAULTS, QueryLimit, RateLimit } from '../src/security/limits.js';
import { generatedFiles } from '../scripts/docs.js';
import { ROOT, anchorsOf, docsPages, linkTarget, read, readingOrder, relativeLinks } from './docs-pages.js';

const readme = read('README.md');
const pages = ['README.md', ...docsPages()];

describe('README', () => {
  it('stays short: under 12 KB, the rest is in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(12 * 1024);
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('lists every page under docs/ in its Documentation section', () => {
    expect(readingOrder().slice(1).sort()).toEqual(docsPages());
  });
});

describe('pages: links, code blocks, order', () => {
  for (const page of pages) {
    it(`every relative link of ${page} reaches a file, and its #anchor a heading there`, () => {
      const broken: string[] = [];
      for (const link of relativeLinks(read(page))) {
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path === '' ? page : linkTarget(page, path);
        if (!existsSync(join(ROOT, target))) {
          broken.push(`${link}: no file ${target}`);
        } else if (anchor !== undefined) {
          if (!target.endsWith('.md') || statSync(join(ROOT, target)).isDirectory())
            broken.push(`${link}: an anchor into a file that is not a page`);
          else if (!anchorsOf(read(target)).has(anchor)) broken.push(`${link}: no heading #${anchor} in ${target}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }

  it('every code block is of a kind the tests know: graphql and ts run (test/readme.test.ts), json are their Variables, sh are commands, yaml is Prometheus configuration (its metric names are checked by test/metrics.test.ts)', () => {
    for (const page of pages) {
      const kinds = [...read(page).matchAll(/^\s*```(\w*)\s*$/gm)].map((match) => match[1]).filter((_, i) => i % 2 === 0);
      expect(
        kinds.filter((kind) => !['graphql', 'ts', 'json', 'sh', 'yaml'].includes(kind!)),
        page,
      ).toEqual([]);
    }
  });

  it('each page of the reading order points to the next one', () => {
    const guide = readingOrder().filter((page) => page.startsWith('docs/') && !page.startsWith('docs/reference/'));
    for (const [i, page] of guide.slice(0, -1).entries()) {
      const next = guide[i + 1]!.slice('docs/'.length);
      expect(read(page), `${page} should end with "Next: [...](${next})"`).toMatch(
        new RegExp(`\\nNext: \\[[^\\]]+\\]\\(${next.replace(/\./g, '\\.')}\\)\\n$`),
      );
    }
  });
});

describe('generated pages', () => {
  for (const file of generatedFiles()) {
    it(`${file.path} is as generated from the code: run \`npm run docs\` after changing it`, () => {
      expect(existsSync(join(ROOT, file.path)) ? readFileSync(join(ROOT, file.path), 'utf8') : '(missing)').toBe(file.text);
    });
  }

  it('the settings reference names every environment variable the server reads, and nothing else', () => {
    const read = new Set<string>();
    const env = new Proxy({} as NodeJS.ProcessEnv, {
      get: (_target, name) => {
        if (typeof name === 'string') read.add(name);
        return undefined;
      },
    });
    loadConfig(env);
    expect([...read].sort()).toEqual(SETTINGS.map((setting) => setting.name).sort());
  });

  it('.env.example shows values every setting accepts', () => {
    const shown = readFileSync(join(ROOT, '.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^# [A-Z_]+=/.test(line))
      .map((line) => line.slice(2));
    for (const line of shown) {
      const values = parseEnv(line);
      expect(
        Object.keys(values).every((name) => SETTINGS.some((setting) => setting.name === name)),
        line,
      ).toBe(true);
      expect(() => loadConfig(values), line).not.toThrow();
    }
    expect(new Set(shown.map((line) => line.split('=')[0])).size).toBe(SETTINGS.length);
  });
});

describe('pages that explain the code', () => {
  it('Errors explains every error code', () => {
    const errors = read('docs/errors.md');
    for (const code of Object.keys(ErrorCode)) expect(errors).toContain(`| \`${code}\` |`);
  });

  it('Security lists every limit setting', () => {
    const security = read('docs/security.md');
    for (const limit of Object.keys(QueryLimit)) expect(security).toContain(`| \`${limit}\` |`);
    for (const limit of Object.keys(RateLimit)) expect(security).toContain(`| \`${limit}\` | ${RateLimit[limit as RateLimit][1]} |`);
    for (const setting of [
      'MAX_REQUEST_BODY_BYTES',
      'PASSWORD_HASH_CONCURRENCY',
      'PASSWORD_HASH_QUEUE',
      'WS_MAX_MESSAGE_BYTES',
      'WS_INIT_TIMEOUT_MS',
      'MAX_SUBSCRIPTIONS_PER_SOCKET',
      'MAX_SUBSCRIPTIONS_PER_SESSION',
      'MAX_SUBSCRIPTIONS_PER_PERSON',
      'MAX_SOCKETS_PER_SESSION',
      'CORS_ORIGINS',
      'GRAPHIQL',
      'INTROSPECTION',
      'SESSION_IDLE_DAYS',
    ]) {
      expect(security).toContain(setting);
    }
    for (const [limit, value] of Object.entries(QUERY_LIMIT_DEFAULTS.member))
      expect(security).toMatch(new RegExp(`\\| \`${limit}\` \\| ${value} \\|`));
  });
});
