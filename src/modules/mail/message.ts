/**
 * What an email says, as lines: text (Roster's words and user text alike) or a link Roster made.
 * Only `link` lines become links in the HTML part; every text is escaped there, so no name or
 * address anyone typed can turn into markup or a link.
 */
export type MailLine = string | { readonly text: string; readonly link: string };

export interface MailMessage {
  /** The account the email is about, if any (an invite, a stock order). */
  accountId: string | null;
  /** The invite whose link it carries, if any: admins see whether it was delivered. */
  inviteId?: string;
  to: string;
  subject: string;
  /** Paragraphs are separated by empty lines. */
  lines: readonly MailLine[];
}

export const link = (text: string, url: string): MailLine => ({ text, link: url });

/**
 * Text someone typed (a name), in quotes of its own that it cannot close early: on a line after a
 * label, nothing after it can pass for Roster's words (names hold no line break).
 */
export const quoted = (text: string) => `“${text.replace(/[“”]/g, '"')}”`;

/** The links Roster put in a message (what the development log shows). */
export const linksOf = (message: MailMessage) => message.lines.flatMap((line) => (typeof line === 'string' ? [] : [line.link]));

export const textOf = (message: MailMessage) =>
  message.lines.map((line) => (typeof line === 'string' ? line : `${line.text} ${line.link}`)).join('\n');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function htmlOf(message: MailMessage): string {
  const paragraphs: string[][] = [[]];
  for (const line of message.lines) {
    if (line === '') paragraphs.push([]);
    else if (typeof line === 'string') paragraphs.at(-1)!.push(escapeHtml(line));
    else paragraphs.at(-1)!.push(`${escapeHtml(line.text)} <a href="${escapeHtml(line.link)}">${escapeHtml(line.link)}</a>`);
  }
  const body = paragraphs.filter((lines) => lines.length > 0).map((lines) => `<p>${lines.join('<br>\n')}</p>`);
  return `<!doctype html>\n<html><body style="font-family: system-ui, sans-serif">\n${body.join('\n')}\n</body></html>\n`;
}
