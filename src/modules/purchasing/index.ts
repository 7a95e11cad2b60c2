// What other modules may read of purchasing: the tables they join on and their row types. Nothing else
// of this module's tables is theirs to touch (a lint rule keeps imports of ./tables.js inside the module).
export { stockOrderLines, stockOrders } from './tables.js';
