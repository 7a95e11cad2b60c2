import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, type TestServer, addMember, signUp, startServer } from './harness.js';
import { graphql, Kit, ok } from './kit/index.js';
import * as op from './kit/operations.js';

// No N+1: the number of SQL statements a request runs must not grow with the rows it returns.
describe('SQL statements per request', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  const USERS = graphql(`
    query StatementsUsers {
      users(first: 100) {
        totalCount
        nodes {
          id
          name
          email
          status
          joinedAt
          deletedBy {
            name
          }
          permissions {
            fullAccess
            permissions
            capabilities
          }
        }
      }
    }
  `);
  const AUDIT = graphql(`
    query StatementsAudit {
      auditLog(first: 100) {
        nodes {
          action
          actor {
            name
            email
          }
          target {
            name
          }
          invite {
            email
            invitedBy {
              name
            }
          }
        }
      }
    }
  `);

  const AUDIT_FIVE = graphql(`
    query StatementsAuditFive {
      auditLog(first: 5) {
        nodes {
          action
          actor {
            name
            email
          }
          target {
            name
          }
          invite {
            email
            invitedBy {
              name
            }
          }
        }
      }
    }
  `);

  const statementsFor = async (query: typeof USERS | typeof AUDIT | typeof AUDIT_FIVE) => {
    const before = server.roster.app.db.statements.count;
    await ok(server, query as TypedDocumentNode<unknown, Record<string, never>>, {}, admin.token);
    return server.roster.app.db.statements.count - before;
  };

  const growTo = async (members: number) => {
    const { totalCount } = (
      await ok(
        server,
        graphql(`
          query StatementsUsers2 {
            users {
              totalCount
            }
          }
        `),
        {},
        admin.token,
      )
    ).users;
    for (let i = totalCount; i < members; i++) {
      await addMember(server, admin, i % 2 ? ['OVERVIEW', 'RESTRICT_DELETE_STYLES'] : ['REPLENISHMENT'], `Member ${i}`);
    }
  };

  it('users: the same count with 10 and with 100 members', async () => {
    await growTo(10);
    const withTen = await statementsFor(USERS);
    await growTo(100);
    const withHundred = await statementsFor(USERS);
    const data = await ok(server, USERS, {}, admin.token);
    expect(data.users.nodes).toHaveLength(100);
    expect(data.users.totalCount).toBe(100);
    console.log(`statements: ${withTen} with 10 members, ${withHundred} with 100`);
    expect(withHundred).toBe(withTen);
    // the viewer (session, member, account and keys in one), page, count, people, member permissions;
    // the members' account is the caller's, primed with the viewer
    expect(withHundred).toBeLessThanOrEqual(5);
  });

  it('auditLog: 100 entries with actors, targets and invites in a constant number of statements', async () => {
    const small = await statementsFor(AUDIT_FIVE);
    const large = await statementsFor(AUDIT);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });
});

// A guarded list with its relations: stock orders with their lines, variants, products, vendors,
// warehouses and creators. Deciding the guards (type-level and field-level) costs no statement.
describe('SQL statements of a guarded list', () => {
  let kit: Kit;
  beforeAll(async () => {
    kit = await Kit.start('Statements Co');
  });
  afterAll(() => kit.close());

  const ORDERS = graphql(`
    query StatementsOrders($first: Int) {
      stockOrders(first: $first) {
        nodes {
          status
          totalCents
          createdBy {
            name
            email
          }
          vendor {
            name
            email
          }
          warehouse {
            name
          }
          lines {
            quantity
            variant {
              sku
              costCents
              product {
                name
                category
                vendor {
                  name
                }
              }
              stock {
                onHand
                warehouse {
                  name
                }
              }
            }
          }
        }
      }
    }
  `);

  const statementsFor = async (first: number) => {
    const before = kit.server.roster.app.db.statements.count;
    const data = await ok(kit.server, ORDERS, { first }, kit.admin.token);
    return { count: kit.server.roster.app.db.statements.count - before, orders: data.stockOrders.nodes.length };
  };

  it('stockOrders: 100 orders with two lines each in the same number of statements as 5', async () => {
    const { createWarehouse } = await kit.ok(op.CreateWarehouse, { name: 'Depot' });
    for (let v = 0; v < 10; v++) {
      const { createVendor } = await kit.ok(op.CreateVendor, { input: { name: `Vendor ${v}`, leadTimeDays: 5 } });
      const { createProduct } = await kit.ok(op.CreateProduct, {
        input: {
          name: `Product ${v}`,
          category: 'Tops',
          vendorId: createVendor.id,
          variants: [0, 1].map((i) => ({ sku: `P${v}-${i}`, title: `${i}`, costCents: 100, priceCents: 300 })),
        },
      });
      for (let o = 0; o < 10; o++) {
        const { createStockOrder } = await kit.ok(op.CreateStockOrder, {
          input: { vendorId: createVendor.id, warehouseId: createWarehouse.id, expectedMonth: '2031-05' },
        });
        for (const variant of createProduct.variants) {
          await kit.ok(op.SetStockOrderLine, { input: { stockOrderId: createStockOrder.id, variantId: variant.id, quantity: 2 } });
        }
      }
    }
    const five = await statementsFor(5);
    const hundred = await statementsFor(100);
    expect(hundred.orders).toBe(100);
    console.log(`stockOrders: ${five.count} statements for 5 orders, ${hundred.count} for 100`);
    expect(hundred.count).toBe(five.count);
    // viewer, page, creators, people, vendors (of orders and products, one batch), warehouses, lines,
    // variants, products, stock levels: one each, whatever the number of rows.
    expect(hundred.count).toBeLessThanOrEqual(10);
  });
});
