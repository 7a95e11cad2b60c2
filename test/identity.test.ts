import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type TestServer, signUp, startServer } from './harness.js';

// Names that cannot lie and one mailbox per login (part of issue 14; verification comes later).
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token me { email } } }`;
const signUpAs = (overrides: Record<string, string>) =>
  server.gql(SIGN_UP, { input: { accountName: 'Acme', name: 'Ada Admin', email: `ada.${Date.now()}.${Math.random()}@example.com`, password: PASSWORD, ...overrides } });
const refusal = (response: Awaited<ReturnType<typeof signUpAs>>) => response.errors?.[0]?.extensions;

describe('names that cannot lie', () => {
  it.each([
    ['a header injected into the name', 'name', 'IT Helpdesk\r\nBcc: everyone@corp.com'],
    ['a line forged in the account name', 'accountName', 'Acme Security\n\nURGENT: verify at https://evil.example'],
    ['a NUL', 'name', 'Ada\u0000Admin'],
    ['a bidi override', 'name', 'Ada \u202enimdA'],
    ['a zero-width joiner', 'accountName', 'Ac\u200dme'],
  ])('%s is refused, naming the field', async (_what, field, value) => {
    expect(refusal(await signUpAs({ [field]: value }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('names are stored NFC-normalised: a decomposed é is the composed one', async () => {
    const response = await signUpAs({ name: 'Ade\u0301le' });
    const me = await server.ok(`{ me { name } }`, {}, response.data.signUp.token);
    expect(me.me.name).toBe('Ad\u00e9le');
  });
});

describe('one mailbox, one login', () => {
  it('a fullwidth or upper-case look-alike is the same address: the same login', async () => {
    const ada = await signUp(server, 'Mailbox Co', 'Ada Mailbox');
    const [local, domain] = ada.email.split('@');
    const fullwidth = `${local}@${[...domain!].map((c) => (/[a-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('')}`;
    expect(refusal(await signUpAs({ email: fullwidth }))?.code).toBe('CONFLICT');
    expect(refusal(await signUpAs({ email: ada.email.toUpperCase() }))?.code).toBe('CONFLICT');
    const login = await server.gql(`mutation ($email: String!) { login(input: { email: $email, password: "${PASSWORD}" }) { token } }`, { email: fullwidth });
    expect(login.errors).toBeUndefined();
  });

  it.each([
    ['a zero-width joiner', 'ada\u200d@example.com'],
    ['a zero-width space', 'a\u200bda@example.com'],
    ['a Cyrillic а in the local part', '\u0430da@example.com'],
  ])('an address with %s is refused', async (_what, email) => {
    expect(refusal(await signUpAs({ email }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('an internationalised domain is stored in ASCII (IDNA), so it cannot pass for another', async () => {
    const response = await signUpAs({ email: `kim.${Date.now()}@B\u00dcCHER.example` });
    expect(response.data.signUp.me.email).toMatch(/^kim\.\d+@xn--bcher-kva\.example$/);
    const cyrillic = await signUpAs({ email: `kim.${Date.now()}@\u0435xample.com` });
    expect(cyrillic.data.signUp.me.email).toMatch(/@xn--/);
  });
});
