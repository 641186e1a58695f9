// Service worker for abandoned-cart reminders by web push (lib/push/send.ts sends
// { title, body, url, tag, lang?, dir? }). It only shows notifications: no caching, no fetch handling.

self.addEventListener("push", (event) => {
  let payload = null;
  try {
    payload = event.data ? event.data.json() : null;
  } catch {
    // Not JSON: nothing to show.
  }
  if (!payload || typeof payload.title !== "string") return;
  const options = { body: String(payload.body ?? ""), data: { url: String(payload.url ?? "/") } };
  // The same tag replaces an earlier reminder for the cart instead of stacking them.
  if (typeof payload.tag === "string") options.tag = payload.tag;
  if (typeof payload.lang === "string") options.lang = payload.lang;
  if (payload.dir === "ltr" || payload.dir === "rtl") options.dir = payload.dir;
  event.waitUntil(self.registration.showNotification(payload.title, options));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  let url;
  try {
    url = new URL(event.notification.data?.url ?? "/", self.location.origin);
  } catch {
    return;
  }
  if (url.origin !== self.location.origin) return;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((client) => client.url === url.href);
      if (open) return open.focus();
      return self.clients.openWindow(url.href);
    })(),
  );
});
