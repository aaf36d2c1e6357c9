/**
 * The picture of a claim a reviewer would rather look at than read: every source's value as a dot on one axis, the
 * consensus's tolerance band behind them. Pure geometry and text (no SVG markup): the Compare Sources webview draws
 * it with DOM calls, tests read it as numbers, and `alt` is its text alternative for screen readers.
 */
import type { ClaimVerdict, MentionRole } from './verdict';
import { fill, phrasesOf, plural, type WhyPhrases } from './phrases';
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

/**
 * The plot of a verdict's comparable values; undefined when fewer than two can be placed (dates, unreadable).
 * `locale` and `phrases` are the verdict's own (its values are already worded in that language): the ticks and the
 * text alternative follow them.
 */
export function dotPlot(v: ClaimVerdict, locale = 'en', phrases?: Partial<WhyPhrases>): DotPlot | undefined {
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
  return { log, min, max, band, ticks, dots, alt: altText(v, locale, phrasesOf(phrases)) };
}

/** Most outlying phrases the text alternative names before "N more differ". */
const ALT_MAX_SOURCES = 4;

/** "Consensus 4.3 billion US dollars (2 sources); stands apart: 002.txt says 4 billion US dollars (−7%)." */
function altText(v: ClaimVerdict, locale: string, t: WhyPhrases): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const s of v.sources)
    for (const m of s.mentions) {
      if (m.role !== 'apart' && m.role !== 'disputed') continue;
      const text = fill(t.says, s.name, m.distance ? fill(t.notes, m.stated, m.distance) : m.stated);
      if (!seen.has(text)) {
        seen.add(text);
        parts.push(text);
      }
    }
  const shown = parts.slice(0, ALT_MAX_SOURCES);
  if (parts.length > ALT_MAX_SOURCES) shown.push(plural(t.moreDiffer, parts.length - ALT_MAX_SOURCES, locale));
  const list = shown.join(t.separator);
  if (v.consensus) return fill(t.plotConsensus, v.consensus.stated, wordNumber(v.consensus.sources, locale), list);
  if (v.rule === 'all-agree') {
    const first = v.sources[0]?.mentions[0];
    return fill(t.plotAllAgree, first ? first.stated : '');
  }
  return fill(t.plotNoMajority, list);
}
