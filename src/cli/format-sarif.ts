/**
 * `check --format sarif`: the diagnostics as one SARIF 2.1.0 log, the format code-scanning services (GitHub code
 * scanning, Azure DevOps, SonarQube imports) read. One rule per diagnostic code, each with its documentation page
 * (docs/codes/<code>.md) as help URI; each result names the article and the figure's region (lines and UTF-16
 * columns, and the offsets the JSON contract uses), and the other sources of the claim as related locations.
 * Validated against the official OASIS schema in test/unit/cli-sarif.test.ts.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';
import { LineIndex } from '../core/lines';
import type { Diagnostic, DiagnosticCode, Severity, WorkspaceResult } from '../core/types';

/** What each code means, in the words of docs/codes/README.md (the rule's short description). */
const RULES: Record<DiagnosticCode, string> = {
  conflict: 'Sources give different values for one claim.',
  'conflict-scale': 'One source is off by a factor of ten or more (millions for billions).',
  'conflict-currency': 'The same number in different currencies.',
  'conflict-predicate': 'The same number counted as different things.',
  'conflict-date': 'Different dates or deadlines for one claim.',
  'conflict-in-article': 'An article contradicts itself.',
  'conflict-update': 'A figure that moves over time: an older report differs from later ones.',
  'unreadable-figure': 'A figure is there but cannot be read as a number.',
};

const RULE_IDS = Object.keys(RULES) as DiagnosticCode[];

/**
 * The code pages as installed with the CLI: the project has no public web address yet (package.json names none), so
 * the help URI is the page the npm package and a clone both carry, `docs/codes/<code>.md` above the running script
 * (dist/cli.js, or src/cli/ when run from source). Null when the pages are not there.
 */
function installedCodePages(from: string): string | null {
  for (let dir = from, up = 0; up < 4; up++, dir = dirname(dir))
    if (existsSync(join(dir, 'docs', 'codes', 'README.md')))
      return pathToFileURL(join(dir, 'docs', 'codes')).href.replace(/\/?$/, '/');
  return null;
}
const CODE_PAGES = installedCodePages(__dirname);
const helpUri = (code: DiagnosticCode): string | undefined => (CODE_PAGES ? `${CODE_PAGES}${code}.md` : undefined);

/** SARIF has no "hint": information and hint are both notes. */
function level(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** The base the relative paths of the run are resolved against: the working directory the CLI ran in. */
const SRCROOT = 'SRCROOT';

/** A path as the CLI printed it, as a SARIF artifact location: relative paths stay relative to SRCROOT. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function toSarif(result: WorkspaceResult, cwd: string): object {
  const indexes = new Map<string, LineIndex>();
  for (const d of result.documents) indexes.set(d.path, new LineIndex(d.text));

  const region = (path: string, start: number, end: number): object => {
    const index = indexes.get(path);
    const base = { charOffset: start, charLength: Math.max(0, end - start) };
    if (!index) return base;
    const from = index.lineColumn(start);
    const to = index.lineColumn(end);
    return {
      startLine: from.line,
      startColumn: from.column,
      endLine: to.line,
      endColumn: to.column,
      ...base,
      snippet: { text: index.text.slice(start, end) },
    };
  };
  const location = (path: string, start: number, end: number): object => ({
    physicalLocation: { artifactLocation: artifactLocation(path), region: region(path, start, end) },
  });

  const result1 = (d: Diagnostic): object => ({
    ruleId: d.code,
    ruleIndex: RULE_IDS.indexOf(d.code),
    level: level(d.severity),
    message: { text: d.message },
    locations: [location(d.path, d.start, d.end)],
    ...(d.related.length > 0
      ? {
          relatedLocations: d.related.map((r, i) => ({
            id: i + 1,
            ...location(r.path, r.start, r.end),
            message: { text: r.message },
          })),
        }
      : {}),
    // the same finding keeps the same identity across runs while the article's text around it is unchanged
    partialFingerprints: {
      'crosscheckFigure/v1': `${d.code}:${d.claim ?? ''}:${indexes.get(d.path)?.text.slice(d.start, d.end) ?? d.start}`,
    },
    ...(d.claim !== undefined ? { properties: { claim: d.claim } } : {}),
  });

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Crosscheck',
            version,
            semanticVersion: version,
            rules: RULE_IDS.map((id) => ({
              id,
              name: id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
              shortDescription: { text: RULES[id] },
              ...(helpUri(id) ? { helpUri: helpUri(id) } : {}),
              help: { text: `${RULES[id]} See docs/codes/${id}.md in the Crosscheck package.` },
              defaultConfiguration: { level: id === 'unreadable-figure' ? 'note' : 'warning' },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: result.diagnostics.map(result1),
      },
    ],
  };
}
