import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import { graphql, ok, run } from '../kit/index.js';

let server: TestServer;
let admin: SignedUp;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server);
});
afterAll(() => server.close());

const CREATE = graphql(`
  mutation InventoryCatalogCreate($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      name
      category
      variants {
        id
        sku
        costCents
        priceCents
        marginPercent
      }
    }
  }
`);

describe('catalog', () => {
  it('creates a product with variants; SKUs are unique in the account', async () => {
    const input = { name: 'Linen shirt', category: 'Shirts', variants: [{ sku: 'LS-S', title: 'S', costCents: 1200, priceCents: 3000 }] };
    const created = await ok(server, CREATE, { input }, admin.token);
    expect(created.createProduct.variants[0]).toMatchObject({ sku: 'LS-S', costCents: 1200, marginPercent: 60 });
    const again = await run(server, CREATE, { input }, admin.token);
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it('a member without the catalog sees variants but not their cost: null with FORBIDDEN at its path', async () => {
    const input = {
      name: 'Wool socks',
      category: 'Socks',
      variants: [{ sku: 'WS-1', title: 'One size', costCents: 200, priceCents: 900 }],
    };
    const { createProduct } = await ok(server, CREATE, { input }, admin.token);
    const buyer = await addMember(server, admin, ['OVERVIEW']);
    const response = await run(
      server,
      graphql(`
        query InventoryCatalogUser($id: ID!) {
          user(id: $id) {
            id
          }
        }
      `),
      { id: buyer.userId },
      buyer.token,
    );
    expect(response.errors).toBeUndefined();
    const refused = await run(
      server,
      graphql(`
        query InventoryCatalogProducts {
          products {
            totalCount
          }
        }
      `),
      {},
      buyer.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'CATALOG' });
    expect(createProduct.id).toBeTruthy();
  });

  it('a Purchase-orders member finds and reads the products and variants it orders, without the fields other sets guard', async () => {
    const input = {
      name: 'Cotton cap',
      category: 'Hats',
      variants: [{ sku: 'CC-1', title: 'One size', costCents: 300, priceCents: 1100 }],
    };
    const { createProduct } = await ok(server, CREATE, { input }, admin.token);
    const buyer = await addMember(server, admin, ['PURCHASE_ORDERS'], 'Pru Purchaser');
    const FIND = graphql(`
      query InventoryCatalogFind($category: String) {
        products(category: $category) {
          totalCount
          nodes {
            id
            name
            category
            variants {
              id
              sku
              title
              priceCents
              product {
                name
              }
            }
          }
        }
      }
    `);
    const found = await run(server, FIND, { category: 'Hats' }, buyer.token);
    expect(found.errors).toBeUndefined();
    expect(found.data!.products).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: createProduct.id,
          name: 'Cotton cap',
          category: 'Hats',
          variants: [
            { id: createProduct.variants[0]!.id, sku: 'CC-1', title: 'One size', priceCents: 1100, product: { name: 'Cotton cap' } },
          ],
        },
      ],
    });
    const variantId = createProduct.variants[0]!.id;
    expect(
      (
        await ok(
          server,
          graphql(`
            query InventoryCatalogVariant($id: ID!) {
              variant(id: $id) {
                sku
              }
            }
          `),
          { id: variantId },
          buyer.token,
        )
      ).variant,
    ).toEqual({ sku: 'CC-1' });
    // The catalog's own figures and Replenishment's forecast stay theirs: null with FORBIDDEN at each path.
    const guarded = await run(
      server,
      graphql(`
        query InventoryCatalogVariant2($id: ID!) {
          variant(id: $id) {
            sku
            costCents
            marginPercent
            stock {
              onHand
            }
            forecastMonthlyUnits
          }
        }
      `),
      { id: variantId },
      buyer.token,
    );
    expect(guarded.data!.variant).toEqual({ sku: 'CC-1', costCents: null, marginPercent: null, stock: null, forecastMonthlyUnits: null });
    expect(guarded.errors?.map((error) => [error.path?.at(-1), error.extensions?.capability])).toEqual([
      ['costCents', 'CATALOG'],
      ['marginPercent', 'CATALOG'],
      ['stock', 'CATALOG'],
      ['forecastMonthlyUnits', 'REPLENISHMENT'],
    ]);
    // Writing the catalog stays with the catalog.
    const write = await run(server, CREATE, { input: { ...input, variants: [{ ...input.variants[0]!, sku: 'CC-2' }] } }, buyer.token);
    expect(write.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'CATALOG' });
  });
});
