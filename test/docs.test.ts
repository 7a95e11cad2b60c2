import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../src/errors.js';
import { withCatalog } from '../scripts/catalog-docs.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('shows the permission catalog as generated from the catalog: run `npm run docs` after changing it', () => {
    expect(readme).toBe(withCatalog(readme));
  });

  it('explains every error code', () => {
    for (const code of Object.keys(ErrorCode)) expect(readme).toContain(`\`${code}\``);
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
