import type { YogaLogger } from 'graphql-yoga';

type Level = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Level[] = ['debug', 'info', 'warn', 'error'];

/** An error as log fields: its name, message and stack (for the operator; clients never see them). */
const errorFields = (error: Error) => ({ name: error.name, message: error.message, stack: error.stack });

/**
 * The server log: one JSON object per line (time, level, message, and any fields). Whatever text a
 * line carries (a name, an address, an error message) is a JSON string, so no CR or LF in it can
 * start a line of its own and pass for the server's.
 */
export function jsonLogger(minimum: Level = 'info', write: (line: string, level: Level) => void = defaultWrite): YogaLogger {
  const entry =
    (level: Level) =>
    (...args: unknown[]) => {
      if (LEVELS.indexOf(level) < LEVELS.indexOf(minimum)) return;
      const line: Record<string, unknown> = { time: new Date().toISOString(), level };
      const messages: string[] = [];
      for (const arg of args) {
        if (typeof arg === 'string') messages.push(arg);
        else if (arg instanceof Error) line.error = errorFields(arg);
        else if (arg && typeof arg === 'object') Object.assign(line, arg);
        else messages.push(String(arg));
      }
      line.message = messages.join(' ');
      write(JSON.stringify(line), level);
    };
  return { debug: entry('debug'), info: entry('info'), warn: entry('warn'), error: entry('error') };
}

/**
 * Lines for one stream, written together once per turn of the event loop (or every 64 KiB): stdout
 * and stderr are synchronous on Linux, and a write per request line cost more than making the line.
 * What is pending is written before the process exits, however it exits.
 */
function batched(stream: NodeJS.WriteStream) {
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!pending) return;
    const chunk = pending;
    pending = '';
    stream.write(chunk);
  };
  process.on('exit', flush);
  return (line: string) => {
    pending += `${line}\n`;
    if (pending.length >= 65_536) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

let streams: { out: (line: string) => void; err: (line: string) => void } | undefined;

const defaultWrite = (line: string, level: Level) => {
  streams ??= { out: batched(process.stdout), err: batched(process.stderr) };
  (level === 'warn' || level === 'error' ? streams.err : streams.out)(line);
};
