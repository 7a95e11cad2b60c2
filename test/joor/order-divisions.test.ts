import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, signUp, startServer } from '../harness.js';
import { CANCEL_STYLE, MERGE, type Retail, ordersApi, seedRetail, setDivision } from './order-fixtures.js';
import { graphql, ok, run } from '../kit/index.js';

// "Allow Edit Division Options": the division setting decides whether one order may hold styles of
// several divisions, on every path that adds lines to an order and when a draft is placed.

let server: TestServer;
let admin: SignedUp;
let plain: SignedUp;
let api: ReturnType<typeof ordersApi>;
let retail: Retail;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Divided Co');
  plain = await addMember(server, admin, [], 'Pia Plain');
  api = ordersApi(server);
  retail = await seedRetail(server, admin);
  // Dress and coat are in two divisions; the scarf is in none, and goes with either.
  await setDivision(server, admin, retail.dress, 'Women');
  await setDivision(server, admin, retail.coat, 'Outerwear');
});
afterAll(() => server.close());

const SETTING = graphql(`
  mutation OrderDivisionsSetting($on: Boolean!) {
    updateDivisionSettings(multipleDivisionsPerOrder: $on) {
      multipleDivisionsPerOrder
    }
  }
`);
const allowSeveral = async (on: boolean) =>
  expect((await ok(server, SETTING, { on }, admin.token)).updateDivisionSettings.multipleDivisionsPerOrder).toBe(on);

/** A DRAFT order of `retail` with the lines given ([styleId, quantity], size M, colour Red). */
async function draft(lines: Array<[string, number]>) {
  const order = await api.create(admin, retail);
  for (const [styleId, quantity] of lines) expect((await api.setLine(admin, order.id, styleId, quantity)).errors).toBeUndefined();
  return order.id as string;
}

const styleNames = async (id: string) =>
  (await api.read(admin, id)).lines.map((line: { style: { name: string }; quantity: number; cancelled: boolean }) => [
    line.style.name,
    line.quantity,
    line.cancelled,
  ]);

function expectOneDivision(response: GraphQLResponse) {
  expect(response.data).toBeNull();
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'ONE_DIVISION_PER_ORDER' });
}

describe('with the setting off (the default), an order holds styles of one division', () => {
  it('setOrderLine refuses a style of another division; more of a held style, or a style in no division, is fine', async () => {
    const id = await draft([[retail.dress, 1]]);
    expectOneDivision(await api.setLine(plain, id, retail.coat, 1));
    expectOneDivision(await api.setLine(admin, id, retail.coat, 1)); // a setting: full access does not lift it
    expect((await api.setLine(plain, id, retail.dress, 2)).errors).toBeUndefined();
    expect((await api.setLine(plain, id, retail.scarf, 1)).errors).toBeUndefined();
    expect(await styleNames(id)).toEqual([
      ['Dress', 2, false],
      ['Scarf', 1, false],
    ]);
  });

  it('mergeOrders refuses a source of another division, and changes neither order', async () => {
    const target = await draft([[retail.dress, 1]]);
    const source = await draft([[retail.coat, 1]]);
    expectOneDivision(await run(server, MERGE, { target, source }, plain.token));
    expect(await styleNames(target)).toEqual([['Dress', 1, false]]);
    expect((await api.read(admin, source)).status).toBe('DRAFT');
    const sameDivision = await draft([
      [retail.dress, 2],
      [retail.scarf, 1],
    ]);
    expect((await run(server, MERGE, { target, source: sameDivision }, plain.token)).errors).toBeUndefined();
  });

  it('cancelOrderStyle refuses a replacement of another division than the styles left; replacing the only one is fine', async () => {
    const id = await draft([
      [retail.dress, 1],
      [retail.scarf, 1],
    ]);
    const replace = (styleId: string, replacementStyleId: string) =>
      run(server, CANCEL_STYLE, { input: { orderId: id, styleId, replacementStyleId } }, plain.token);
    expectOneDivision(await replace(retail.scarf, retail.coat));
    expect(await styleNames(id)).toEqual([
      ['Dress', 1, false],
      ['Scarf', 1, false],
    ]);
    expect((await replace(retail.dress, retail.coat)).errors).toBeUndefined();
    expect(await styleNames(id)).toEqual([
      ['Dress', 1, true],
      ['Scarf', 1, false],
      ['Coat', 1, false],
    ]);
  });

  it('submitOrder refuses a draft that mixes divisions (written while the setting was on)', async () => {
    await allowSeveral(true);
    const mixed = await draft([
      [retail.dress, 1],
      [retail.coat, 1],
    ]);
    await allowSeveral(false);
    expectOneDivision(await api.run(admin, 'submitOrder', mixed));
    expect((await api.read(admin, mixed)).status).toBe('DRAFT');
    await allowSeveral(true);
    expect((await api.run(plain, 'submitOrder', mixed)).data.submitOrder.status).toBe('SUBMITTED');
    await allowSeveral(false);
  });
});

describe('with the setting on, an order mixes divisions on every path', () => {
  it('adds, merges, replaces and submits styles of several divisions', async () => {
    await allowSeveral(true);
    const id = await draft([[retail.dress, 1]]);
    expect((await api.setLine(plain, id, retail.coat, 1)).errors).toBeUndefined();
    const source = await draft([[retail.coat, 1]]);
    expect((await run(server, MERGE, { target: id, source }, plain.token)).errors).toBeUndefined();
    expect(
      (await run(server, CANCEL_STYLE, { input: { orderId: id, styleId: retail.coat, replacementStyleId: retail.scarf } }, plain.token))
        .errors,
    ).toBeUndefined();
    expect((await api.setLine(plain, id, retail.coat, 3, { colour: 'Black' })).errors).toBeUndefined();
    expect((await api.run(plain, 'submitOrder', id)).data.submitOrder.status).toBe('SUBMITTED');
    await allowSeveral(false);
  });
});
