// The run page's countdown. The server says how many seconds the current item has left
// (negative on overrun) each time it renders the stage; this ticks locally from there and
// starts over from the server's figure whenever the stage is re-rendered.
(() => {
  const format = (seconds) => {
    const abs = Math.abs(seconds);
    const mm = String(Math.floor(abs / 60)).padStart(2, '0');
    const ss = String(abs % 60).padStart(2, '0');
    return (seconds < 0 ? '+' : '') + mm + ':' + ss;
  };
  const start = (timer) => {
    timer.dataset.deadline = String(Date.now() + Number(timer.dataset.remaining) * 1000);
  };
  // only timers the server has just rendered: one that is already ticking keeps its deadline
  const sync = () => document.querySelectorAll('.run-timer:not([data-deadline])').forEach(start);
  const tick = () => {
    document.querySelectorAll('.run-timer[data-running="true"]').forEach((timer) => {
      // a stage htmx has just swapped in may tick before its afterSettle sync runs
      if (!timer.dataset.deadline) {
        start(timer);
      }
      const left = Math.round((Number(timer.dataset.deadline) - Date.now()) / 1000);
      timer.textContent = format(left);
      timer.classList.toggle('text-danger', left < 0);
      const box = timer.closest('.current-item');
      if (box) {
        box.classList.toggle('border-danger', left < 0);
        box.classList.toggle('bg-danger-subtle', left < 0);
      }
    });
  };
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('htmx:afterSettle', sync);
  setInterval(tick, 1000);
})();
