// Registers the service worker that keeps the page usable offline once loaded (sw.js).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: './' }).then(
    () => { document.body.dataset.offline = 'ready'; },
    () => { document.body.dataset.offline = 'unavailable'; },  // e.g. file:// or a blocked worker: the page still works online
  );
}
