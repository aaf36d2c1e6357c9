/**
 * What each verdict and conflict code means, shown on hover over a card's verdict (docs/codes/*.md say more). No DOM
 * here, so the rule for codes the panel does not know yet is tested without a browser.
 */
export const CODE_HELP: Record<string, string> = {
  conflict: 'Sources state different values for the same fact.',
  'conflict-scale': 'One figure is ten times or more off the others: a slip of scale (millions for billions).',
  'conflict-currency': 'The same number in another currency: a slip of currency.',
  'conflict-predicate': 'The same number said of something else (jobs created, people trained).',
  'conflict-date': 'The same target with another date or deadline.',
  'conflict-in-article': 'One article contradicts itself.',
  'conflict-update': 'A figure that moves over time (a toll, a count): reports of different days differ.',
  agree: 'Every source states the same value.',
  approximate: 'The sources agree within the rounding and bound words the rules allow.',
  single: 'Only one source states this.',
};

/** A conflict code this panel does not know yet (a newer engine's) is explained as the family's: a contradiction. */
export function codeHelp(code: string): string {
  return CODE_HELP[code] ?? (code.startsWith('conflict') ? CODE_HELP.conflict! : code);
}
