import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { RosterError } from '../errors.js';
import * as validate from './validate.js';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

const KEY_LENGTH = 32;
const BLOCK_SIZE = 8;

/**
 * Hashing is bounded: at most `concurrency` scrypt runs at once (each holds 128 MiB and a libuv
 * thread at cost 17), at most `queue` wait for a turn, and the rest are refused at once, so a flood
 * of sign-ins can neither exhaust memory nor starve other work of the thread pool.
 */
const gate = { concurrency: 2, queue: 32, running: 0, waiting: [] as Array<() => void>, refused: 0 };

/** Hashes running, checks waiting for a turn, and checks refused so far (the process's, for the metrics). */
export const passwordHashing = () => ({ running: gate.running, waiting: gate.waiting.length, refused: gate.refused });

export function limitPasswordHashing(concurrency: number, queue: number) {
  gate.concurrency = concurrency;
  gate.queue = queue;
}

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (gate.running >= gate.concurrency) {
    if (gate.waiting.length >= gate.queue) {
      gate.refused++;
      throw new RosterError('RATE_LIMITED', 'The server is busy checking passwords: try again in a moment', { retryAfterSeconds: 1 });
    }
    // A finishing run hands its turn over directly, so nobody can slip in between.
    await new Promise<void>((resolve) => gate.waiting.push(resolve));
  } else {
    gate.running++;
  }
  try {
    return await work();
  } finally {
    const next = gate.waiting.shift();
    if (next) next();
    else gate.running--;
  }
}

const derive = (password: string, salt: Buffer, logN: number) => {
  const N = 2 ** logN;
  return inTurn(() => scryptAsync(password, salt, KEY_LENGTH, { N, r: BLOCK_SIZE, p: 1, maxmem: 256 * N * BLOCK_SIZE }));
};

/**
 * scrypt with its cost stored beside the hash (`scrypt$logN$salt$key`), so raising the cost later
 * keeps old hashes verifiable. `logN` 17 is OWASP's recommendation (128 MiB, r=8, p=1).
 */
export async function hashPassword(password: string, logN: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, logN);
  return ['scrypt', logN, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * A well-formed hash at cost `logN` that no password matches (its key is random, not derived):
 * checking a password against it costs what checking a real one does, and making it costs nothing.
 */
export const unmatchableHash = (logN: number) =>
  ['scrypt', logN, randomBytes(16).toString('base64url'), randomBytes(KEY_LENGTH).toString('base64url')].join('$');

/** A password someone chose, checked (BAD_USER_INPUT naming `field`) and hashed. */
export const hashNewPassword = (field: string, password: string, logN: number) => hashPassword(validate.password(field, password), logN);

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(logN));
  return timingSafeEqual(actual, expected);
}
