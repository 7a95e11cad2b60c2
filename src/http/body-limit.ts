import { type Plugin, createGraphQLError } from 'graphql-yoga';

const tooLarge = () =>
  createGraphQLError('Request body too large', { extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } } });

/**
 * MAX_REQUEST_BODY_BYTES. A declared length over the limit is refused (413) before the body is read;
 * a body with a valid Content-Length is then read as it is, since Node's HTTP parser never hands on
 * more bytes than that; only a body of unknown length (chunked) is counted as it arrives. yoga's own
 * limit pipes every body through a counting stream, and that pipe (its stream, abort controller and
 * DOMException) was a tenth of a small request's CPU.
 */
export function useBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!/^\d+$/.test(declared))
          throw createGraphQLError('Content-Length header is invalid.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        if (Number(declared) > limit) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((unknownLength) => requestParser(counted(unknownLength, limit, fetchAPI)));
    },
  };
}

/** The request with its body counted as it is read, failing past `limit` bytes. */
function counted(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  let read = 0;
  // A native body needs the native TransformStream; the ponyfill's otherwise.
  const Counter = request.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  const body = request.body!.pipeThrough(
    new Counter<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body,
    duplex: 'half',
  } as RequestInit);
}
