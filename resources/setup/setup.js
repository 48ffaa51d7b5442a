// First-run choices, sent to the shell through the setup preload (window.deskSetup).
const form = document.getElementById('setup');
const hostFields = document.getElementById('host-fields');
const terminalFields = document.getElementById('terminal-fields');
const error = document.getElementById('error');

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
      : { mode: 'terminal', address: form.address.value.trim() };
  const problem = await window.deskSetup.submit(setup);
  if (problem) error.textContent = problem;
});
