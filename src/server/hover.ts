/**
 * The hover card of a figure: its normalized value, the amount in the user's base currency, the claim it
 * belongs to, and what every other mention of that claim says, each linked to its place. The data is gathered
 * from a ResultIndex (buildHoverCard) and rendered as Markdown text (renderHoverCard), separately, so the
 * rendering is testable without a server.
 */
import { escapeMarkdown, groupDigits, normalizedValue } from '../core/report/index';
import type { ClaimStatus, DiagnosticCode, Figure } from '../core/types';
import type { OpenSourceArgs } from '../protocol';
import type { LineIndex } from './lines';
import { format, messages } from './messages';
import type { ResultIndex } from './result-index';

/** An amount converted into the base currency, or why it could not be. */
export type Conversion =
  { amount: number; currency: string; rate: number; from: string; date: string } | { missing: string };

/** Converts a money figure into `base` (the engine's exchange-rate table); null when it is not money. */
export type Converter = (figure: Figure, base: string, published: string | null) => Conversion | null;

export interface HoverMention {
  source: string;
  /** 1-based, as people count lines. */
  line: number;
  text: string;
  normalized: string;
  conflicting: boolean;
  /** A command URI that opens the mention. */
  link: string;
}

export interface HoverCard {
  text: string;
  /** A command link showing every mention of the claim (the table stops at MAX_ROWS). */
  allMentionsLink?: string;
  normalized: string;
  conversion: Conversion | null;
  claim: { label: string; status: ClaimStatus; code?: DiagnosticCode } | null;
  others: HoverMention[];
  checked: boolean;
}

/** A claim told by dozens of sources would make a card taller than the screen; the rest is one click away. */
export const MAX_ROWS = 12;

/** A command link to crosscheck.openSource; command URIs work in local and remote windows alike. */
export function openSourceLink(args: OpenSourceArgs): string {
  return `command:crosscheck.openSource?${encodeURIComponent(JSON.stringify([args]))}`;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Three significant digits: a converted amount is an estimate, "3 690 036 900" would claim a precision it lacks. */
export function roughly(amount: number): number {
  if (Math.abs(amount) < 1000) return Math.round(amount);
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(amount))) - 2);
  return Math.round(amount / unit) * unit;
}

function rateText(rate: number): string {
  return rate >= 100 ? groupDigits(Math.round(rate * 100) / 100) : String(Number(rate.toPrecision(5)));
}

export function renderHoverCard(card: HoverCard): string {
  const m = messages();
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(card.normalized)}** — «${escapeMarkdown(card.text)}»`);
  const c = card.conversion;
  if (c && 'missing' in c) lines.push('', format(m.noRate, escapeMarkdown(c.missing)));
  else if (c) {
    lines.push(
      '',
      `${format(m.inBase, c.currency)}: **≈ ${groupDigits(roughly(c.amount))} ${c.currency}** ` +
        `(${format(m.rate, c.currency, rateText(c.rate), c.from, c.date)})`,
    );
  }
  if (card.checked) lines.push('', `✓ ${m.checked}`);
  if (!card.claim) {
    lines.push('', `_${m.noClaim}_`);
    return lines.join('\n');
  }
  const verdict = m.verdict[card.claim.status] + (card.claim.code ? ` · \`${card.claim.code}\`` : '');
  lines.push('', `**${m.claim}:** ${escapeMarkdown(card.claim.label)} — ${verdict}`);
  if (card.others.length > 0) {
    lines.push('', `| ${m.source} | ${m.states} | ${m.normalized} |`, '|---|---|---|');
    for (const o of card.others.slice(0, MAX_ROWS)) {
      const where = `[${escapeMarkdown(o.source)}:${o.line}](${o.link})`;
      const value = (o.conflicting ? '⚠ ' : '') + escapeMarkdown(o.normalized);
      lines.push(`| ${where} | ${escapeMarkdown(o.text)} | ${value} |`);
    }
    const more = card.others.length - MAX_ROWS;
    if (more > 0) {
      const text = format(m.more, more);
      lines.push('', card.allMentionsLink ? `[${text}](${card.allMentionsLink})` : text);
    }
  }
  return lines.join('\n');
}

export interface HoverContext {
  index: ResultIndex;
  uriOf(path: string): string;
  lines(path: string): LineIndex | undefined;
  convert: Converter | null;
  baseCurrency: string;
  isChecked(path: string, figure: Figure): boolean;
}

export function buildHoverCard(ctx: HoverContext, path: string, figure: Figure): HoverCard {
  const { index } = ctx;
  const claim = index.claimOf(path, figure.start);
  const others: HoverMention[] = [];
  for (const mention of claim?.mentions ?? []) {
    if (mention.path === path && mention.start === figure.start) continue;
    const other = index.figure(mention.path, mention.start);
    const lines = ctx.lines(mention.path);
    if (!other || !lines) continue;
    const range = lines.range(mention.start, mention.end);
    others.push({
      source: fileName(mention.path),
      line: range.start.line + 1,
      text: other.text,
      normalized: normalizedValue(other),
      conflicting: index.isConflicting(mention.path, mention.start, mention.end),
      link: openSourceLink({ uri: ctx.uriOf(mention.path), range }),
    });
  }
  const doc = index.document(path);
  const at = ctx.lines(path)?.positionAt(figure.start);
  const mentionsArgs = { uri: ctx.uriOf(path), position: at };
  return {
    text: figure.text,
    ...(at
      ? {
          allMentionsLink: `command:crosscheck.showClaimMentions?${encodeURIComponent(JSON.stringify([mentionsArgs]))}`,
        }
      : {}),
    normalized: normalizedValue(figure),
    conversion:
      figure.kind === 'money' && ctx.convert && figure.unit !== ctx.baseCurrency
        ? ctx.convert(figure, ctx.baseCurrency, doc?.published ?? null)
        : null,
    claim: claim ? { label: claim.label, status: claim.status, ...(claim.code ? { code: claim.code } : {}) } : null,
    others,
    checked: ctx.isChecked(path, figure),
  };
}
