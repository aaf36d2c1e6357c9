/**
 * The picture of a claim a reviewer would rather look at than read: every source's value as a dot on one axis, the
 * consensus's tolerance band behind them. Pure geometry and text (no SVG markup): the Compare Sources webview draws
 * it with DOM calls, tests read it as numbers, and `alt` is its text alternative for screen readers.
 */
import type { ClaimVerdict, MentionRole } from './verdict';
import { wordNumber } from './words';

export interface PlotDot {
  /** 0..1 along the axis. */
  x: number;
  /** Row for dots that would overlap: 0, 1, 2, … */
  lane: number;
  role: MentionRole;
  source: string;
  /** "lemonde.txt: 3.2 billion euros (−19%)" */
  label: string;
  checked: boolean;
}

export interface DotPlot {
  /** Logarithmic when the values span more than a factor of five (a scale slip would squash the rest). */
  log: boolean;
  min: number;
  max: number;
  /** The tolerance band around the consensus, 0..1, or null without a majority. */
  band: [number, number] | null;
  ticks: { x: number; label: string }[];
  dots: PlotDot[];
  /** The whole picture in one sentence, for `aria-label` and the hover. */
  alt: string;
}

/** Dots closer than this (fraction of the axis) go on separate lanes. */
const OVERLAP = 0.03;

/** The plot of a verdict's comparable values; undefined when fewer than two can be placed (dates, unreadable). */
export function dotPlot(v: ClaimVerdict, locale = 'en'): DotPlot | undefined {
  const points = v.sources.flatMap((s) =>
    s.mentions.filter((m) => m.common !== null && m.common > 0).map((m) => ({ s, m })),
  );
  if (points.length < 2 || v.kind === 'date') return undefined;
  const values = points.map((p) => p.m.common!);
  const finiteBand = v.consensus ? v.consensus.band.filter((b) => Number.isFinite(b) && b > 0) : [];
  let min = Math.min(...values, ...finiteBand);
  let max = Math.max(...values, ...finiteBand);
  const log = max / min > 5;
  if (min === max) {
    min *= 0.9;
    max *= 1.1;
  }
  // a margin so that no dot sits on the frame
  const scale = (n: number): number => (log ? Math.log10(n) : n);
  const lo = scale(min);
  const hi = scale(max);
  const pad = (hi - lo) * 0.08;
  const x = (n: number): number => Math.min(1, Math.max(0, (scale(n) - (lo - pad)) / (hi - lo + 2 * pad)));
  const lanesAt: number[][] = [];
  const dots = points
    .map(({ s, m }) => ({ s, m, x: x(m.common!) }))
    .sort((a, b) => a.x - b.x)
    .map(({ s, m, x: px }) => {
      let lane = 0;
      while ((lanesAt[lane] ?? []).some((q) => Math.abs(q - px) < OVERLAP)) lane++;
      (lanesAt[lane] ??= []).push(px);
      const distance = m.distance ? ` (${m.distance})` : '';
      return {
        x: px,
        lane,
        role: m.role,
        source: s.name,
        label: `${s.name}: ${m.stated}${distance}`,
        checked: m.checked,
      };
    });
  const band: [number, number] | null = v.consensus
    ? [
        x(Math.max(v.consensus.band[0], Number.MIN_VALUE)),
        Number.isFinite(v.consensus.band[1]) ? x(v.consensus.band[1]) : 1,
      ]
    : null;
  const ticks = [min, max].map((n) => ({ x: x(n), label: wordNumber(n, locale) }));
  return { log, min, max, band, ticks, dots, alt: altText(v) };
}

/** "Consensus 4.3 billion US dollars (2 sources); stands apart: 002.txt −7%." */
function altText(v: ClaimVerdict): string {
  const apart = v.sources.flatMap((s) =>
    s.mentions.filter((m) => m.role === 'apart' || m.role === 'disputed').map((m) => ({ s, m })),
  );
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const { s, m } of apart) {
    const text = `${s.name} ${m.stated}${m.distance ? ` (${m.distance})` : ''}`;
    if (!seen.has(text)) {
      seen.add(text);
      parts.push(text);
    }
  }
  const shown = parts.slice(0, 4).join('; ') + (parts.length > 4 ? `; ${parts.length - 4} more` : '');
  if (v.consensus) return `Consensus ${v.consensus.stated} (${v.consensus.sources} sources); stands apart: ${shown}.`;
  if (v.rule === 'all-agree') return `All sources agree: ${v.why.replace(/^.*?: /, '')}.`;
  return `No majority: ${shown}.`;
}
