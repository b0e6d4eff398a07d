// A student's share right per game, oldest first, as a small line: what a table cell can hold of a trend. The
// numbers are its accessible name, so a screen reader hears the same.
const WIDTH = 96;
const HEIGHT = 24;
const PAD = 3;

export function AccuracySparkline({ shares, label }: { shares: readonly number[]; label: string }) {
  if (!shares.length) return <span aria-hidden="true">–</span>;
  const x = (index: number) => (shares.length === 1 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (shares.length - 1));
  const y = (share: number) => PAD + (1 - share) * (HEIGHT - 2 * PAD);
  const points = shares.map((share, index) => `${x(index).toFixed(1)},${y(share).toFixed(1)}`).join(" ");
  const last = shares.length - 1;
  return (
    <svg className="sparkline" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
      <line x1={PAD} x2={WIDTH - PAD} y1={y(0.5)} y2={y(0.5)} className="sparkline-mid" />
      {shares.length > 1 && <polyline points={points} className="sparkline-line" />}
      <circle cx={x(last)} cy={y(shares[last]!)} r={2.5} className="sparkline-dot" />
    </svg>
  );
}
