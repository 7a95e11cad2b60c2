import { createHash } from 'node:crypto';

/**
 * The shell of Roster's own pages (accepting an invite, verifying an email, resetting a password):
 * self-contained, no external assets. Their scripts get `token` (from the link), `graphql(query,
 * variables)`, `say(text)` and `fail(error)`, and set user text only through `textContent`.
 */
export interface HtmlPage {
  html: string;
  /** Its Content-Security-Policy: only its own inline script and style run, only this server is called. */
  policy: string;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function htmlPage(title: string, body: string, script: string): HtmlPage {
  const html = page(title, body, script);
  const [, style] = /<style>([\s\S]*?)<\/style>/.exec(html)!;
  const [, code] = /<script>([\s\S]*?)<\/script>/.exec(html)!;
  const policy = `default-src 'none'; script-src ${sha256(code!)}; style-src ${sha256(style!)}; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return { html, policy };
}

function page(title: string, body: string, script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Roster</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; color: #1f2933; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { width: 100%; padding: .5rem; font: inherit; box-sizing: border-box; }
  input[type=checkbox] { width: auto; }
  button { margin-top: 1.5rem; padding: .6rem 1.2rem; font: inherit; }
  .error { color: #b42318; } code { word-break: break-all; }
</style>
</head>
<body>
<h1>${title}</h1>
<p id="status"></p>
${body}
<script>
const token = new URLSearchParams(location.search).get('token') || '';
const status = document.getElementById('status');
async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors[0].message);
  return body.data;
}
function say(text) { status.textContent = text; status.className = ''; }
function fail(error) { status.textContent = error.message; status.className = 'error'; }
function showSession(intro, session) {
  status.className = '';
  status.innerHTML = '<span></span> Your session token (send it as <code>Authorization: Bearer …</code>): <code></code><br><a href="/graphql">Open GraphiQL</a>';
  status.querySelector('span').textContent = intro;
  status.querySelector('code:last-of-type').textContent = session.token;
}
${script}
</script>
</body>
</html>
`;
}
