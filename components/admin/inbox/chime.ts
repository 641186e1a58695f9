/**
 * The inbox's notification sound, made with the Web Audio API (no audio file to load). Browsers
 * let a page play sound only after the person has interacted with it, so the context is made on
 * the first click or key press (`unlockChime`) and the chime stays silent until then.
 */
let context: AudioContext | null = null;

export function unlockChime() {
  if (typeof window === "undefined" || typeof window.AudioContext === "undefined") return;
  context ??= new window.AudioContext();
  if (context.state === "suspended") void context.resume().catch(() => {});
}

/** Two short rising notes, quiet: enough to notice from another tab, not to startle. */
export function playChime() {
  if (!context || context.state !== "running") return;
  const start = context.currentTime;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = "sine";
  oscillator.frequency.setValueAtTime(660, start);
  oscillator.frequency.setValueAtTime(990, start + 0.12);
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.15, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.32);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(start);
  oscillator.stop(start + 0.35);
}
