/**
 * Quick fixes on a conflict: open each other source, show every mention of the claim, mark the figure as
 * checked, resolve the whole claim, ignore the figure. They are commands run by the client (the review goes through the server's review
 * request); none of them edits an article.
 */
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import type { OpenSourceArgs } from '../protocol';
import { SOURCE, type DiagnosticData } from './diagnostics';
import { format, messages } from './messages';

const MAX_OPEN_ACTIONS = 8;

export interface FigureArgs {
  uri: string;
  start: number;
  end: number;
}
export interface MentionsArgs {
  uri: string;
  position: Range['start'];
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}

function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `“${short.replace(/\s+/g, ' ')}”`;
}

/**
 * The quick fixes for one Crosscheck diagnostic. `figureText` is the text of the figure the diagnostic sits on;
 * `offsets` its span, for the review request.
 */
export function quickFixes(
  uri: string,
  diagnostic: LspDiagnostic,
  figureText: string,
  offsets: DiagnosticData,
): CodeAction[] {
  if (diagnostic.source !== SOURCE) return [];
  const m = messages();
  const actions: CodeAction[] = [];
  const fix = (title: string, command: string, args: unknown, preferred = false): void => {
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      ...(preferred ? { isPreferred: true } : {}),
      command: { title, command, arguments: [args] },
    });
  };
  // One "Open" per place (several mentions on one line are one place), and not a menu longer than a screen.
  const places = new Set<string>();
  for (const r of diagnostic.relatedInformation ?? []) {
    const place = `${r.location.uri}#${r.location.range.start.line}`;
    if (places.has(place) || places.size >= MAX_OPEN_ACTIONS) continue;
    places.add(place);
    const args: OpenSourceArgs = { uri: r.location.uri, range: r.location.range };
    fix(
      format(m.openSource, fileName(r.location.uri), r.location.range.start.line + 1, r.message),
      'crosscheck.openSource',
      args,
    );
  }
  if ((offsets.claim ?? '') !== '' || (diagnostic.relatedInformation?.length ?? 0) > 0) {
    const args: MentionsArgs = { uri, position: diagnostic.range.start };
    fix(m.showMentions, 'crosscheck.showClaimMentions', args);
  }
  const figure: FigureArgs = { uri, start: offsets.start, end: offsets.end };
  fix(format(m.markChecked, quoted(figureText)), 'crosscheck.markChecked', figure, true);
  // the whole claim at once, with what the check found (the client asks which conclusion)
  if ((offsets.claim ?? '') !== '') fix(m.resolveClaim, 'crosscheck.resolveClaim', figure);
  fix(format(m.ignoreFigure, quoted(figureText)), 'crosscheck.ignoreFigure', figure);
  return actions;
}
