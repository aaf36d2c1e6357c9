/**
 * Dev tool: what claim formation reads around each figure of some articles (subject candidates, predicate, place,
 * time, source, story and event), then which named rule of PAIR_RULES decided each pair and each verdict, to see why
 * two figures were or were not grouped and compared.
 *   node --import tsx scripts/dev/explain.ts FILE... [--grep TEXT]
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../src/core/workspace';
import {
  figureContext,
  nameEvidence,
  newNameEvidence,
  readDocument,
  resolveSubject,
} from '../../src/core/claims/context';
import { assignStories } from '../../src/core/claims/stories';
import { groupEvents, type EventDecision } from '../../src/core/claims/events';
import { formClaims } from '../../src/core/claims/index';
import { dropRule } from '../../src/core/claims/mention';

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
const eventDecisions: EventDecision[] = [];
const events = groupEvents(
  copies,
  stories,
  (k) => k,
  (d) => eventDecisions.push(d),
);
ctxs.forEach((c, i) => {
  console.log(
    `${c.doc.path} story=${stories[i]} event=${events.eventOf[i]} subject=${copies[i]!.mainSubject} country=${c.mainCountry}`,
  );
  const dates = c.doc.figures.filter((f) => f.kind === 'date');
  for (const f of c.doc.figures) {
    if (grep && !f.text.includes(grep)) continue;
    const x = figureContext(c, f, dates);
    console.log(
      `  ${JSON.stringify(f.text)} ${x.unitClass}${x.role ? ` role=${x.role}` : ''}${x.source ? ` src=${x.source}` : ''} pred=${x.predicate}${x.predicateExplicit ? '' : '?'}${x.base !== null ? ` of=${x.base}` : ''}${x.concept !== null ? ` is=${x.concept}` : ''} subj=${x.subjectCandidates.map((s) => s.key).join('/') || '-'}>${resolveSubject(x, copies[i]!.mainSubject, (k) => k)} ` +
        `place=${x.place}${x.placeNear ? '!' : x.placeExplicit ? '' : '?'} time=${x.time?.text ?? '-'}${x.time?.deadline ? '(deadline)' : ''}${x.contrast ? ' CONTRAST' : ''}${x.total ? ' TOTAL' : ''}${dropRule(x) ? ` DROPPED:${dropRule(x)}` : ''}`,
    );
  }
});

// the event decisions: which rule of EVENT_RULE_IDS joined or kept apart each two stories sharing a feature
console.log('\nevent decisions (rule evidence: a | b: shared features):');
for (const d of eventDecisions) {
  const name = (i: number) => ctxs[i]!.doc.path.split('/').pop();
  console.log(`  ${d.rule} ${d.evidence}: ${name(d.a)} | ${name(d.b)}: ${d.shared.join(' ')}`);
}

// the decisions: which rule linked or kept apart each pair, and each compared pair's verdict
const { trace } = formClaims(docs, { trace: true });
console.log('\npair decisions (stage rule decision: a | b):');
for (const t of trace ?? []) {
  if (grep && !t.a.text.includes(grep) && !t.b.text.includes(grep)) continue;
  const where = (m: { path: string; text: string }) => `${m.path.split('/').pop()}:${JSON.stringify(m.text)}`;
  const ps = t.p !== undefined ? ` p=${t.p.toFixed(2)}` : '';
  console.log(`  ${t.stage} ${t.rule}${t.decision ? ` ${t.decision}` : ''}${ps}: ${where(t.a)} | ${where(t.b)}`);
}
