// Raw GraphQL strings on purpose, not the typed kit: it generates and sends arbitrary, malformed and hostile documents.
import { fc, it } from '@fast-check/vitest';
import {
  type FieldNode,
  type GraphQLField,
  type OperationDefinitionNode,
  parse,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { WebSocket } from 'ws';
import { schema } from '../src/graphql/schema.js';
import { assertVocabulary } from './vocabulary.js';
import { PASSWORD, type SignedUp, type TestServer, addMember, signUp, snapshotTables, startServer } from './harness.js';

// Issue 15: thousands of documents, variables, bodies, headers and graphql-ws messages generated
// from the schema, thrown at a running server: never a 5xx or a stack trace, never a crash or a
// hang, and the database unchanged by every request that did not succeed.

// ---------------------------------------------------------------------------------------------
// Arbitraries derived from the schema
// ---------------------------------------------------------------------------------------------

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.uuid(),
  fc.constantFrom('', 'a@b.co', 'x'.repeat(300), '\u0000', '\r\nBcc: x@y', '<script>', "' OR 1=1 --", '../../etc/passwd'),
);

/** A GraphQL literal for an input type: often valid, often not. */
function literal(type: GraphQLInputType, depth = 0): fc.Arbitrary<string> {
  if (isNonNullType(type)) return literal(type.ofType, depth);
  const inner = (): fc.Arbitrary<string> => {
    if (isListType(type)) return fc.array(literal(type.ofType, depth + 1), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
    if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((value) => value.name)), fc.constant('NOT_A_VALUE'));
    if (isInputObjectType(type)) {
      if (depth > 2) return fc.constant('{}');
      const fields = Object.values(type.getFields());
      return fc
        .tuple(
          ...fields.map((field) => fc.option(literal(field.type, depth + 1), { nil: undefined, freq: isNonNullType(field.type) ? 20 : 2 })),
        )
        .map(
          (values) => `{ ${fields.flatMap((field, i) => (values[i] === undefined ? [] : [`${field.name}: ${values[i]}`])).join(', ')} }`,
        );
    }
    switch (getNamedType(type).name) {
      case 'Int':
      case 'Count':
      case 'Cents':
        return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31, 1_000_001)).map(String);
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Number.isInteger(n) ? `${n}.0` : String(n)));
      case 'Boolean':
        return fc.boolean().map(String);
      default:
        return text.map((value) => JSON.stringify(value));
    }
  };
  return fc.oneof({ weight: 9, arbitrary: inner() }, { weight: 1, arbitrary: fc.constant('null') });
}

/** A selection of an output type: some of its fields without required arguments, two levels deep. */
function selection(type: GraphQLOutputType, depth = 0): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant('');
  if (!isObjectType(named) || depth > 1) return fc.constant('{ __typename }');
  const fields = Object.values(named.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
  return fc
    .subarray(fields, { maxLength: Math.min(4, fields.length) })
    .chain((chosen) => fc.tuple(...chosen.map((field) => selection(field.type, depth + 1).map((sub) => `${field.name} ${sub}`))))
    .map((parts) => `{ __typename ${parts.join(' ')} }`);
}

function call(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> {
  const args = field.args;
  return fc
    .tuple(
      fc.tuple(...args.map((arg) => fc.option(literal(arg.type), { nil: undefined, freq: isNonNullType(arg.type) ? 20 : 2 }))),
      selection(field.type),
    )
    .map(([values, sub]) => {
      const given = args.flatMap((arg, i) => (values[i] === undefined ? [] : [`${arg.name}: ${values[i]}`]));
      return `${field.name}${given.length ? `(${given.join(', ')})` : ''} ${sub}`;
    });
}

const queries = Object.values(schema.getQueryType()!.getFields());
const mutations = Object.values(schema.getMutationType()!.getFields());

/** A whole operation: one or two root fields of the query or mutation type, with literal arguments. */
const operation = fc.oneof(
  ...[
    ['query', queries],
    ['mutation', mutations],
  ].map(([kind, fields]) =>
    fc
      .array(fc.constantFrom(...(fields as typeof queries)).chain(call), { minLength: 1, maxLength: 2 })
      .map((calls) => ({ kind: kind as string, document: `${kind} { ${calls.map((c, i) => `a${i}: ${c}`).join(' ')} }` })),
  ),
);

/** An operation passing one argument as a variable holding any JSON at all. */
const withVariable = fc.constantFrom(...[...queries, ...mutations].filter((field) => field.args.length > 0)).chain((field) =>
  fc.tuple(selection(field.type), fc.jsonValue({ maxDepth: 3 })).map(([sub, value]) => {
    const kind = mutations.includes(field) ? 'mutation' : 'query';
    const [arg] = field.args;
    return { kind, document: `${kind} ($v: ${String(arg!.type)}) { ${field.name}(${arg!.name}: $v) ${sub} }`, variables: { v: value } };
  }),
);

/**
 * Under CI the runs are the same every time (a red CI must mean a regression, not a new find);
 * elsewhere every run explores new inputs. A failure prints its seed and counterexample: replay it
 * with FUZZ_SEED=<seed>.
 */
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI ? 20261126 : undefined;

// ---------------------------------------------------------------------------------------------

let server: TestServer;
let admin: SignedUp;
let powerless: SignedUp;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Fuzz Co', 'Fay Fuzz');
  powerless = await addMember(server, admin, [], 'Nick Nothing');
});
afterAll(() => server.close());

const snapshot = () => snapshotTables(server);

/** A fresh session for the caller (a fuzzed logout or switch must not spoil the next runs). */
const sessionOf = async (caller: 'anonymous' | 'powerless' | 'admin') => {
  if (caller === 'anonymous') return undefined;
  const who = caller === 'admin' ? admin : powerless;
  const { login } = await server.ok(`mutation ($email: String!) { login(input: { email: $email, password: "${PASSWORD}" }) { token } }`, {
    email: who.email,
  });
  return login.token as string;
};

/** The response keys of an operation's root fields (aliases or names). */
const rootKeys = (document: string) => {
  const [operation] = parse(document).definitions as OperationDefinitionNode[];
  return operation!.selectionSet.selections.map((field) => (field as FieldNode).alias?.value ?? (field as FieldNode).name.value);
};

const STACK = /\n\s+at |node_modules|\.ts:\d+|\.js:\d+/;

async function send(body: string, headers: Record<string, string>) {
  const response = await fetch(server.roster.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  const answer = await response.text();
  expect(response.status).toBeLessThan(500);
  expect(answer).not.toMatch(STACK);
  return { status: response.status, answer };
}

describe('fuzzing the GraphQL endpoint', () => {
  it.prop([fc.oneof(operation, withVariable), fc.constantFrom('anonymous', 'powerless', 'admin')], { numRuns: 1000, seed })(
    'generated operations: no 5xx, no stack, every error typed, nothing changed unless it succeeded',
    async (generated, caller) => {
      const token = await sessionOf(caller);
      const before = generated.kind === 'mutation' ? await snapshot() : null;
      const { answer } = await send(
        JSON.stringify({ query: generated.document, variables: (generated as { variables?: unknown }).variables }),
        {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      );
      const body = JSON.parse(answer) as { errors?: Array<{ path?: string[]; extensions?: { code?: string } }> };
      const errors = body.errors ?? [];
      for (const error of errors) expect(error.extensions?.code).toEqual(expect.any(String));
      assertVocabulary(errors as never);
      expect(errors.map((error) => error.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
      // Nothing ran (the request was refused whole), or every root field failed: nothing changed.
      // (A root field without an error may have succeeded, even when a non-null sibling nulled `data`.)
      const failed = new Set(errors.map((error) => error.path?.[0]));
      const nothingRan = errors.some((error) => !error.path);
      if (before !== null && (nothingRan || rootKeys(generated.document).every((key) => failed.has(key)))) {
        expect(await snapshot()).toBe(before);
      }
    },
    240_000, // a snapshot of every table around each mutation: about 15 s on SQLite, a minute on PostgreSQL
  );

  it.prop(
    [
      fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.json({ maxDepth: 3 }),
        fc.jsonValue().map((value) => JSON.stringify({ query: value })),
      ),
      fc.constantFrom(
        'application/json',
        'application/graphql',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        '',
      ),
      fc.oneof(
        fc.constant(undefined),
        text,
        fc.constant('Bearer '),
        text.map((value) => `Bearer ${value}`),
      ),
    ],
    { numRuns: 400, seed },
  )('any body, content type and Authorization header: answered below 500 without a stack', async (body, contentType, authorization) => {
    const headers: Record<string, string> = { 'content-type': contentType };
    // fetch itself refuses header values outside visible ASCII.
    if (authorization !== undefined && /^[\x20-\x7e]*$/.test(authorization)) headers.authorization = authorization;
    await send(body, headers);
  });

  it('is still serving afterwards', async () => {
    expect((await fetch(server.roster.url.replace('/graphql', '/health'))).status).toBe(200);
    expect((await server.ok(`{ me { email } }`, {}, await sessionOf('admin'))).me.email).toBe(admin.email);
  });
});

describe('fuzzing graphql-ws', () => {
  const ALLOWED_CLOSES = new Set([1000, 1001, 1005, 1008, 1009, 4400, 4401, 4403, 4404, 4408, 4409, 4429]);
  const message = fc.oneof(
    fc
      .record({
        type: fc.constantFrom('subscribe', 'complete', 'ping', 'pong', 'connection_init', 'next', 'error', 'nonsense'),
        id: fc.oneof(fc.uuid(), fc.string({ maxLength: 10 }), fc.integer()),
        payload: fc.oneof(
          operation.map((op) => ({ query: op.document.replace(/^(query|mutation)/, 'subscription') })),
          operation.map((op) => ({ query: op.document })),
          fc.constant({ query: 'subscription { myPermissionsChanged { cause } }' }),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      })
      .map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 100 }),
  );

  it.prop([fc.array(message, { minLength: 1, maxLength: 8 }), fc.boolean()], { numRuns: 150, seed })(
    'any sequence of messages: the socket ends with a protocol close code or stays open, and the server keeps serving',
    async (messages, authenticate) => {
      const socket = new WebSocket(server.roster.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
      await new Promise((resolve, reject) => {
        socket.on('open', resolve);
        socket.on('error', reject);
      });
      if (authenticate) socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${admin.token}` } }));
      for (const item of messages) if (socket.readyState === socket.OPEN) socket.send(item);
      // A ping answered means every message before it was handled (or the socket closed meanwhile).
      const settled = new Promise<void>((resolve) => {
        socket.on('message', (data) => String(data).includes('"pong"') && resolve());
        void closed.then(() => resolve());
      });
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type: 'ping' }));
      await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2000))]);
      if (socket.readyState === socket.OPEN) socket.close(1000);
      expect(ALLOWED_CLOSES).toContain(await closed);
    },
  );

  it('is still serving afterwards', async () => {
    expect((await fetch(server.roster.url.replace('/graphql', '/health'))).status).toBe(200);
  });
});
