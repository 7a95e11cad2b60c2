// What other modules may read of products: the tables they join on and their row types. Nothing else
// of this module's tables is theirs to touch (a lint rule keeps imports of ./tables.js inside the module).
export { dailySales, products, stockLevels, variants, vendors, warehouses } from './tables.js';
