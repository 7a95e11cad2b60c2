// Loads every module's GraphQL types, then builds the one schema. Types live in their modules.
import { builder } from './builder.js';
import './error-enums.js';
import '../modules/permissions/types.js';
import '../modules/accounts/types.js';
import '../modules/users/types.js';
import '../modules/auth/types.js';
import '../modules/identity/types.js';
import '../modules/invites/types.js';
import '../modules/audit/types.js';
import '../modules/live/types.js';
import '../modules/products/types.js';
import '../modules/connections/types.js';
import '../modules/replenishment/types.js';
import '../modules/overstock/types.js';
import '../modules/overview/types.js';
import '../modules/open-to-buy/types.js';
import '../modules/reports/types.js';
import '../modules/billing/types.js';
import '../modules/sync/types.js';
import '../modules/purchasing/types.js';
import '../modules/wholesale/types.js';
import '../modules/brand/types.js';
import '../modules/styles/types.js';
import '../modules/linesheets/types.js';
import '../modules/orders/types.js';

export const schema = builder.toSchema({ sortSchema: true });
