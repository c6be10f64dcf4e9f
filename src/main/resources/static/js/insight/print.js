// Buttons marked data-print open the browser's print dialog (no inline script under the CSP).
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-print]');
  if (button) {
    event.preventDefault();
    window.print();
  }
});
