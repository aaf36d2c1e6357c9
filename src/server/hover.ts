/**
 * The hover card of a figure. VS Code shows the top of a hover and scrolls the rest, so the card leads with what a
 * reviewer decides on: the claim's verdict, whether this figure stands apart, the one-line why, and what every other
 * source says (each a link); the details follow below a rule: the normalized value, the amount in the user's base
 * currency, the claim's label. The data is gathered from a ResultIndex (buildHoverCard) and rendered as Markdown
 * text (renderHoverCard), separately, so the rendering is testable without a server.
 */
import { escapeMarkdown, groupDigits, normalizedValue } from '../core/report/index';
import type { ClaimVerdict, MentionRole } from '../core/report/index';
import type { Claim, ClaimStatus, DiagnosticCode, Figure } from '../core/types';
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
  /** In words ("4.3 billion US dollars"), with its distance from the consensus when it stands apart. */
  stated?: string;
  conflicting: boolean;
  /** A reviewer checked this mention: it is not marked as conflicting any more. */
  checked?: boolean;
  /** A command URI that opens the mention. */
  link: string;
}

/** The claim as the card's first lines show it. */
export interface HoverClaim {
  label: string;
  status: ClaimStatus;
  code?: DiagnosticCode;
  /** The verdict's one-line why ("2 sources agree on …; 002.txt says … (−7%)"). */
  why?: string;
  /** This figure's part in the verdict, and how far it is from the consensus when it stands apart. */
  role?: MentionRole;
  distance?: string;
}

export interface HoverCard {
  text: string;
  /** A command link showing every mention of the claim (the table stops at MAX_ROWS). */
  allMentionsLink?: string;
  normalized: string;
  conversion: Conversion | null;
  claim: HoverClaim | null;
  others: HoverMention[];
  checked: boolean;
  /**
   * Until the workspace's first whole check (or a re-check that takes in a newly opened article) is done: what the
   * other sources are waiting for ("Other sources: still reading 120 of 2 000 files…"), in place of the claim.
   */
  pending?: string;
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

const VERDICT_MARK: Record<ClaimStatus, string> = { conflict: '⚠', approximate: '≈', agree: '✓', single: '·' };

/** "⚠ conflict · `conflict-scale` — this figure stands apart (×10)": the verdict and this figure's part in it. */
function verdictLine(claim: HoverClaim): string {
  const m = messages();
  const code = claim.code ? ` · \`${claim.code}\`` : '';
  const role =
    claim.role === 'apart'
      ? m.roleApart + (claim.distance ? ` (${escapeMarkdown(claim.distance)})` : '')
      : claim.role === 'consensus'
        ? m.roleConsensus
        : claim.role === 'disputed'
          ? m.roleDisputed
          : '';
  return `**${VERDICT_MARK[claim.status]} ${m.verdict[claim.status]}**${code}${role ? ` — ${role}` : ''}`;
}

/** One line per other mention: its place (a link), what it writes, its value in words; ⚠ unless a reviewer checked it. */
function otherLine(o: HoverMention): string {
  const mark = o.checked ? '✓ ' : o.conflicting ? '⚠ ' : '';
  const value = escapeMarkdown(o.stated ?? o.normalized);
  return `- ${mark}[${escapeMarkdown(o.source)}:${o.line}](${o.link}) «${escapeMarkdown(o.text)}» → ${value}`;
}

function detailLines(card: HoverCard): string[] {
  const m = messages();
  const lines = [`**${escapeMarkdown(card.normalized)}** — «${escapeMarkdown(card.text)}»`];
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
  return lines;
}

export function renderHoverCard(card: HoverCard): string {
  const m = messages();
  const pending = card.pending ? `_${escapeMarkdown(card.pending)}_` : undefined;
  // Before the other sources are read, "no other source" would be a claim the card cannot make yet.
  if (!card.claim) return [...detailLines(card), '', pending ?? `_${m.noClaim}_`].join('\n');
  const lines: string[] = [verdictLine(card.claim)];
  if (pending) lines.push('', pending);
  if (card.claim.why) lines.push('', escapeMarkdown(card.claim.why));
  if (card.others.length > 0) {
    lines.push('');
    for (const o of card.others.slice(0, MAX_ROWS)) lines.push(otherLine(o));
    const more = card.others.length - MAX_ROWS;
    if (more > 0) {
      const text = format(m.more, more);
      lines.push('', card.allMentionsLink ? `[${text}](${card.allMentionsLink})` : text);
    }
  }
  lines.push('', '---', '', ...detailLines(card), '', `**${m.claim}:** ${escapeMarkdown(card.claim.label)}`);
  return lines.join('\n');
}

export interface HoverContext {
  index: ResultIndex;
  uriOf(path: string): string;
  lines(path: string): LineIndex | undefined;
  convert: Converter | null;
  baseCurrency: string;
  isChecked(path: string, figure: Figure): boolean;
  /** The verdict of a claim (consensus, roles, why); undefined for a claim of one mention. */
  verdictOf?(claim: Claim): ClaimVerdict | undefined;
  /** What the other sources are waiting for, while they are not all compared yet (see HoverCard.pending). */
  pending?: string;
}

export function buildHoverCard(ctx: HoverContext, path: string, figure: Figure): HoverCard {
  const { index } = ctx;
  const claim = index.claimOf(path, figure.start);
  const verdict = claim && ctx.verdictOf?.(claim);
  const said = new Map(verdict?.sources.flatMap((s) => s.mentions.map((v) => [`${v.path}\u0000${v.start}`, v])));
  const own = said.get(`${path}\u0000${figure.start}`);
  const others: HoverMention[] = [];
  for (const mention of claim?.mentions ?? []) {
    if (mention.path === path && mention.start === figure.start) continue;
    const other = index.figure(mention.path, mention.start);
    const lines = ctx.lines(mention.path);
    if (!other || !lines) continue;
    const range = lines.range(mention.start, mention.end);
    const v = said.get(`${mention.path}\u0000${mention.start}`);
    others.push({
      source: fileName(mention.path),
      line: range.start.line + 1,
      text: other.text,
      normalized: normalizedValue(other),
      ...(v ? { stated: v.distance ? `${v.stated} (${v.distance})` : v.stated } : {}),
      conflicting: index.isConflicting(mention.path, mention.start, mention.end),
      checked: ctx.isChecked(mention.path, other),
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
    claim: claim
      ? {
          label: claim.label,
          status: claim.status,
          ...(claim.code ? { code: claim.code } : {}),
          ...(verdict ? { why: verdict.why } : {}),
          ...(own ? { role: own.role, ...(own.distance ? { distance: own.distance } : {}) } : {}),
        }
      : null,
    others,
    checked: ctx.isChecked(path, figure),
    ...(ctx.pending ? { pending: ctx.pending } : {}),
  };
}
