/**
 * Dev tool: what claim formation reads around each figure of some articles (subject candidates, predicate, place,
 * time, story), to see why two figures were or were not grouped.
 *   node --import tsx scripts/dev/explain.ts FILE... [--grep TEXT]
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../src/core/workspace';
import { figureContext, nameEvidence, newNameEvidence, readDocument, resolveSubject } from '../../src/core/claims/context';
import { assignStories } from '../../src/core/claims/stories';

const args = process.argv.slice(2);
const g = args.indexOf('--grep');
const grep = g >= 0 ? args[g + 1]! : '';
const files = args.filter((a, i) => a !== '--grep' && (g < 0 || i !== g + 1));
const docs = files.map((f) => analyzeDocument(f, readFileSync(f, 'utf8')));
const ev = newNameEvidence();
for (const d of docs) nameEvidence(d, ev);
const ctxs = docs.map((d) => readDocument(d, ev));
const copies = ctxs.map((c) => ({ ...c }));
const stories = assignStories(copies, (k) => k);
ctxs.forEach((c, i) => {
  console.log(`${c.doc.path} story=${stories[i]} subject=${copies[i]!.mainSubject} country=${c.mainCountry}`);
  const dates = c.doc.figures.filter((f) => f.kind === 'date');
  for (const f of c.doc.figures) {
    if (grep && !f.text.includes(grep)) continue;
    const x = figureContext(c, f, dates);
    console.log(`  ${JSON.stringify(f.text)} ${x.unitClass}${x.source ? ` src=${x.source}` : ""} pred=${x.predicate}${x.predicateExplicit ? '' : '?'} subj=${x.subjectCandidates.map((s) => s.key).join('/') || '-'}>${resolveSubject(x, copies[i]!.mainSubject, (k) => k)} ` +
      `place=${x.place}${x.placeNear ? '!' : x.placeExplicit ? '' : '?'} time=${x.time?.text ?? '-'}${x.time?.deadline ? '(deadline)' : ''}${x.contrast ? ' CONTRAST' : ''}${x.total ? ' TOTAL' : ''}`);
  }
});
