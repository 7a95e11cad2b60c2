import type { ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import { RosterError } from '../errors.js';

/** The only bodies a POST may carry: a cross-site form (urlencoded, multipart, text) never runs. */
const ACCEPTED_BODIES = /^application\/(json|graphql-response\+json|graphql)\b/i;

/**
 * JSON bodies only; and a body that is not JSON answers BAD_REQUEST without the parser's own error,
 * which yoga would add as `extensions.originalError`, quoting the body back.
 */
export function useJsonBodiesOnly(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.method !== 'POST') return;
      const type = request.headers.get('content-type') ?? '';
      if (!ACCEPTED_BODIES.test(type)) {
        throw new RosterError('BAD_REQUEST', 'POST a JSON body (content-type: application/json)', { http: { status: 415 } });
      }
      if (!requestParser) return;
      setRequestParser(async (parsed) => {
        try {
          return await requestParser(parsed);
        } catch (error) {
          if (!(error instanceof GraphQLError) || !error.extensions.originalError) throw error;
          throw new RosterError('BAD_REQUEST', error.message, { http: { status: 400 } });
        }
      });
    },
  };
}

/** CORS for the listed origins only; any other origin gets no CORS headers, never its own reflected. */
export function corsFor(origins: readonly string[]): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    return origin && origins.includes(origin)
      ? {
          origin: [origin],
          credentials: false,
          methods: ['GET', 'POST'],
          allowedHeaders: ['authorization', 'content-type', 'x-graphql-yoga-csrf'],
        }
      : false;
  };
}

/** Headers every response carries: no sniffing, no framing, no referrer (links carry tokens). */
export function setSecurityHeaders(res: ServerResponse, contentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'") {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('content-security-policy', contentSecurityPolicy);
}

/**
 * GraphiQL's page: its code and styles are inlined (nothing from elsewhere), its editor's workers
 * start from blob: URLs, and it calls only this server.
 */
export const GRAPHIQL_POLICY =
  "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
