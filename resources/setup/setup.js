// First-run choices, sent to the shell through the setup preload (window.deskSetup).
const form = document.getElementById('setup');
const hostFields = document.getElementById('host-fields');
const terminalFields = document.getElementById('terminal-fields');
const error = document.getElementById('error');
const notice = document.getElementById('notice');

// Shown again after a revoked pairing: say why, and go straight to the terminal's fields.
window.deskSetup.notice().then((text) => {
  if (!text) return;
  notice.textContent = text;
  notice.hidden = false;
  form.mode.value = 'terminal';
  form.dispatchEvent(new Event('change'));
});

form.addEventListener('change', () => {
  const host = form.mode.value === 'host';
  hostFields.hidden = !host;
  terminalFields.hidden = host;
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const setup =
    form.mode.value === 'host'
      ? { mode: 'host', centreName: form.centreName.value, adminUser: form.adminUser.value, adminPassword: form.adminPassword.value, lan: form.lan.checked }
      : { mode: 'terminal', address: form.address.value.trim(), code: form.code.value, name: form.terminalName.value };
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const problem = await window.deskSetup.submit(setup);
    if (problem) error.textContent = problem;
  } finally {
    button.disabled = false;
  }
});
