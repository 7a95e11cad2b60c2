import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, docsPages, read, readingOrder } from './docs-pages.js';
import { type TestServer, startServer } from './harness.js';
import { subscribeSse, watchSubscriptions } from './live-harness.js';

/**
 * The documentation runs as written. Every GraphQL operation of README.md and of the pages under
 * docs/ (fenced `graphql` blocks, and operations written inline in backticks) and every script
 * (fenced `ts` blocks) run here, in the order a reader meets them: the README, then its pages in the
 * order its "Documentation" section lists them, against one real server with a fresh database.
 *
 * Conventions, as the pages state them to their readers:
 * - every operation is named, and `steps` below says, by that name, whose token the reader has in
 *   the Headers tab and what they check or note from the answer;
 * - a value from an earlier answer is passed as a variable: the `json` block after the operation
 *   holds its Variables, each `"<…>"` placeholder being filled with what an earlier step noted
 *   under exactly that text (as a reader copies an id from one answer into the next request);
 * - a subscription stays open (over SSE, as GraphiQL does) and later steps read its events;
 * - a script says, in the text just before it, where to save it ("save this as `watch.ts` in the
 *   project folder") and how to run it (`ROSTER_TOKEN=<token> npx tsx watch.ts`): it is saved and
 *   run exactly so, `<token>` being the token of its step's reader, and `ROSTER_URL` pointing its
 *   default (`http://localhost:4000/graphql` or `ws://…`) at the test server.
 * An example without a step, or a step without its example, fails the test.
 */

interface Example {
  kind: 'graphql' | 'script';
  /** The operation's name, or the script's file name (`watch.ts`). */
  name: string;
  /** The page it is on. */
  page: string;
  source: string;
  /** The Variables block that follows an operation with variables. */
  variables?: Record<string, unknown>;
  /** How a script is run, as its page says: `ROSTER_TOKEN=<token> npx tsx watch.ts`. */
  command?: string;
}

/** Every example of one page, in reading order. */
function examples(page: string, markdown: string): Example[] {
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
    if (!definition.name) throw new Error(`${page}: operation without a name: ${source}`);
    return { kind: 'graphql', name: definition.name.value, page, source };
  };
  /** The text since the previous fence: where a script's page says how to save and run it. */
  let prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)```(\w*)\s*$/.exec(lines[i]!);
    if (!fence) {
      prose.push(lines[i]!);
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
      if (!example) throw new Error(`${page}: graphql block that is not one operation:\n${source}`);
      found.push(example);
    } else if (lang === 'json' && found.at(-1)?.kind === 'graphql' && !found.at(-1)!.variables) {
      found.at(-1)!.variables = JSON.parse(source);
    } else if (lang === 'ts') {
      const text = prose.join('\n').replace(/\s+/g, ' ');
      const name = /save (?:this|it) as `([^`]+)` in the project folder/i.exec(text)?.[1];
      if (!name) throw new Error(`${page}: a ts block whose text does not say "save this as \`<file>\` in the project folder":\n${source}`);
      const command = [...text.matchAll(/`((?:[A-Z_]+=\S+ )*npx tsx (\S+))`/g)].find((match) => match[2] === name)?.[1];
      if (!command) throw new Error(`${page}: ${name} has no run command (\`npx tsx ${name}\`) in the text before it`);
      found.push({ kind: 'script', name, page, source, command });
    }
    prose = [];
  }
  return found;
}

/** What the reader has at hand: tokens for the Headers tab, noted values, open subscriptions. */
interface Reader {
  server: TestServer;
  tokens: Record<'ada' | 'bob', string>;
  ids: Record<string, string>;
  /** Values noted from answers, by the placeholder text the pages use for them. */
  noted: Record<string, string>;
  streams: Record<string, Awaited<ReturnType<typeof subscribeSse>>>;
  /** Scripts started, by file name. */
  scripts: Record<string, { process: ChildProcess; output: () => string; exited: Promise<number | null> }>;
}

interface Step {
  /** Whose token is in the Headers tab (or, for a script, is its `<token>`); null for public operations. */
  as: 'ada' | 'bob' | null;
  /** For a subscription, or a script that subscribes: the server topic it must be listening on before the next step. */
  listensOn?: (reader: Reader) => Promise<[topic: 'member:permissions' | 'account:membership', id: string]>;
  check?: (data: any, reader: Reader) => void | Promise<void>;
}

const nextEvent = async (reader: Reader, stream: string, field: string) => {
  const received = await reader.streams[stream]!.results.next();
  expect(received.errors, JSON.stringify(received.errors)).toBeUndefined();
  return received.data[field];
};

/** Output of a script, waited for up to three seconds. */
async function scriptPrints(reader: Reader, name: string, pattern: RegExp) {
  const script = reader.scripts[name]!;
  for (let waited = 0; !pattern.test(script.output()); waited += 20) {
    if (waited > 3000) throw new Error(`${name} did not print ${pattern}; it printed:\n${script.output()}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

const steps: Record<string, Step> = {
  // README.md
  FirstQuery: {
    as: null,
    check: (data) => {
      expect(data.permissionCatalog).toHaveLength(64);
      expect(data.permissionCatalog[0]).toEqual({
        key: 'FULL_ACCESS',
        name: 'Full access',
        kind: 'PERMISSION_SET',
        category: 'PERMISSION_SETS',
      });
      expect(data.permissionCatalog.at(-1)).toMatchObject({ kind: 'RESTRICT', category: 'STYLES' });
    },
  },
  // docs/getting-started.md
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
      expect(data.updateUserPermissions.permissions).toMatchObject({
        fullAccess: false,
        permissions: ['REPLENISHMENT', 'RESTRICT_DELETE_STYLES'],
      });
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
  // docs/api-and-clients.md
  'try-client.ts': {
    as: null,
    check: async (_data, reader) => {
      const script = reader.scripts['try-client.ts']!;
      expect(await script.exited, script.output()).toBe(0);
      const output = script.output();
      expect(output).toContain('Ada Admin: full access true\ninvited cleo@example.com: PENDING\nPERMISSION_SETS\n');
      expect(output).toContain('  [x] Overview (PERMISSION_SET): +OVERVIEW\n');
      expect(output).toContain('  [ ] Restrict Edit Styles data (RESTRICT): −EDIT_STYLES\n');
      expect(output.match(/^ {2}\[[x ]\] /gm)).toHaveLength(64);
    },
  },
  // docs/live-permissions.md
  'watch.ts': { as: 'ada', listensOn: async (reader) => ['member:permissions', reader.ids.ada!] },
  EnableWholesale: {
    as: 'ada',
    check: async (data, reader) => {
      expect(data.updateAccount).toEqual({ name: 'Acme', wholesaleEnabled: true });
      await scriptPrints(reader, 'watch.ts', /"cause":"ACCOUNT_FEATURES_CHANGED","capabilitiesAdded":\["WHOLESALE"\]/);
    },
  },
  LogOut: {
    as: 'ada',
    check: async (data, reader) => {
      expect(data.logout).toBe(true);
      const watch = reader.scripts['watch.ts']!;
      expect(await watch.exited).toBe(0);
      expect(watch.output()).toMatch(/"sessionEnded":"LOGOUT"\}\nstream ended\n$/);
    },
  },
  // docs/inventory-planner.md
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
        {
          variant: { sku: 'LS-M' },
          warehouse: { name: 'Main' },
          onHand: 20,
          onOrder: 0,
          dailyForecast: 2,
          leadTimeDays: 10,
          suggestedQuantity: 60,
        },
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
    check: (data) =>
      expect(data.importStockOrders).toEqual({ errors: [], stockOrders: [{ expectedMonth: '2031-04', lines: [{ quantity: 40 }] }] }),
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
    check: (data) =>
      expect(data.confirmWholesaleOrder).toEqual({ status: 'CONFIRMED', lines: [{ variant: { stock: [{ onHand: 110 }] } }] }),
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
      expect(data.overstock).toEqual([
        { variant: { sku: 'LS-M' }, onHand: 110, dailyForecast: 3, excessUnits: 65, excessValueCents: 78_000 },
      ]),
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
  // docs/joor.md
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
  // docs/your-login.md
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
  // docs/email.md
  InviteDelivery: {
    as: 'ada',
    check: (data) => {
      // No SMTP_URL here: every invite's email is kept and logged.
      expect(data.invites.nodes.length).toBeGreaterThan(0);
      for (const invite of data.invites.nodes) expect(invite.delivery).toMatchObject({ status: 'LOGGED', attempts: 0 });
    },
  },
};

describe('the README and docs/, run as written', () => {
  let reader: Reader;
  /** The scripts saved in the project folder, removed afterwards. */
  const saved = new Set<string>();
  beforeAll(async () => {
    reader = { server: await startServer(), tokens: { ada: '', bob: '' }, ids: {}, noted: {}, streams: {}, scripts: {} };
  });
  afterAll(async () => {
    for (const script of Object.values(reader.scripts)) script.process.kill();
    for (const stream of Object.values(reader.streams)) stream.close();
    await reader.server.close();
    for (const file of saved) rmSync(file, { force: true });
  });

  const order = readingOrder();
  const all = order.flatMap((page) => examples(page, read(page)));

  it('walks every page: the README lists every page under docs/', () => {
    expect(order.slice(1).sort()).toEqual(docsPages());
  });

  it('has a step for every example, and an example for every step', () => {
    expect(all.map((example) => example.name)).toEqual(Object.keys(steps));
  });

  for (const example of all) {
    it(`${example.kind === 'script' ? 'runs' : 'answers'} ${example.name} (${example.page})`, async () => {
      const step = steps[example.name];
      if (!step) throw new Error(`No step for the example ${example.name} of ${example.page}`);
      const token = step.as ? reader.tokens[step.as] : undefined;
      if (example.kind === 'script') return runScript(example, step, token);
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

  /** A "<…>" placeholder, replaced by what the reader noted under that text. */
  function noted(value: string) {
    const found = reader.noted[value];
    if (found === undefined) throw new Error(`Nothing noted for the placeholder ${value}`);
    return found;
  }

  /** The Variables block with each "<…>" replaced by what the reader noted under that text. */
  function fill(variables: Record<string, unknown>) {
    return Object.fromEntries(
      Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' && /^<.*>$/.test(value) ? noted(value) : value]),
    );
  }

  /**
   * Saves the script in the project folder under the name its page gives (so that its imports
   * resolve, and it is an ES module), and runs the page's command there: its `NAME=value` settings
   * (`<token>` being the step's reader's token), then `npx tsx <file>`.
   */
  async function runScript(example: Example, step: Step, token: string | undefined) {
    const words = example.command!.split(' ');
    const env: Record<string, string> = {};
    while (/^[A-Z_]+=/.test(words[0]!)) {
      const [name, value] = words.shift()!.split(/=(.*)/) as [string, string];
      env[name] = value === '<token>' ? token! : /^<.*>$/.test(value) ? noted(value) : value;
    }
    expect(words).toEqual(['npx', 'tsx', example.name]);
    // The page's server is http://localhost:4000; this one is on a port of its own.
    const address = /process\.env\.ROSTER_URL \?\? '(https?|wss?):\/\/localhost:4000\/graphql'/.exec(example.source)?.[1];
    if (address) env.ROSTER_URL = reader.server.roster.url.replace(/^http/, address.startsWith('ws') ? 'ws' : 'http');
    const file = join(ROOT, example.name);
    writeFileSync(file, example.source);
    saved.add(file);
    const watching = watchSubscriptions(reader.server);
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [example.name], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    reader.scripts[example.name] = { process: child, output: () => output, exited };
    if (step.listensOn) {
      const [topic, id] = await step.listensOn(reader);
      await watching.until(topic, id);
    }
    await step.check?.(undefined, reader);
  }
});
