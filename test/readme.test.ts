import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, startServer } from './harness.js';
import { subscribeSse, watchSubscriptions } from './live-harness.js';

/**
 * The README runs as written. Every GraphQL operation in README.md (fenced `graphql` blocks, and
 * operations written inline in backticks) and its TypeScript snippet run here, in the order a
 * reader meets them, against a real server with a fresh database.
 *
 * Conventions, as the README states them to its readers:
 * - every operation is named, and `steps` below says, by that name, whose token the reader has in
 *   the Headers tab and what they check or note from the answer;
 * - a value from an earlier answer is passed as a variable: the `json` block after the operation
 *   holds its Variables, each `"<…>"` placeholder being filled with what an earlier step noted
 *   under exactly that text (as a reader copies an id from one answer into the next request);
 * - a subscription stays open (over SSE, as GraphiQL does) and later steps read its events;
 * - the `ts` snippet is saved in the project folder and run with `tsx`, with ROSTER_TOKEN set.
 * A README operation without a step, or a step without its operation, fails the test.
 */

interface Example {
  kind: 'graphql' | 'ts';
  /** The operation's name, or `watch.ts` for the snippet. */
  name: string;
  source: string;
  /** The Variables block that follows an operation with variables. */
  variables?: Record<string, unknown>;
}

const README = readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8');

/** Every example of the README in reading order. */
function examples(markdown: string): Example[] {
  const found: Example[] = [];
  const lines = markdown.split('\n');
  const operation = (source: string): Example | null => {
    let definitions;
    try {
      definitions = parse(source).definitions;
    } catch {
      return null; // not GraphQL (JSON headers, a field signature)
    }
    const [definition, ...more] = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (!definition || more.length > 0) return null;
    if (!definition.name) throw new Error(`README operation without a name: ${source}`);
    return { kind: 'graphql', name: definition.name.value, source };
  };
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)```(\w*)\s*$/.exec(lines[i]!);
    if (!fence) {
      for (const [, code] of lines[i]!.matchAll(/`([^`]+)`/g)) {
        if (/^\s*(\{|query\b|mutation\b|subscription\b)/.test(code!)) {
          const example = operation(code!);
          if (example) found.push(example);
        }
      }
      continue;
    }
    const [, indent, lang] = fence;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) body.push(lines[i]!.slice(indent!.length));
    const source = body.join('\n');
    if (lang === 'graphql') {
      const example = operation(source);
      if (!example) throw new Error(`README graphql block that is not one operation:\n${source}`);
      found.push(example);
    } else if (lang === 'json' && found.at(-1)?.kind === 'graphql' && !found.at(-1)!.variables) {
      found.at(-1)!.variables = JSON.parse(source);
    } else if (lang === 'ts') {
      found.push({ kind: 'ts', name: 'watch.ts', source });
    }
  }
  return found;
}

/** What the reader has at hand: tokens for the Headers tab, noted values, open subscriptions. */
interface Reader {
  server: TestServer;
  tokens: Record<'ada' | 'bob', string>;
  ids: Record<string, string>;
  /** Values noted from answers, by the placeholder text the README uses for them. */
  noted: Record<string, string>;
  streams: Record<string, Awaited<ReturnType<typeof subscribeSse>>>;
  script?: { process: ChildProcess; output: () => string; exited: Promise<number | null> };
}

interface Step {
  /** Whose token is in the Headers tab; null for public operations. */
  as: 'ada' | 'bob' | null;
  /** For a subscription: the server topic it must be listening on before the next step. */
  listensOn?: (reader: Reader) => Promise<[topic: 'member:permissions' | 'account:membership', id: string]>;
  check?: (data: any, reader: Reader) => void | Promise<void>;
}

const nextEvent = async (reader: Reader, stream: string, field: string) => {
  const received = await reader.streams[stream]!.results.next();
  expect(received.errors, JSON.stringify(received.errors)).toBeUndefined();
  return received.data[field];
};

/** Output of the snippet, waited for up to three seconds. */
async function scriptPrints(reader: Reader, pattern: RegExp) {
  for (let waited = 0; !pattern.test(reader.script!.output()); waited += 20) {
    if (waited > 3000) throw new Error(`watch.ts did not print ${pattern}; it printed:\n${reader.script!.output()}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

const steps: Record<string, Step> = {
  SignUp: {
    as: null,
    check: async (data, reader) => {
      expect(data.signUp.email).toBe('ada@example.com');
      // The reader copies the token from the link the server's log prints (the outbox).
      reader.noted['<the token from the verification link>'] = await reader.server.linkToken('ada@example.com', '/verify-email');
    },
  },
  VerifyEmail: {
    as: null,
    check: (data, reader) => {
      expect(data.verifyEmail.me).toEqual({ name: 'Ada Admin', account: { name: 'Acme' }, permissions: { fullAccess: true } });
      reader.tokens.ada = data.verifyEmail.token;
    },
  },
  LogIn: {
    as: null,
    check: (data, reader) => {
      expect(data.login.me).toEqual({ name: 'Ada Admin', account: { name: 'Acme' } });
      reader.tokens.ada = data.login.token;
    },
  },
  InviteBob: {
    as: 'ada',
    check: async (data, reader) => {
      expect(data.inviteUser).toMatchObject({ email: 'bob@example.com', status: 'PENDING', permissions: ['FULL_ACCESS'] });
      // The reader copies the token from the accept link in the server's log (the outbox).
      reader.noted['<the token from the accept link>'] = await reader.server.inviteToken('bob@example.com');
    },
  },
  AcceptInvite: {
    as: null,
    check: (data, reader) => {
      expect(data.acceptInvite.me).toMatchObject({ name: 'Bob Buyer', permissions: { fullAccess: true } });
      reader.tokens.bob = data.acceptInvite.token;
    },
  },
  Users: {
    as: 'ada',
    check: (data, reader) => {
      expect(data.users.totalCount).toBe(2);
      const bob = data.users.nodes.find((node: { email: string }) => node.email === 'bob@example.com');
      expect(bob).toMatchObject({ name: 'Bob Buyer', status: 'ACTIVE', permissions: { fullAccess: true } });
      reader.noted["<Bob's id from Users>"] = bob.id;
      reader.ids.bob = bob.id;
      reader.ids.ada = data.users.nodes.find((node: { email: string }) => node.email === 'ada@example.com').id;
    },
  },
  WatchMyPermissions: { as: 'bob', listensOn: async (reader) => ['member:permissions', reader.ids.bob!] },
  ChangeBobsPermissions: {
    as: 'ada',
    check: async (data, reader) => {
      expect(data.updateUserPermissions.permissions).toMatchObject({ fullAccess: false, permissions: ['REPLENISHMENT', 'RESTRICT_DELETE_STYLES'] });
      const event = await nextEvent(reader, 'WatchMyPermissions', 'myPermissionsChanged');
      expect(event.cause).toBe('PERMISSIONS_EDITED');
      expect(event.permissionsRemoved).toEqual(['FULL_ACCESS']);
      expect(event.capabilitiesRemoved).toContain('MANAGE_USERS');
      expect(event.capabilitiesRemoved).toContain('DELETE_STYLES');
    },
  },
  WhyNot: {
    as: 'bob',
    check: (data) => {
      const deleteStyles = data.me.permissions.decisions.find((d: { capability: string }) => d.capability === 'DELETE_STYLES');
      expect(deleteStyles).toEqual({
        capability: 'DELETE_STYLES',
        allowed: false,
        reason: 'RESTRICTED',
        grantedBy: [],
        restrictedBy: ['RESTRICT_DELETE_STYLES'],
      });
    },
  },
  AuditLog: {
    as: 'ada',
    check: (data) => {
      expect(data.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual([
        'PERMISSIONS_CHANGED',
        'INVITE_ACCEPTED',
        'INVITE_SENT',
        'ACCOUNT_CREATED',
      ]);
      expect(data.auditLog.nodes[0]).toMatchObject({ actor: { name: 'Ada Admin' }, target: { name: 'Bob Buyer' } });
    },
  },
  WatchMembership: {
    as: 'ada',
    listensOn: async (reader) => {
      const { me } = await reader.server.ok(`{ me { account { id } } }`, {}, reader.tokens.ada);
      return ['account:membership', me.account.id];
    },
  },
  DeleteBob: {
    as: 'ada',
    check: async (data, reader) => {
      expect(data.deleteUser).toMatchObject({ name: 'Bob Buyer', email: 'bob@example.com', status: 'DELETED' });
      const deleted = await nextEvent(reader, 'WatchMembership', 'accountMembershipChanged');
      expect(deleted).toMatchObject({ action: 'USER_DELETED', actor: { name: 'Ada Admin' }, target: { name: 'Bob Buyer' } });
      const final = await nextEvent(reader, 'WatchMyPermissions', 'myPermissionsChanged');
      expect(final).toMatchObject({ cause: 'SESSION_ENDED', sessionEnded: 'MEMBER_DELETED' });
      const again = await reader.server.gql(`{ me { name } }`, {}, reader.tokens.bob);
      expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  },
  PermissionCatalog: {
    as: null,
    check: (data) => {
      expect(data.permissionCatalog).toHaveLength(64);
    },
  },
  'watch.ts': { as: 'ada' },
  EnableWholesale: {
    as: 'ada',
    check: async (data, reader) => {
      expect(data.updateAccount).toEqual({ name: 'Acme', wholesaleEnabled: true });
      await scriptPrints(reader, /"cause":"ACCOUNT_FEATURES_CHANGED","capabilitiesAdded":\["WHOLESALE"\]/);
    },
  },
  LogOut: {
    as: 'ada',
    check: async (data, reader) => {
      expect(data.logout).toBe(true);
      expect(await reader.script!.exited).toBe(0);
      expect(reader.script!.output()).toMatch(/"sessionEnded":"LOGOUT"\}\nstream ended\n$/);
    },
  },
  SignInAgain: {
    as: null,
    check: (data, reader) => {
      reader.tokens.ada = data.login.token;
    },
  },
  CreateWarehouse: {
    as: 'ada',
    check: (data, reader) => {
      reader.noted['<the warehouse id>'] = data.createWarehouse.id;
    },
  },
  CreateVendor: {
    as: 'ada',
    check: (data, reader) => {
      reader.noted['<the vendor id>'] = data.createVendor.id;
    },
  },
  CreateProduct: {
    as: 'ada',
    check: (data, reader) => {
      expect(data.createProduct.variants).toEqual([{ id: expect.any(String), sku: 'LS-M', marginPercent: 60 }]);
      reader.noted['<the variant id>'] = data.createProduct.variants[0].id;
      reader.noted['<yesterday, as YYYY-MM-DD>'] = new Date(reader.server.clock.time - 86_400_000).toISOString().slice(0, 10);
    },
  },
  CountStock: { as: 'ada', check: (data) => expect(data.setStockLevel.stock).toEqual([{ warehouse: { name: 'Main' }, onHand: 20 }]) },
  RecordSales: { as: 'ada' },
  Overview: {
    as: 'ada',
    check: (data) =>
      expect(data.overview).toEqual({
        stockUnits: 20,
        stockValueCents: 24_000,
        retailValueCents: 60_000,
        variantsOutOfStock: 0,
        overstockValueCents: 0,
        unitsSoldLast28Days: 56,
      }),
  },
  Replenishment: {
    as: 'ada',
    check: (data) =>
      expect(data.replenishment).toEqual([
        { variant: { sku: 'LS-M' }, warehouse: { name: 'Main' }, onHand: 20, onOrder: 0, dailyForecast: 2, leadTimeDays: 10, suggestedQuantity: 60 },
      ]),
  },
  EditForecast: { as: 'ada', check: (data) => expect(data.setForecast).toEqual({ sku: 'LS-M', forecastMonthlyUnits: 90 }) },
  CompareWarehouses: {
    as: 'ada',
    check: (data) =>
      expect(data.compareWarehouses).toEqual([
        { variant: { sku: 'LS-M' }, warehouses: [{ warehouse: { name: 'Main' }, onHand: 20, dailyForecast: 3, daysOfCover: 20 / 3 }] },
      ]),
  },
  DraftStockOrder: {
    as: 'ada',
    check: (data, reader) => {
      expect(data.createStockOrder.status).toBe('DRAFT');
      reader.noted['<the stock order id>'] = data.createStockOrder.id;
    },
  },
  AddLine: {
    as: 'ada',
    check: (data) => expect(data.setStockOrderLine).toEqual({ totalCents: 120_000, lines: [{ quantity: 100, unitCostCents: 1200 }] }),
  },
  PlaceStockOrder: { as: 'ada', check: (data) => expect(data.placeStockOrder.status).toBe('PLACED') },
  SetVendorEmail: { as: 'ada', check: (data) => expect(data.setVendorEmail.email).toBe('orders@linenmill.example') },
  SendStockOrder: {
    as: 'ada',
    check: async (data, reader) => {
      expect(data.sendStockOrder.emailedAt).toBeTruthy();
      const sent = (await reader.server.emails()).at(-1)!;
      expect(sent.recipient).toBe('orders@linenmill.example');
      expect(sent.text).toContain('LS-M');
    },
  },
  ReceiveStockOrder: {
    as: 'ada',
    check: (data) => {
      expect(data.receiveStockOrder.status).toBe('RECEIVED');
      expect(data.receiveStockOrder.lines[0].variant.stock).toEqual([{ onHand: 120 }]);
    },
  },
  ImportStockOrders: {
    as: 'ada',
    check: (data) => expect(data.importStockOrders).toEqual({ errors: [], stockOrders: [{ expectedMonth: '2031-04', lines: [{ quantity: 40 }] }] }),
  },
  WholesaleOrder: {
    as: 'ada',
    check: (data, reader) => {
      expect(data.createWholesaleOrder.totalCents).toBe(30_000);
      reader.noted['<the wholesale order id>'] = data.createWholesaleOrder.id;
    },
  },
  ConfirmWholesaleOrder: {
    as: 'ada',
    check: (data) => expect(data.confirmWholesaleOrder).toEqual({ status: 'CONFIRMED', lines: [{ variant: { stock: [{ onHand: 110 }] } }] }),
  },
  SetBudget: { as: 'ada' },
  OpenToBuy: {
    as: 'ada',
    check: (data) =>
      expect(data.openToBuy).toEqual([
        { month: '2031-03', category: 'Shirts', budgetCents: 500_000, committedCents: 120_000, remainingCents: 380_000 },
      ]),
  },
  StricterOverstock: { as: 'ada', check: (data) => expect(data.updateAccount.overstockCoverDays).toBe(15) },
  Overstock: {
    as: 'ada',
    check: (data) =>
      expect(data.overstock).toEqual([{ variant: { sku: 'LS-M' }, onHand: 110, dailyForecast: 3, excessUnits: 65, excessValueCents: 78_000 }]),
  },
  InventoryKpis: {
    as: 'ada',
    check: (data) => {
      const [shirts] = data.inventoryKpis;
      expect(shirts).toMatchObject({ category: 'Shirts', unitsSold: 56, unitsOnHand: 110, stockValueCents: 132_000 });
      expect(shirts.sellThroughPercent).toBeCloseTo((56 / 166) * 100);
      expect(shirts.inventoryTurnover).toBeCloseTo(56 / 110);
    },
  },
  SavePreset: { as: 'ada', check: (data) => expect(data.saveReportPreset).toEqual({ name: 'My shirts', shared: false }) },
  SaveSharedPreset: { as: 'ada', check: (data) => expect(data.saveSharedReportPreset).toEqual({ name: 'Team view', shared: true }) },
  UpdateBilling: {
    as: 'ada',
    check: (data) => expect(data.updateBilling).toEqual({ plan: 'GROWTH', monthlyPriceCents: 29_900, cardLast4: '4242' }),
  },
  Billing: { as: 'ada', check: (data) => expect(data.account.billing).toMatchObject({ plan: 'GROWTH', billingEmail: 'ada@example.com' }) },
  RunSync: {
    as: 'ada',
    check: (data) => expect(data.runSync).toMatchObject({ startedBy: { name: 'Ada Admin' }, variantCount: 1, warehouseCount: 1 }),
  },
  Guards: {
    as: 'ada',
    check: (data) => {
      const purchaseOrders = data.permissionCatalog.find((entry: { key: string }) => entry.key === 'PURCHASE_ORDERS');
      expect(purchaseOrders.guards).toContain('Mutation.sendStockOrder');
      expect(data.me).toEqual({ can: true, explain: { allowed: true, reason: 'FULL_ACCESS', grantedBy: [] } });
    },
  },
  BrandInformation: {
    as: 'ada',
    check: (data) => expect(data.updateBrandInformation).toEqual({ legalName: 'Acme Apparel Ltd', website: 'https://acme.example' }),
  },
  CreateRegionWest: {
    as: 'ada',
    check: (data, reader) => {
      reader.noted['<the region id>'] = data.createRegion.id;
    },
  },
  ConnectRetailer: {
    as: 'ada',
    check: (data, reader) => {
      expect(data.connectRetailer.region).toEqual({ name: 'West' });
      reader.noted['<the connection id>'] = data.connectRetailer.id;
    },
  },
  EditBuyers: { as: 'ada', check: (data) => expect(data.editConnectionBuyers.buyers).toEqual(['Wendy Buyer']) },
  AddStyle: {
    as: 'ada',
    check: (data, reader) => {
      reader.noted['<the style id>'] = data.addStyle.id;
    },
  },
  SetInventory: {
    as: 'ada',
    check: (data) => expect(data.setStyleInventory.inventory).toEqual([{ size: 'M', colour: 'Black', available: 10 }]),
  },
  CreateLinesheet: {
    as: 'ada',
    check: (data, reader) => {
      reader.noted['<the linesheet id>'] = data.createLinesheet.id;
    },
  },
  CreateOrder: {
    as: 'ada',
    check: (data, reader) => {
      expect(data.createOrder).toMatchObject({ status: 'DRAFT', startShip: '2031-02-01' });
      reader.noted['<the order id>'] = data.createOrder.id;
    },
  },
  AddOrderLine: { as: 'ada', check: (data) => expect(data.setOrderLine.totalCents).toBe(18_000) },
  SubmitOrder: { as: 'ada', check: (data) => expect(data.submitOrder).toEqual({ status: 'SUBMITTED', totalCents: 18_000 }) },
  InviteDelivery: {
    as: 'ada',
    check: (data) => {
      // No SMTP_URL here: every invite's email is kept and logged.
      expect(data.invites.nodes.length).toBeGreaterThan(0);
      for (const invite of data.invites.nodes) expect(invite.delivery).toMatchObject({ status: 'LOGGED', attempts: 0 });
    },
  },
  MySessions: {
    as: 'ada',
    check: (data) => {
      const sessions = data.me.sessions as Array<{ current: boolean; account: { name: string }; lastSeenAt: string | null }>;
      expect(sessions.filter((session) => session.current)).toHaveLength(1);
      expect(sessions.find((session) => session.current)).toMatchObject({ account: { name: 'Acme' }, lastSeenAt: expect.any(String) });
    },
  },
  CreateAccount: {
    as: 'ada',
    check: (data) => {
      expect(data.createAccount).toEqual({
        account: { name: 'Acme Outlet' },
        permissions: { fullAccess: true },
        accounts: [{ name: 'Acme' }, { name: 'Acme Outlet' }],
      });
    },
  },
  ChangePassword: { as: 'ada', check: (data) => expect(data.changePassword).toBe(true) },
  ForgotPassword: {
    as: null,
    check: async (data, reader) => {
      expect(data.requestPasswordReset.email).toBe('ada@example.com');
      reader.noted['<the token from the reset link>'] = await reader.server.linkToken('ada@example.com', '/reset-password');
    },
  },
  ResetPassword: {
    as: null,
    check: async (data, reader) => {
      expect(data.resetPassword).toBe(true);
      const ended = await reader.server.gql(`{ me { name } }`, {}, reader.tokens.ada);
      expect(ended.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  },
  SignInAfterReset: {
    as: null,
    check: (data, reader) => {
      reader.tokens.ada = data.login.token;
    },
  },
  ChangeEmail: {
    as: 'ada',
    check: async (data, reader) => {
      expect(data.changeEmail.email).toBe('ada@acme.example');
      reader.noted['<the token from the confirmation link>'] = await reader.server.linkToken('ada@acme.example', '/confirm-email');
    },
  },
  ConfirmEmailChange: {
    as: null,
    check: async (data, reader) => {
      expect(data.confirmEmailChange).toBe(true);
      const { me } = await reader.server.ok(`{ me { email } }`, {}, reader.tokens.ada);
      expect(me.email).toBe('ada@acme.example');
    },
  },
};

describe('README.md, run as written', () => {
  const root = resolve(import.meta.dirname, '..');
  let reader: Reader;
  let scratch: string;
  beforeAll(async () => {
    reader = { server: await startServer(), tokens: { ada: '', bob: '' }, ids: {}, noted: {}, streams: {} };
    // In the project folder, as the README says: its imports resolve and it is an ES module.
    scratch = mkdtempSync(join(root, '.readme-'));
  });
  afterAll(async () => {
    reader.script?.process.kill();
    for (const stream of Object.values(reader.streams)) stream.close();
    await reader.server.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const all = examples(README);

  it('has a step for every example, and an example for every step', () => {
    expect(all.map((example) => example.name)).toEqual(Object.keys(steps));
  });

  for (const example of all) {
    it(`${example.kind === 'ts' ? 'runs' : 'answers'} ${example.name}`, async () => {
      const step = steps[example.name];
      if (!step) throw new Error(`No step for the README example ${example.name}`);
      const token = step.as ? reader.tokens[step.as] : undefined;
      if (example.kind === 'ts') return runSnippet(example.source, token!);
      const variables = fill(example.variables ?? {});
      const isSubscription = /^\s*subscription\b/.test(example.source);
      if (isSubscription) {
        const watching = watchSubscriptions(reader.server);
        reader.streams[example.name] = await subscribeSse(reader.server, token!, example.source);
        const [topic, id] = await step.listensOn!(reader);
        await watching.until(topic, id);
        return;
      }
      const response = await reader.server.gql(example.source, variables, token);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      await step.check?.(response.data, reader);
    });
  }

  /** The Variables block with each "<…>" replaced by what the reader noted under that text. */
  function fill(variables: Record<string, unknown>) {
    return Object.fromEntries(
      Object.entries(variables).map(([name, value]) => {
        if (typeof value !== 'string' || !/^<.*>$/.test(value)) return [name, value];
        const noted = reader.noted[value];
        if (noted === undefined) throw new Error(`Nothing noted for the placeholder ${value}`);
        return [name, noted];
      }),
    );
  }

  /** Saves the snippet in the project (so its imports resolve) and runs it with tsx, like the README says. */
  async function runSnippet(source: string, token: string) {
    const file = join(scratch, 'watch.ts');
    writeFileSync(file, source);
    const watching = watchSubscriptions(reader.server);
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [file], {
      env: { ...process.env, ROSTER_URL: reader.server.roster.url.replace(/^http/, 'ws'), ROSTER_TOKEN: token },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    reader.script = { process: child, output: () => output, exited };
    await watching.until('member:permissions', reader.ids.ada!);
  }
});
