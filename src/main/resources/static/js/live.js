// htmx's SSE extension opens a fresh EventSource after the browser gave up reconnecting,
// and a fresh EventSource has forgotten the last event id. Remember it per URL and ask the
// server to replay from there (GET /live/{topic}?lastEventId=...).
(() => {
  if (!window.htmx || !htmx.createEventSource) {
    return;
  }
  const lastIds = new Map();
  const absolute = (url) => new URL(url, document.baseURI).href.split('?')[0];
  document.addEventListener('htmx:sseMessage', (event) => {
    const message = event.detail;
    if (message && message.lastEventId && message.target && message.target.url) {
      lastIds.set(absolute(message.target.url), message.lastEventId);
    }
  });
  htmx.createEventSource = (url) => {
    const last = lastIds.get(absolute(url));
    const withLast = last ? url + (url.includes('?') ? '&' : '?') + 'lastEventId=' + encodeURIComponent(last) : url;
    return new EventSource(withLast, { withCredentials: true });
  };
})();
