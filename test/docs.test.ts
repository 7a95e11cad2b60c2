import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUERY_LIMIT_DEFAULTS, QueryLimit, RateLimit } from '../src/security/limits.js';
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

  it('lists every limit setting in its Security section', () => {
    const security = readme.slice(readme.indexOf('## Security'), readme.indexOf('## Errors'));
    for (const limit of Object.keys(QueryLimit)) expect(security).toContain(`| \`${limit}\` |`);
    for (const limit of Object.keys(RateLimit)) expect(security).toContain(`| \`${limit}\` | ${RateLimit[limit as RateLimit][1]} |`);
    for (const setting of ['MAX_REQUEST_BODY_BYTES', 'PASSWORD_HASH_CONCURRENCY', 'PASSWORD_HASH_QUEUE', 'WS_MAX_MESSAGE_BYTES', 'WS_INIT_TIMEOUT_MS',
      'MAX_SUBSCRIPTIONS_PER_SOCKET', 'MAX_SUBSCRIPTIONS_PER_SESSION', 'MAX_SUBSCRIPTIONS_PER_PERSON', 'MAX_SOCKETS_PER_SESSION', 'CORS_ORIGINS',
      'GRAPHIQL', 'INTROSPECTION', 'SESSION_IDLE_DAYS']) {
      expect(security).toContain(setting);
    }
    for (const [limit, value] of Object.entries(QUERY_LIMIT_DEFAULTS.member)) expect(security).toMatch(new RegExp(`\\| \`${limit}\` \\| ${value} \\|`));
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
