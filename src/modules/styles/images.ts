import type { IncomingMessage, ServerResponse } from 'node:http';
import DataLoader from 'dataloader';
import { and, eq, inArray } from 'drizzle-orm';
import type { App } from '../../app.js';
import { type Context, clientOf, createContext } from '../../request/context.js';
import type { Loaders } from '../../request/loaders.js';
import { first } from '../../db/rows.js';
import { badInput } from '../../errors.js';
import { type StyleImageRow, styleImages } from './tables.js';

/** Where a style image is served: `/styles/images/<id>`, to signed-in members of its account. */
export const STYLE_IMAGES_PATH = '/styles/images/';

export const styleImageUrl = (id: string) => `${STYLE_IMAGES_PATH}${id}`;

/** The largest image accepted, decoded: 2 MB. */
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const startsWith = (bytes: Buffer, signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The accepted content types, each with the magic bytes its files start with. */
const IMAGE_TYPES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  'image/webp': (bytes) => startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8),
};

const IMAGE_CONTENT_TYPES = Object.keys(IMAGE_TYPES);

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * An uploaded image, checked: one of the accepted types, canonical base64 of at most 2 MB, and
 * bytes that really are of the type claimed (its magic bytes). Answers the canonical base64.
 */
export function checkedImage(contentTypeInput: string, dataBase64: string): { contentType: string; dataBase64: string; bytes: number } {
  const contentType = contentTypeInput.trim().toLowerCase();
  const matches = IMAGE_TYPES[contentType];
  if (!matches) throw badInput('contentType', `contentType must be one of ${IMAGE_CONTENT_TYPES.join(', ')}`);
  if (dataBase64.length > Math.ceil(MAX_IMAGE_BYTES / 3) * 4) throw badInput('dataBase64', 'The image must be at most 2 MB');
  if (dataBase64.length === 0 || !BASE64.test(dataBase64)) throw badInput('dataBase64', 'dataBase64 must be the image bytes in base64');
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length > MAX_IMAGE_BYTES) throw badInput('dataBase64', 'The image must be at most 2 MB');
  if (!matches(bytes)) throw badInput('dataBase64', `The data is not a ${contentType} image`);
  return { contentType, dataBase64: bytes.toString('base64'), bytes: bytes.length };
}

/**
 * GET /styles/images/<id>: the image bytes with their content type, to a signed-in member of the
 * image's account (a Bearer token, resolved as for GraphQL). Anyone else, and any unknown id,
 * gets a plain 404: whether an image exists is not revealed.
 */
export async function serveStyleImage(app: App, req: IncomingMessage, res: ServerResponse, id: string) {
  const notFound = () => res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found');
  try {
    const ctx = await createContext(app, { authorization: req.headers.authorization, client: clientOf(req) });
    if (!ctx.viewer || !id) return notFound();
    const image = await first(
      app.db.read
        .select({ contentType: styleImages.contentType, dataBase64: styleImages.dataBase64 })
        .from(styleImages)
        .where(and(eq(styleImages.id, id), eq(styleImages.accountId, ctx.viewer.account.id))),
    );
    if (!image) return notFound();
    const bytes = Buffer.from(image.dataBase64, 'base64');
    res
      .writeHead(200, {
        'content-type': image.contentType,
        'content-length': bytes.length,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      })
      .end(bytes);
  } catch (error) {
    app.logger.error('serving a style image failed', error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Unexpected error');
  }
}

/** An image as listed on a style, without its bytes (those are served at its url). */
export type StyleImageSummary = Pick<StyleImageRow, 'id' | 'styleId' | 'contentType'>;

const summaries = new WeakMap<Loaders, DataLoader<string, StyleImageSummary[]>>();

/**
 * The images of a style, oldest first, without their bytes: batched per request like the other
 * loaders (kept beside the request's loaders, which are replaced after a mutation commits).
 */
export function imagesOfStyle(ctx: Context, styleId: string): Promise<StyleImageSummary[]> {
  let loader = summaries.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (styleIds: readonly string[]) => {
      const rows = await ctx.app.db.read
        .select({ id: styleImages.id, styleId: styleImages.styleId, contentType: styleImages.contentType })
        .from(styleImages)
        .where(inArray(styleImages.styleId, [...styleIds]))
        .orderBy(styleImages.createdAt, styleImages.id);
      const byStyle = new Map<string, StyleImageSummary[]>(styleIds.map((id) => [id, []]));
      for (const row of rows) byStyle.get(row.styleId)?.push(row);
      return styleIds.map((id) => byStyle.get(id)!);
    });
    summaries.set(ctx.loaders, loader);
  }
  return loader.load(styleId);
}
