// The GraphQL types of JOOR orders, invoices and events (registered by importing this file in src/graphql/schema.ts).
import './order-types.js';
import './mutations.js';
import './invoice-types.js';
