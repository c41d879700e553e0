/**
 * Open brackets over the draft's versions as a small inline SVG line chart: one point per
 * version and one for now, each labelled with its count, so "1,000 → 220 → 0" reads at a glance.
 */
import type { TrendPoint } from '../../shared/negotiation/schemas';

const WIDTH = 260;
const HEIGHT = 120;
const PAD = { left: 12, right: 12, top: 18, bottom: 30 };

/** The chart of open brackets per version. */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const max = Math.max(1, ...points.map((p) => p.open));
  const step = points.length > 1 ? (WIDTH - PAD.left - PAD.right) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? PAD.left + i * step : WIDTH / 2);
  const y = (open: number) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - open / max);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.open).toFixed(1)}`).join(' ');
  const summary = points.map((p) => `${p.name}: ${p.open.toLocaleString('en')}`).join(', ');
  return (
    <svg className="ng-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Open brackets per version: ${summary}`}>
      <line className="ng-chart-axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} />
      {points.length > 1 && <polyline className="ng-chart-line" points={line} />}
      {points.map((p, i) => (
        <g key={`${p.name}-${i}`} className={i === points.length - 1 ? 'ng-chart-point ng-chart-now' : 'ng-chart-point'}>
          <circle cx={x(i)} cy={y(p.open)} r={3.5} />
          <text x={x(i)} y={y(p.open) - 7} textAnchor="middle">
            {p.open.toLocaleString('en')}
          </text>
          <text className="ng-chart-label" x={x(i)} y={HEIGHT - PAD.bottom + 14} textAnchor={i === 0 && points.length > 1 ? 'start' : i === points.length - 1 && points.length > 1 ? 'end' : 'middle'}>
            {p.name.length > 14 ? `${p.name.slice(0, 13)}…` : p.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
