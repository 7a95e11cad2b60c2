import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { watchSubscriptions } from './live-harness.js';
import { root } from './process-harness.js';

// Roster's pages in a real browser (Debian's Chromium through playwright-core), with every request
// that does not go to the server refused: GraphiQL and the invite page work with no internet, and
// their Content-Security-Policy lets their own code run. On a machine without Chromium this suite is
// skipped, saying so; CI installs it (.ci/run) and requires it.

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!CHROMIUM && process.env.CI) throw new Error('Chromium is required under CI=true: .ci/run installs it from Debian');
if (!CHROMIUM) console.warn('test/browser.test.ts skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)');

describe.skipIf(!CHROMIUM)('in Chromium, offline', () => {
  let server: TestServer;
  let admin: SignedUp;
  let browser: Browser;
  let watching: ReturnType<typeof watchSubscriptions>;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
    watching = watchSubscriptions(server);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server.close();
  });

  /** A page that may reach only the server; what it was refused and what it logged are kept. */
  async function openPage(path: string) {
    const origin = new URL(server.roster.url).origin;
    const page = await browser.newPage();
    const refused: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      refused.push(url);
      return route.abort();
    });
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${origin}${path}`);
    return { page, refused, problems };
  }

  async function screenshotOnFailure(page: Page, name: string, check: () => Promise<void>) {
    try {
      await check();
    } catch (error) {
      const folder = join(root, 'test-results');
      mkdirSync(folder, { recursive: true });
      await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
      throw error;
    }
  }

  it('GraphiQL loads from the server alone, with its example tabs', async () => {
    const { page, refused, problems } = await openPage('/graphql');
    await screenshotOnFailure(page, 'graphiql', async () => {
      await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
      await page.waitForFunction(() => document.body.innerText.includes('SignUp'), undefined, { timeout: 20_000 });
      expect(refused).toEqual([]);
      expect(problems.filter((problem) => /Content Security Policy|Refused/.test(problem))).toEqual([]);
    });
    await page.close();
  }, 60_000);

  /** Opens a new GraphiQL tab holding `query` and `headers`, runs it, and returns the page. */
  async function runInGraphiQL(name: string, query: string, headers: Record<string, string>) {
    const opened = await openPage('/graphql');
    const { page } = opened;
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    await page.click('.graphiql-tab-add');
    // The editors are Monaco's: select what is there, then insert the text whole (typed characters
    // would be auto-closed).
    await page.click('.graphiql-query-editor');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(query);
    await page.click('button:has-text("Headers")');
    await page.click('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(JSON.stringify(headers));
    await page.click('.graphiql-execute-button');
    return opened;
  }

  it('a query run in GraphiQL with a session token answers with data', async () => {
    const { page, refused } = await runInGraphiQL('query', '{ me { email account { name } } }', { Authorization: `Bearer ${admin.token}` });
    await screenshotOnFailure(page, 'graphiql-query', async () => {
      await page.waitForFunction((email) => document.querySelector('.graphiql-response')?.textContent?.includes(email), admin.email, {
        timeout: 20_000,
      });
      expect(refused).toEqual([]);
    });
    await page.close();
  }, 60_000);

  it('a subscription run in GraphiQL shows the event of a change made elsewhere', async () => {
    const member = await addMember(server, admin, ['OVERVIEW'], 'Sub Scriber');
    const { page } = await runInGraphiQL('subscription', 'subscription { myPermissionsChanged { cause capabilitiesAdded } }', {
      Authorization: `Bearer ${member.token}`,
    });
    await screenshotOnFailure(page, 'graphiql-subscription', async () => {
      // The subscription is listening once the server has subscribed it to the member's topic.
      await watching.until('member:permissions', member.userId);
      await server.ok(
        `mutation ($id: ID!) { updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW, REPLENISHMENT] }) { id } }`,
        { id: member.userId },
        admin.token,
      );
      await page.waitForFunction(
        () => document.querySelector('.graphiql-response')?.textContent?.includes('PERMISSIONS_EDITED'),
        undefined,
        { timeout: 20_000 },
      );
    });
    await page.close();
  }, 60_000);

  it('the invite page accepts an invite: its script runs under its policy', async () => {
    const email = uniqueEmail('browser');
    await server.ok(
      `mutation ($email: String!) { inviteUser(input: { email: $email, name: "Bri Browser" }) { id } }`,
      { email },
      admin.token,
    );
    const token = await server.inviteToken(email);
    const { page, refused, problems } = await openPage(`/invite?token=${token}`);
    await screenshotOnFailure(page, 'invite', async () => {
      await page.waitForSelector('#accept:not([hidden])');
      await page.fill('#password', PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForFunction(() => document.getElementById('status')!.textContent!.includes('You joined'));
      expect(await page.textContent('#status')).toContain('Acme');
      expect(refused).toEqual([]);
      expect(problems).toEqual([]);
    });
    const { me } = await server.ok(`{ me { name } }`, {}, (await page.textContent('#status code:last-of-type'))!);
    expect(me.name).toBe('Bri Browser');
    await page.close();
  }, 60_000);
});
