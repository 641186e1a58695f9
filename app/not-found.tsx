import Link from "next/link";
import ui from "@/messages/en/ui.json";
import { store } from "@/lib/store/config";

// Reached only for URLs outside every locale (/api/…, /_next/…, /catalog/… that match nothing):
// the default language's words, since the URL names no other.
export default function GlobalNotFound() {
  const text = ui.notFound;
  return (
    <html lang="en">
      <body className="grid min-h-screen place-items-center p-8 font-sans">
        <title>{`${text.title} · ${store.name}`}</title>
        <main className="max-w-md text-center">
          <h1 className="mb-3 text-2xl font-bold">{text.title}</h1>
          <p className="mb-6">{text.text}</p>
          <Link className="btn-primary" href="/en">
            {text.home}
          </Link>
        </main>
      </body>
    </html>
  );
}
