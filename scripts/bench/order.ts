// Figure 11: a JOOR order, Roster's biggest document, read whole: its lines with their styles and
// inventory, and the invoice issued for it. Built through the API as an admin would build it.
import { join } from 'node:path';
import { graphql } from './load.js';
import { ADMIN_TOKEN } from './seed.js';
import { countStatements, withRosterInProcess } from './statements.js';

/** The order with every line's style and inventory, and the account's invoices with their orders. */
export const orderQuery = (orderId: string) => `{
  order(id: "${orderId}") {
    poNumber status subtotalCents totalCents connection { retailerName } linesheet { name }
    lines { size colour quantity totalCents style { styleNumber name wholesalePriceCents inventory { size colour available } } }
  }
  invoices(first: 10) { nodes { number amountCents order { id poNumber } } }
}`;

/** Whether an answer to `orderQuery` holds `lines` lines, each with its style's inventory, and an invoice. */
export const isWholeOrder = (lines: number) => (data: any) =>
  data.order.lines.length === lines &&
  data.order.lines.every((line: any) => line.style.inventory.length === 1) &&
  data.invoices.nodes.length > 0;

/**
 * An approved, invoiced order of `lines` lines, each of its own style with inventory, on a new
 * retailer and linesheet of the admin's account (Wholesale switched on). Returns the order's id.
 */
export async function buildOrder(url: string, lines: number, tag: string): Promise<string> {
  const ask = <T = any>(query: string, variables?: object) => graphql<T>(url, query, ADMIN_TOKEN, variables);
  await ask('mutation { updateAccount(input: { wholesaleEnabled: true }) { id } }');
  const { connectRetailer } = await ask(`mutation { connectRetailer(retailerName: "Bench retailer ${tag}") { id } }`);
  const styleIds: string[] = [];
  for (let i = 0; i < lines; i++) {
    const { addStyle } = await ask(
      `mutation { addStyle(input: { styleNumber: "${tag}-${i}", name: "Bench style ${i}", wholesalePriceCents: ${1000 + i} }) { id } }`,
    );
    await ask(`mutation { setStyleInventory(input: { styleId: "${addStyle.id}", size: "M", colour: "Black", available: 500 }) { id } }`);
    styleIds.push(addStyle.id);
  }
  const { createLinesheet } = await ask(
    'mutation ($styleIds: [ID!]!, $name: String!) { createLinesheet(input: { kind: ADMIN, name: $name, startShip: "2031-02-01", deliveryDates: ["2031-02-15"], styleIds: $styleIds }) { id } }',
    { styleIds, name: `Bench ${tag}` },
  );
  const { createOrder } = await ask(
    `mutation { createOrder(input: { connectionId: "${connectRetailer.id}", linesheetId: "${createLinesheet.id}" }) { id } }`,
  );
  for (const styleId of styleIds) {
    await ask(
      `mutation { setOrderLine(input: { orderId: "${createOrder.id}", styleId: "${styleId}", size: "M", colour: "Black", quantity: 3 }) { id } }`,
    );
  }
  await ask(`mutation { submitOrder(id: "${createOrder.id}") { id } }`);
  await ask(`mutation { approveOrder(id: "${createOrder.id}") { id } }`);
  await ask(`mutation { invoiceOrder(orderId: "${createOrder.id}") { id } }`);
  return createOrder.id;
}

/** SQL statements `orderQuery` runs for an order of each number of lines, counted in this process. */
export async function orderStatements(dir: string, sizes: number[]): Promise<number[]> {
  return withRosterInProcess(join(dir, 'statements-orders.db'), 1, async (roster) => {
    const counts: number[] = [];
    for (const lines of sizes) {
      const query = orderQuery(await buildOrder(roster.url, lines, `S${lines}`));
      const { data, statements } = await countStatements(roster, query);
      if (!isWholeOrder(lines)(data)) throw new Error(`the order of ${lines} lines came back incomplete`);
      counts.push(statements);
    }
    return counts;
  });
}
