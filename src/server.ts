import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { type App, type AppOptions, createApp } from './app.js';
import { type Config, SettingError } from './config.js';
import { type Context, createContext } from './context.js';
import { useInputErrorCodes } from './input-errors.js';
import { watchInviteExpiry } from './modules/invites/expiry.js';
import { contextSourceOf, serveWebSockets } from './modules/live/websocket.js';
import { acceptInvitePage } from './modules/invites/accept-page.js';
import { schema } from './schema.js';

const GRAPHIQL_EXAMPLE = `# Welcome to Roster. Sign up, then copy the token into the Headers tab:
# { "Authorization": "Bearer <token>" }
mutation SignUp {
  signUp(input: { accountName: "Acme", name: "Ada Admin", email: "ada@example.com", password: "correct horse" }) {
    token
    me { name account { name } permissions { fullAccess } }
  }
}
`;

export function createRosterYoga(app: App, options: { schema?: GraphQLSchema } = {}) {
  return createYoga<{}, Context>({
    schema: options.schema ?? schema,
    context: (initial) => createContext(app, contextSourceOf(initial)),
    graphiql: { title: 'Roster', defaultQuery: GRAPHIQL_EXAMPLE },
    // Anything that is not a typed RosterError reaches clients as "Unexpected error." with no details.
    maskedErrors: true,
    plugins: [useInputErrorCodes()],
    logging: app.logger,
  });
}

/** Listens on `port`; a port that is taken or not allowed is a PORT problem. */
function listen(server: Server, port: number) {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be listened on (${error.code ?? error.message})`;
      reject(new SettingError('PORT', `${port} ${why}: set PORT to a free port, or 0 for any`));
    });
    server.listen(port, resolve);
  });
}

export interface Roster {
  readonly app: App;
  readonly server: Server;
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql */
  readonly url: string;
  close(): Promise<void>;
}

/** Opens (and migrates) the database and serves GraphQL on `config.port` (0 picks a free port). */
export interface RosterOptions extends AppOptions {
  /**
   * Another schema from the same builder; only the benchmark uses it, to measure authorization by
   * serving `builder.toSchema({ disableScopeAuth: true })` beside the real one.
   */
  schema?: GraphQLSchema;
}

export async function startRoster(config: Config, options: RosterOptions = {}): Promise<Roster> {
  const app = createApp(config, options);
  const yoga = createRosterYoga(app, options);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/invite') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(acceptInvitePage);
    } else if (path === '/') {
      res.writeHead(302, { location: yoga.graphqlEndpoint }).end();
    } else {
      yoga(req, res);
    }
  });
  try {
    await listen(server, config.port);
  } catch (error) {
    app.db.close();
    throw error;
  }
  const sockets = serveWebSockets(app, server, yoga);
  const stopExpiryWatch = watchInviteExpiry(app, config.inviteExpiryCheckSeconds);
  const { port } = server.address() as AddressInfo;
  return {
    app,
    server,
    url: `http://localhost:${port}${yoga.graphqlEndpoint}`,
    close: async () => {
      stopExpiryWatch();
      await sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      app.db.close();
    },
  };
}
