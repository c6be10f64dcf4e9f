// Refuses a file over the upload limit before sending any of it.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('upload-form');
  if (!form) {
    return;
  }
  const input = form.querySelector('input[type="file"]');
  const message = document.getElementById('file-too-large');
  const max = Number(form.dataset.maxBytes);
  const tooLarge = () => input.files.length > 0 && input.files[0].size > max;
  const check = () => {
    const refused = tooLarge();
    input.classList.toggle('is-invalid', refused);
    message.classList.toggle('d-none', !refused);
    message.textContent = refused ? message.dataset.message : '';
    return !refused;
  };
  input.addEventListener('change', check);
  form.addEventListener('submit', (event) => {
    if (!check()) {
      event.preventDefault();
    }
  });
});
