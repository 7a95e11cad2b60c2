import { htmlPage } from '../../lib/html-page.js';

/**
 * The page an invite email links to (GET /invite?token=…): it asks the GraphQL API for the
 * invitation, then accepts it with the person's name and password. An address that already has a
 * login enters its password, or sets a new one: the link reaching the mailbox is the proof.
 */
export const acceptInvitePage = htmlPage(
  'Accept your invitation',
  `<form id="accept" hidden>
  <label id="name-label">Your name <input id="name" autocomplete="name"></label>
  <label>Password <input id="password" type="password" required minlength="8" autocomplete="current-password"></label>
  <label id="reset-label" hidden><input id="reset" type="checkbox"> Forgot it? Make this the new password (signs the login out everywhere else)</label>
  <button type="submit">Join</button>
</form>`,
  `const form = document.getElementById('accept');
say('Loading…');
graphql('query ($token: String!) { invitation(token: $token) { email name invitedByName expiresAt hasLogin accountName } }', { token })
  .then(({ invitation }) => {
    say(invitation.invitedByName + ' invited ' + invitation.email + ' to join ' + invitation.accountName +
      '. This link expires on ' + new Date(invitation.expiresAt).toLocaleString() + '.' +
      (invitation.hasLogin ? ' You already have a Roster login: enter its password.' : ''));
    document.getElementById('name').value = invitation.name || '';
    document.getElementById('name-label').hidden = invitation.hasLogin;
    document.getElementById('reset-label').hidden = !invitation.hasLogin;
    form.hidden = false;
  }, fail);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = {
    token,
    name: document.getElementById('name').value || null,
    password: document.getElementById('password').value,
    resetPassword: document.getElementById('reset').checked,
  };
  graphql('mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { name } } } }', { input })
    .then(({ acceptInvite }) => {
      form.hidden = true;
      showSession('You joined ' + acceptInvite.me.account.name + '.', acceptInvite);
    }, fail);
});`,
);
