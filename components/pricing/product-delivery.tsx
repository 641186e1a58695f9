"use client";

import { useShopper } from "@/components/shopper/shopper-provider";
import type { DeliveryPanel } from "@/lib/shopper/delivery-panel";

/**
 * Shipping cost, delivery dates and tax for the shopper's destination, right under the buy button
 * (B1, B2, B4). They depend on the shopper's postal code and on the clock, so the cached page
 * reserves the box and the shopper's own figures (lib/shopper/delivery-panel.ts) fill it.
 */
export function ProductDelivery({ heading, waiting }: { heading: string; waiting: string }) {
  const panel = useShopper()?.delivery;
  return (
    <section aria-labelledby="delivery-heading" aria-busy={!panel} className="min-h-36 rounded-lg border border-line bg-white p-4 text-sm">
      {panel ? <Panel panel={panel} /> : (
        <>
          <h2 id="delivery-heading" className="mb-2 font-semibold">
            {heading}
          </h2>
          <p className="text-muted">{waiting}</p>
        </>
      )}
    </section>
  );
}

function Panel({ panel }: { panel: DeliveryPanel }) {
  return (
    <>
      <h2 id="delivery-heading" className="mb-2 font-semibold">
        {panel.heading}
      </h2>
      {panel.lines.map((line) => (
        <p key={line} className="mb-2">
          {line}
        </p>
      ))}
      {panel.options.length ? (
        <ul className="space-y-2">
          {panel.options.map((option) => (
            <li key={option.id} className="flex flex-wrap justify-between gap-x-3">
              <span>
                <span className="font-medium">{option.label}</span>
                <span className="block text-ok">{option.arrives}</span>
              </span>
              <span className="font-semibold">{option.price}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {panel.cutoff ? <p className="mt-2 font-medium text-warn">{panel.cutoff}</p> : null}
      {panel.toFree ? <p className="mt-2">{panel.toFree}</p> : null}
      {panel.taxNote ? <p className="mt-2 text-muted">{panel.taxNote}</p> : null}
    </>
  );
}
