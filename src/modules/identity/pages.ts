import { type HtmlPage, htmlPage } from '../../lib/html-page.js';

/** GET /verify-email?token=…: finishes a sign-up with the password chosen then. */
const verifyEmailPage = htmlPage(
  'Finish signing up',
  `<form id="verify">
  <label>The password you chose <input id="password" type="password" required autocomplete="current-password"></label>
  <button type="submit">Confirm my email</button>
</form>`,
  `const form = document.getElementById('verify');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = { token, password: document.getElementById('password').value };
  graphql('mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { account { name } } } }', { input })
    .then(({ verifyEmail }) => {
      form.hidden = true;
      showSession('Your email is confirmed and ' + verifyEmail.me.account.name + ' is ready.', verifyEmail);
    }, fail);
});`,
);

/** GET /reset-password: asks for a link; with ?token=…, sets the new password. */
const resetPasswordPage = htmlPage(
  'Reset your password',
  `<form id="request" hidden>
  <label>Your email <input id="email" type="email" required autocomplete="email"></label>
  <button type="submit">Email me a link</button>
</form>
<form id="reset" hidden>
  <label>New password <input id="password" type="password" required minlength="8" autocomplete="new-password"></label>
  <button type="submit">Set it</button>
</form>`,
  `const form = document.getElementById(token ? 'reset' : 'request');
form.hidden = false;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const done = token
    ? graphql('mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }',
        { input: { token, password: document.getElementById('password').value } })
        .then(() => 'Your password is set, and every session of your login has ended. Sign in with the new one.')
    : graphql('mutation ($email: String!) { requestPasswordReset(email: $email) { message } }',
        { email: document.getElementById('email').value })
        .then(({ requestPasswordReset }) => requestPasswordReset.message);
  done.then((text) => { form.hidden = true; say(text); }, fail);
});`,
);

/** GET /confirm-email?token=…: moves a login to the address the link was sent to. */
const confirmEmailPage = htmlPage(
  'Confirm your new email',
  `<form id="confirm"><button type="submit">Use this address for my login</button></form>`,
  `const form = document.getElementById('confirm');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  graphql('mutation ($token: String!) { confirmEmailChange(token: $token) }', { token })
    .then(() => { form.hidden = true; say('Done: your login now uses this address.'); }, fail);
});`,
);

/** Roster's own pages, by path. */
export const identityPages: Record<string, HtmlPage> = {
  '/verify-email': verifyEmailPage,
  '/reset-password': resetPasswordPage,
  '/confirm-email': confirmEmailPage,
};
