/** Five stars filled to the rating; decorative, the caller supplies the text alternative. */
export function Stars({ rating, className = "" }: { rating: number; className?: string }) {
  const percent = Math.max(0, Math.min(100, (rating / 5) * 100));
  return (
    <span aria-hidden="true" className={`relative inline-block leading-none tracking-wider ${className}`}>
      <span className="text-line">★★★★★</span>
      <span className="absolute inset-0 overflow-hidden text-warn" style={{ width: `${percent}%` }}>
        ★★★★★
      </span>
    </span>
  );
}
