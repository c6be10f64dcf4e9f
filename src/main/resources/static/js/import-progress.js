// The progress box polls the server every second (htmx). When a poll gets no answer or an
// error (the server or its database is restarting), say so and keep polling: the first poll
// that succeeds swaps in a fresh box without the notice, or reloads a finished job's page.
(() => {
  const notice = (shown) => {
    const box = document.getElementById('import-progress');
    const message = box && box.querySelector('[data-testid="unreachable"]');
    if (message) {
      message.classList.toggle('d-none', !shown);
    }
  };
  const fromProgress = (event) => event.detail && event.detail.elt && event.detail.elt.id === 'import-progress';
  document.addEventListener('htmx:sendError', (event) => fromProgress(event) && notice(true));
  document.addEventListener('htmx:responseError', (event) => fromProgress(event) && notice(true));
  document.addEventListener('htmx:timeout', (event) => fromProgress(event) && notice(true));
})();
