/**
 * The page an invite email links to (GET /invite?token=…). Self-contained, no external assets: it
 * asks the GraphQL API for the invitation, then accepts it with the person's name and password.
 */
export const acceptInvitePage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accept your invitation · Roster</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 28rem; margin: 4rem auto; padding: 0 1rem; color: #1f2933; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { width: 100%; padding: .5rem; font: inherit; box-sizing: border-box; }
  button { margin-top: 1.5rem; padding: .6rem 1.2rem; font: inherit; }
  .error { color: #b42318; } code { word-break: break-all; }
</style>
</head>
<body>
<h1>Accept your invitation</h1>
<p id="status">Loading…</p>
<form id="accept" hidden>
  <label id="name-label">Your name <input id="name" autocomplete="name"></label>
  <label>Password <input id="password" type="password" required minlength="8" autocomplete="new-password"></label>
  <button type="submit">Join</button>
</form>
<script>
const token = new URLSearchParams(location.search).get('token') || '';
const status = document.getElementById('status');
const form = document.getElementById('accept');
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
function fail(error) { status.textContent = error.message; status.className = 'error'; }
graphql('query ($token: String!) { invitation(token: $token) { email name invitedByName expiresAt hasLogin accountName } }', { token })
  .then(({ invitation }) => {
    status.textContent = invitation.invitedByName + ' invited ' + invitation.email + ' to join ' + invitation.accountName +
      '. This link expires on ' + new Date(invitation.expiresAt).toLocaleString() + '.' +
      (invitation.hasLogin ? ' You already have a Roster login: enter its password.' : '');
    document.getElementById('name').value = invitation.name || '';
    document.getElementById('name-label').hidden = invitation.hasLogin;
    form.hidden = false;
  }, fail);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = { token, name: document.getElementById('name').value || null, password: document.getElementById('password').value };
  graphql('mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { name } } } }', { input })
    .then(({ acceptInvite }) => {
      form.hidden = true;
      status.className = '';
      status.innerHTML = 'You joined <b></b>. Your session token (send it as <code>Authorization: Bearer …</code>): <code id="token"></code>' +
        '<br><a href="/graphql">Open GraphiQL</a>';
      status.querySelector('b').textContent = acceptInvite.me.account.name;
      document.getElementById('token').textContent = acceptInvite.token;
    }, fail);
});
</script>
</body>
</html>
`;
