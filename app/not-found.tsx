import Link from "next/link";

// Reached only for URLs outside every locale (the proxy sends everything else to /<locale>/…).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="grid min-h-screen place-items-center p-8 font-sans">
        <main className="max-w-md text-center">
          <h1 className="mb-3 text-2xl font-bold">Page not found</h1>
          <p className="mb-6">We couldn’t find that page.</p>
          <Link className="btn-primary" href="/en">
            Go to the home page
          </Link>
        </main>
      </body>
    </html>
  );
}
