// The run page's board is re-fetched whenever anything changes in the session. A
// facilitator half-way through arranging it (entries checked for a cluster, a name being
// typed) keeps that work across those live re-fetches; the board their own form post
// returns starts afresh.
(() => {
  let kept = null;
  document.addEventListener('htmx:beforeSwap', (event) => {
    const board = event.detail.target;
    kept = null;
    if (board.id !== 'board' || event.detail.requestConfig.verb !== 'get') {
      return;
    }
    const edited = [...board.querySelectorAll('input[id], select[id]')]
      .filter((field) => field.type !== 'checkbox' && field.type !== 'hidden')
      .filter((field) => (field.tagName === 'SELECT' ? field.selectedIndex > 0 : field.value !== field.defaultValue))
      .map((field) => [field.id, field.value]);
    const active = document.activeElement;
    kept = {
      checked: [...board.querySelectorAll('input[name="entryIds"]:checked')].map((box) => box.value),
      edited,
      focus: active && board.contains(active) && active.id ? active.id : null,
    };
  });
  document.addEventListener('htmx:afterSwap', (event) => {
    if (event.detail.target.id !== 'board' || !kept) {
      return;
    }
    const board = event.detail.target;
    kept.checked.forEach((value) => {
      const box = board.querySelector(`input[name="entryIds"][value="${CSS.escape(value)}"]`);
      if (box) {
        box.checked = true;
      }
    });
    kept.edited.forEach(([id, value]) => {
      const field = document.getElementById(id);
      if (field && board.contains(field)) {
        field.value = value;
      }
    });
    const focus = kept.focus && document.getElementById(kept.focus);
    if (focus) {
      focus.focus();
    }
    kept = null;
  });
})();
