import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';

let server: TestServer;
let admin: SignedUp;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server);
});
afterAll(() => server.close());

const CREATE = `mutation ($input: CreateProductInput!) {
  createProduct(input: $input) { id name category variants { id sku costCents priceCents marginPercent } }
}`;

describe('catalog', () => {
  it('creates a product with variants; SKUs are unique in the account', async () => {
    const input = { name: 'Linen shirt', category: 'Shirts', variants: [{ sku: 'LS-S', title: 'S', costCents: 1200, priceCents: 3000 }] };
    const created = await server.ok(CREATE, { input }, admin.token);
    expect(created.createProduct.variants[0]).toMatchObject({ sku: 'LS-S', costCents: 1200, marginPercent: 60 });
    const again = await server.gql(CREATE, { input }, admin.token);
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it('a member without the catalog sees variants but not their cost: null with FORBIDDEN at its path', async () => {
    const input = { name: 'Wool socks', category: 'Socks', variants: [{ sku: 'WS-1', title: 'One size', costCents: 200, priceCents: 900 }] };
    const { createProduct } = await server.ok(CREATE, { input }, admin.token);
    const buyer = await addMember(server, admin, ['OVERVIEW']);
    const response = await server.gql(`query ($id: ID!) { user(id: $id) { id } }`, { id: buyer.userId }, buyer.token);
    expect(response.errors).toBeUndefined();
    const refused = await server.gql(`{ products { totalCount } }`, {}, buyer.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'CATALOG' });
    expect(createProduct.id).toBeTruthy();
  });
});
