import { RosterError, badInput } from '../../errors.js';
import * as validate from '../../lib/validate.js';

/**
 * Reading a stock-order CSV: `vendor,warehouse,expected_month,sku,quantity,unit_cost_cents`, one line
 * of a stock order per row. Every problem is collected as a row error (row 1 is the first data row,
 * row 0 the header), so the importer sees all of them at once; nothing here touches the database.
 */

const MAX_IMPORT_ROWS = 5000;
const MAX_IMPORT_BYTES = 1024 * 1024;

const IMPORT_COLUMNS = ['vendor', 'warehouse', 'expected_month', 'sku', 'quantity', 'unit_cost_cents'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const OPTIONAL_COLUMNS: readonly ImportColumn[] = ['unit_cost_cents'];

export interface ImportRowError {
  row: number;
  column: ImportColumn | null;
  message: string;
}

/** A data row, by column (an optional column left out of the header reads as empty). */
export type CsvRecord = { row: number } & Record<ImportColumn, string>;

/** What the account's names and SKUs resolve to, loaded by the caller. */
export interface ImportLookups {
  /** Vendor ids by name (names are not unique: more than one id means the name is ambiguous). */
  vendorIds: ReadonlyMap<string, readonly string[]>;
  warehouseIds: ReadonlyMap<string, string>;
  variants: ReadonlyMap<string, { id: string; costCents: number }>;
}

/** One valid row: a line of the stock order for its vendor, warehouse and month. */
export interface ImportLine {
  row: number;
  vendorId: string;
  warehouseId: string;
  expectedMonth: string;
  variantId: string;
  quantity: number;
  unitCostCents: number;
}

/** Splits CSV text into records (RFC 4180: quoted fields may hold commas, line breaks and "" for a quote). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw badInput('csv', 'A quoted value is never closed');
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

function headerProblems(names: string[]): string[] {
  const problems: string[] = [];
  const missing = IMPORT_COLUMNS.filter((column) => !OPTIONAL_COLUMNS.includes(column) && !names.includes(column));
  const unknown = names.filter((name) => !(IMPORT_COLUMNS as readonly string[]).includes(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (missing.length > 0) problems.push(`missing ${missing.join(', ')}`);
  if (unknown.length > 0) problems.push(`unknown ${unknown.map((name) => `"${name}"`).join(', ')}`);
  if (repeated.length > 0) problems.push(`repeated ${repeated.join(', ')}`);
  return problems;
}

/** The data rows of the CSV by column; a bad header or a row with the wrong number of values is an error. */
export function readStockOrderCsv(csv: string): { records: CsvRecord[]; errors: ImportRowError[] } {
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) throw badInput('csv', 'The CSV must be at most 1 MB');
  const [header, ...data] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const rows = data.map((cells, index) => ({ row: index + 1, cells })).filter(({ cells }) => !isBlank(cells));
  if (!header || rows.length === 0) throw badInput('csv', 'The CSV has a header but no rows to import');
  if (rows.length > MAX_IMPORT_ROWS) throw badInput('csv', `The CSV must have at most ${MAX_IMPORT_ROWS} rows`);
  const names = header.map((name) => name.trim().toLowerCase());
  const problems = headerProblems(names);
  if (problems.length > 0) {
    const message = `The header must be ${IMPORT_COLUMNS.join(',')} (unit_cost_cents may be left out): ${problems.join('; ')}`;
    return { records: [], errors: [{ row: 0, column: null, message }] };
  }
  const records: CsvRecord[] = [];
  const errors: ImportRowError[] = [];
  for (const { row, cells } of rows) {
    if (cells.length !== names.length) {
      errors.push({ row, column: null, message: `Expected ${names.length} values, found ${cells.length}` });
      continue;
    }
    const record = { row } as CsvRecord;
    for (const column of IMPORT_COLUMNS) record[column] = cells[names.indexOf(column)]?.trim() ?? '';
    records.push(record);
  }
  return { records, errors };
}

/** Runs one cell's check; a refusal becomes a row error (and the cell reads as undefined). */
function cell<T>(errors: ImportRowError[], row: number, column: ImportColumn, check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof RosterError)) throw error;
    errors.push({ row, column, message: error.message });
    return undefined;
  }
}

/** A cell read as a number: digits (with a leading minus) only, anything else reads as not a number. */
const numberIn = (value: string) => (/^-?\d+$/.test(value) ? Number(value) : Number.NaN);

function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw badInput('csv', message);
  return value;
}

function vendorId(lookups: ImportLookups, name: string) {
  const ids = found(lookups.vendorIds.get(name), `No vendor is named "${name}"`);
  if (ids.length > 1) throw badInput('csv', `${ids.length} vendors are named "${name}": rename all but one`);
  return ids[0]!;
}

/** Checks every cell of every record against the account's data; valid records become lines. */
export function importLines(records: readonly CsvRecord[], lookups: ImportLookups): { lines: ImportLine[]; errors: ImportRowError[] } {
  const lines: ImportLine[] = [];
  const errors: ImportRowError[] = [];
  const skuRows = new Map<string, number>();
  for (const record of records) {
    const { row } = record;
    const check = <T>(column: ImportColumn, read: (value: string) => T) => cell(errors, row, column, () => read(record[column]));
    const vendor = check('vendor', (name) => vendorId(lookups, validate.text('vendor', name)));
    const warehouseId = check('warehouse', (name) =>
      found(lookups.warehouseIds.get(validate.text('warehouse', name)), `No warehouse is named "${name}"`),
    );
    const expectedMonth = check('expected_month', (value) => validate.month('expected_month', value));
    const variant = check('sku', (sku) => found(lookups.variants.get(validate.text('sku', sku)), `No variant has the SKU "${sku}"`));
    const quantity = check('quantity', (value) => validate.units('quantity', numberIn(value), 1));
    const unitCost = check('unit_cost_cents', (value) => (value === '' ? null : validate.cents('unit_cost_cents', numberIn(value))));
    if (!vendor || !warehouseId || !expectedMonth || !variant || quantity === undefined || unitCost === undefined) continue;
    const line = `${vendor}|${warehouseId}|${expectedMonth}|${variant.id}`;
    const earlier = skuRows.get(line);
    if (earlier !== undefined) {
      errors.push({ row, column: 'sku', message: `Row ${earlier} already orders this SKU for the same vendor, warehouse and month` });
      continue;
    }
    skuRows.set(line, row);
    lines.push({
      row,
      vendorId: vendor,
      warehouseId,
      expectedMonth,
      variantId: variant.id,
      quantity,
      unitCostCents: unitCost ?? variant.costCents,
    });
  }
  return { lines, errors };
}
