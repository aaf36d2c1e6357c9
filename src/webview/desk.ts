/**
 * The reviewer's desk inside Compare Sources: one card per claim (fits any width, beside the editor too): the
 * verdict with its code explained on hover, the sentence that says why, a dot plot of every source's value on one
 * axis with the consensus's tolerance band, and every source with what it states, how far it stands apart and
 * whether a reviewer checked it; then every source of the workspace with the figures no claim holds.
 * Text goes in with textContent only (articles are untrusted); the plot is built with createElementNS, coloured by
 * classes that compare.css maps to theme colours.
 */
import { codeHelp } from './codes';
import type { DeskVerdict, DeskView, DotPlot } from '../protocol';
import { el, translate, visible } from './dom';

export interface DeskFilters {
  verdict: '' | 'conflict' | 'approximate' | 'agree';
  source: string;
  language: string;
}

export interface DeskHost {
  strings: Record<string, string>;
  /** The URI of a source path, to reveal a mention. */
  uriOf(path: string): string | undefined;
  languageOf(path: string): string | undefined;
}

const SVG = 'http://www.w3.org/2000/svg';
const PLOT_WIDTH = 320;
const LANE = 12;

function t(host: DeskHost, key: string, ...args: unknown[]): string {
  return translate(host.strings, key, ...args);
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** The dot plot as inline SVG: band, axis, one dot per mention (a ring when checked), its text alternative. */
export function plotElement(plot: DotPlot): SVGSVGElement {
  const lanes = Math.max(1, ...plot.dots.map((d) => d.lane + 1));
  const height = 18 + lanes * LANE + 14;
  const root = svg('svg', {
    class: 'plot',
    viewBox: `0 0 ${PLOT_WIDTH} ${height}`,
    width: '100%',
    height,
    role: 'img',
    preserveAspectRatio: 'none',
  });
  root.setAttribute('aria-label', plot.alt);
  const title = svg('title', {});
  title.textContent = plot.alt;
  root.append(title);
  const px = (x: number): number => 6 + x * (PLOT_WIDTH - 12);
  const axisY = 10 + lanes * LANE;
  if (plot.band)
    root.append(
      svg('rect', {
        class: 'band',
        x: px(plot.band[0]),
        y: 4,
        width: Math.max(2, px(plot.band[1]) - px(plot.band[0])),
        height: axisY - 2,
      }),
    );
  root.append(svg('line', { class: 'axis', x1: 6, x2: PLOT_WIDTH - 6, y1: axisY, y2: axisY }));
  for (const tick of plot.ticks) {
    const label = svg('text', {
      class: 'tick',
      x: px(tick.x),
      y: axisY + 12,
      'text-anchor': tick.x < 0.5 ? 'start' : 'end',
    });
    label.textContent = tick.label;
    root.append(label);
  }
  for (const d of plot.dots) {
    const dot = svg('circle', {
      class: `dot ${d.role}${d.checked ? ' checked' : ''}`,
      cx: px(d.x),
      cy: axisY - 6 - d.lane * LANE,
      r: 4.5,
    });
    const tip = svg('title', {});
    tip.textContent = visible(d.label);
    dot.append(tip);
    root.append(dot);
  }
  return root;
}

/** The reviewer's conclusion about a whole claim, by its key in the review file. */
const RESOLUTION_TITLE: Record<string, string> = {
  'apart-wrong': 'The source that stands apart is wrong',
  'majority-wrong': 'The majority is wrong',
  'both-stand': 'Both stand',
};

const VERDICT_MARK: Record<string, string> = { conflict: '⚠', approximate: '≈', agree: '✓', single: '·' };

function card(v: DeskVerdict, host: DeskHost): HTMLElement {
  const node = el('article', `card ${v.status}`);
  node.dataset.claim = v.claimId;
  const head = el('header');
  head.append(el('h3', 'label', v.label));
  const badge = el(
    'span',
    `verdict ${v.status}`,
    `${VERDICT_MARK[v.status] ?? ''} ${t(host, v.status)}${v.code ? ` · ${v.code}` : ''}`,
  );
  // the code explained where it is shown
  badge.title = t(host, codeHelp(v.code ?? v.status));
  head.append(badge);
  if (v.review !== 'none')
    head.append(
      el(
        'span',
        `review ${v.review}`,
        v.review === 'all'
          ? t(host, 'Checked by a reviewer') +
              (v.resolution ? `: ${t(host, RESOLUTION_TITLE[v.resolution] ?? v.resolution)}` : '')
          : t(host, 'Partly checked by a reviewer'),
      ),
    );
  node.append(head);
  node.append(el('p', 'why', v.why));
  if (v.plot) node.append(plotElement(v.plot));
  const list = el('ul', 'sources');
  for (const s of v.sources) {
    const item = el('li', 'source');
    item.append(el('span', 'name', s.name));
    for (const m of s.mentions) {
      const b = el('button', `mention ${m.role}${m.checked ? ' checked' : ''}`);
      b.type = 'button';
      b.dataset.action = 'reveal';
      const uri = host.uriOf(s.path);
      if (uri) b.dataset.uri = uri;
      b.dataset.start = String(m.start);
      b.dataset.end = String(m.end);
      b.textContent = visible(`${m.checked ? '✓ ' : ''}${m.text}`);
      const detail = [m.stated, m.converted, m.distance].filter(Boolean).join(' · ');
      b.title = visible(detail);
      item.append(b);
      if (m.distance) item.append(el('span', `distance ${m.role}`, m.distance));
    }
    list.append(item);
  }
  node.append(list);
  return node;
}

/** Claims that pass the filters: verdict, a source taking part, a language of one of its sources. */
export function filterVerdicts(verdicts: readonly DeskVerdict[], f: DeskFilters, host: DeskHost): DeskVerdict[] {
  return verdicts.filter((v) => {
    if (f.verdict && v.status !== f.verdict) return false;
    if (f.source && !v.sources.some((s) => s.path === f.source)) return false;
    if (f.language && !v.sources.some((s) => host.languageOf(s.path) === f.language)) return false;
    return true;
  });
}

/** The desk: cards for the claims that pass the filters (worst first, at most `limit`), then every source. */
export function renderDesk(desk: DeskView, f: DeskFilters, host: DeskHost, limit: number): HTMLElement {
  const root = el('section', 'desk');
  const rank: Record<string, number> = { conflict: 0, approximate: 1, agree: 2, single: 3 };
  const shown = filterVerdicts(desk.verdicts, f, host).sort(
    (a, b) => (rank[a.status] ?? 9) - (rank[b.status] ?? 9) || a.label.localeCompare(b.label),
  );
  const cards = el('div', 'cards');
  for (const v of shown.slice(0, limit)) cards.append(card(v, host));
  if (shown.length === 0) cards.append(el('p', 'empty', t(host, 'No claim matches these filters.')));
  else if (shown.length > limit)
    cards.append(el('p', 'more', t(host, '{0} more claims: narrow the filters to see them.', shown.length - limit)));
  root.append(cards);
  const sources = el('section', 'all-sources');
  sources.append(el('h2', undefined, t(host, 'Every source')));
  const list = el('ul');
  for (const s of desk.sources) {
    if (f.language && s.language !== f.language) continue;
    const item = el('li', s.claims === 0 ? 'source unmatched' : 'source');
    item.append(
      el('span', 'name', s.name),
      el('span', 'meta', `${s.language} · ${s.published ?? '—'} · ${t(host, '{0} claims', s.claims)}`),
    );
    item.title = visible(s.headline);
    if (s.unmatched.length > 0) {
      const figs = el(
        'span',
        'unmatched',
        `${t(host, 'Figures in no claim:')} ${s.unmatched
          .slice(0, 12)
          .map((u) => u.text)
          .join(' · ')}${s.unmatched.length > 12 ? ` … (+${s.unmatched.length - 12})` : ''}`,
      );
      item.append(figs);
    }
    list.append(item);
  }
  sources.append(list);
  root.append(sources);
  return root;
}
