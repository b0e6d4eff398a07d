"use client";

// The projector's sounds, made in the browser with the Web Audio API: short sine and triangle tones, no audio
// files and no music anyone owns. One AudioContext per page, created or resumed on a click (browsers keep audio
// silent until the page has been interacted with).
type TToneStep = { frequency: number; at: number; duration: number; volume?: number; type?: OscillatorType };

let context: AudioContext | undefined;

function audio(): AudioContext | undefined {
  const Context =
    window.AudioContext ?? (window as typeof window & { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return undefined;
  context ??= new Context();
  if (context.state === "suspended") void context.resume().catch(() => undefined);
  return context;
}

function play(steps: TToneStep[]): void {
  const ctx = audio();
  if (!ctx) return;
  const start = ctx.currentTime + 0.02;
  for (const step of steps) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = step.type ?? "sine";
    oscillator.frequency.value = step.frequency;
    // A quick rise and a soft fall: no click at either end.
    const from = start + step.at;
    const peak = step.volume ?? 0.18;
    gain.gain.setValueAtTime(0.0001, from);
    gain.gain.exponentialRampToValueAtTime(peak, from + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, from + step.duration);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(from);
    oscillator.stop(from + step.duration + 0.02);
  }
}

/** Called from a click: lets the page make sound from then on. */
export function unlockAudio(): void {
  audio();
}

/** One of the last seconds of a question. */
export function playTick(): void {
  play([{ frequency: 880, at: 0, duration: 0.09, volume: 0.12 }]);
}

/** Time is up: two falling tones. */
export function playTimeUp(): void {
  play([
    { frequency: 660, at: 0, duration: 0.18, type: "triangle" },
    { frequency: 440, at: 0.18, duration: 0.35, type: "triangle" },
  ]);
}

/** The podium: a rising major arpeggio and a held chord. */
export function playFanfare(): void {
  const notes = [523.25, 659.25, 783.99, 1046.5];
  play([
    ...notes.map((frequency, index) => ({ frequency, at: index * 0.14, duration: 0.2, type: "triangle" as const })),
    ...notes.slice(0, 3).map((frequency) => ({ frequency, at: 0.62, duration: 0.9, volume: 0.1, type: "triangle" as const })),
  ]);
}
