/**
 * Claim formation on head counts inside one event: staff laid off are not the staff still at work, a company's
 * worldwide headcount is not its headcount in one country, a town's inhabitants are nobody's staff. Hand-made
 * articles of an invented company ("Contoso").
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import { diagnosticAt, claimOrAlone, conflictsOf, count, doc, money } from './claims-helpers';

describe('claims: staff laid off against staff still employed', () => {
  it('reads a separable verb ("sa i høst opp") as a cut, not as the workforce another source gives', () => {
    const nb = doc(
      'l/nb.txt',
      'nb',
      '2024-11-22',
      'Contoso søker beskyttelse\n22. november 2024\n\nContoso har gjeld på 5,8 milliarder dollar i Sverige. Contoso sa i høst opp 1600 ansatte i Sverige.',
      [count('1600 ansatte', 1600, 'employee'), money('5,8 milliarder dollar', 5.8e9, 'USD')],
    );
    const da = doc(
      'l/da.txt',
      'da',
      '2024-11-22',
      'Contoso søger beskyttelse\n22. november 2024\n\nGælden i Sverige lyder på 5,8 mia. dollar. Omkring 3.000 ansatte arbejder stadig på fabrikken i Sverige.',
      [count('3.000 ansatte', 3000, 'employee'), money('5,8 mia. dollar', 5.8e9, 'USD')],
    );
    const r = formClaims([nb, da]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.notEqual(claimOrAlone(r, nb, '1600 ansatte'), claimOrAlone(r, da, '3.000 ansatte'));
  });
  it('takes jobs that "disappear" as jobs cut, the same fact as jobs cut elsewhere', () => {
    const da = doc(
      'v/da.txt',
      'da',
      '2024-11-22',
      'Contoso i krise: 900 job forsvinder i Sverige\n22. november 2024\n\nContoso har søgt beskyttelse i Sverige. Gælden lyder på 5,8 mia. dollar.',
      [count('900 job', 900, 'job'), money('5,8 mia. dollar', 5.8e9, 'USD')],
    );
    const sv = doc(
      'v/sv.txt',
      'sv',
      '2024-11-22',
      'Contoso i kris\n22 november 2024\n\nContoso har ansökt om skydd i Sverige. Skulderna uppgår till 5,8 miljarder dollar. Contoso skär ner 900 jobb i Sverige.',
      [count('900 jobb', 900, 'job'), money('5,8 miljarder dollar', 5.8e9, 'USD')],
    );
    const r = formClaims([da, sv]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.equal(claimOrAlone(r, da, '900 job'), claimOrAlone(r, sv, '900 jobb'));
  });
  it('still flags two different numbers of jobs cut', () => {
    const fr = doc(
      'c/fr.txt',
      'fr',
      '2024-11-22',
      'Contoso en crise\n22 novembre 2024\n\nLa dette de Contoso en Suède atteint 5,8 milliards de dollars. Contoso va supprimer 900 emplois en Suède.',
      [count('900 emplois', 900, 'job'), money('5,8 milliards de dollars', 5.8e9, 'USD')],
    );
    const pt = doc(
      'c/pt.txt',
      'pt',
      '2024-11-22',
      'Contoso em crise\n22 de novembro de 2024\n\nA dívida da Contoso na Suécia chega a 5,8 mil milhões de dólares. A Contoso vai cortar 1.200 empregos na Suécia.',
      [count('1.200 empregos', 1200, 'job'), money('5,8 mil milhões de dólares', 5.8e9, 'USD')],
    );
    const r = formClaims([fr, pt]);
    assert.equal(claimOrAlone(r, fr, '900 emplois'), claimOrAlone(r, pt, '1.200 empregos'));
    assert.ok(conflictsOf(r.diagnostics).length >= 2);
  });
});

describe('claims: a worldwide headcount against one country’s', () => {
  it('keeps "en el mundo" and "nel mondo" apart from the staff of the site', () => {
    const es = doc(
      'w/es.txt',
      'es',
      '2023-06-19',
      'Contoso abrirá una fábrica en Alemania\n19 de junio de 2023\n\nContoso invertirá 30.000 millones de euros en Alemania. Contoso emplea a unas 3.600 personas en el mundo.',
      [money('30.000 millones de euros', 3e10, 'EUR'), count('3.600 personas', 3600, 'person')],
    );
    const de = doc(
      'w/de.txt',
      'de',
      '2023-06-19',
      'Contoso baut Fabrik in Deutschland\n19. Juni 2023\n\nContoso investiert 30 Milliarden Euro in Deutschland. In dem Werk sollen rund 3.000 Beschäftigte arbeiten.',
      [money('30 Milliarden Euro', 3e10, 'EUR'), count('3.000 Beschäftigte', 3000, 'employee')],
    );
    const it_ = doc(
      'w/it.txt',
      'it',
      '2023-06-19',
      'Contoso investe in Germania\n19 giugno 2023\n\nContoso investirà 30 miliardi di euro in Germania. Nel mondo Contoso ha 3.600 dipendenti.',
      [money('30 miliardi di euro', 3e10, 'EUR'), count('3.600 dipendenti', 3600, 'employee')],
    );
    const r = formClaims([es, de, it_]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.equal(claimOrAlone(r, es, '3.600 personas'), claimOrAlone(r, it_, '3.600 dipendenti'));
    assert.notEqual(claimOrAlone(r, es, '3.600 personas'), claimOrAlone(r, de, '3.000 Beschäftigte'));
  });
});

describe('claims: inhabitants are not staff', () => {
  it('keeps a town’s population apart from the workers of the project', () => {
    const pl = doc(
      'p/pl.txt',
      'pl',
      '2023-06-20',
      'Contoso buduje fabrykę w Niemczech\n20 czerwca 2023 r.\n\nContoso zainwestuje 30 mld euro w Niemczech. Rząd szacuje, że w regionie przybędzie 8 tys. mieszkańców.',
      [money('30 mld euro', 3e10, 'EUR'), count('8 tys. mieszkańców', 8000, 'person')],
    );
    const it_ = doc(
      'p/it.txt',
      'it',
      '2023-06-20',
      'Contoso costruisce in Germania\n20 giugno 2023\n\nContoso investirà 30 miliardi di euro in Germania. Il cantiere impiegherà 7.000 operai.',
      [money('30 miliardi di euro', 3e10, 'EUR'), count('7.000 operai', 7000, 'worker')],
    );
    const r = formClaims([pl, it_]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.notEqual(claimOrAlone(r, pl, '8 tys. mieszkańców'), claimOrAlone(r, it_, '7.000 operai'));
  });
  it('the twin: workers of the project in one source contradict the workers in the other', () => {
    const pl = doc(
      'p/pl.txt',
      'pl',
      '2023-06-20',
      'Contoso buduje fabrykę w Niemczech\n20 czerwca 2023 r.\n\nContoso zainwestuje 30 mld euro w Niemczech. Na budowie będzie pracować 9 tys. robotników.',
      [money('30 mld euro', 3e10, 'EUR'), count('9 tys. robotników', 9000, 'worker')],
    );
    const it_ = doc(
      'p/it.txt',
      'it',
      '2023-06-20',
      'Contoso costruisce in Germania\n20 giugno 2023\n\nContoso investirà 30 miliardi di euro in Germania. Il cantiere impiegherà 7.000 operai.',
      [money('30 miliardi di euro', 3e10, 'EUR'), count('7.000 operai', 7000, 'worker')],
    );
    const r = formClaims([pl, it_]);
    assert.equal(claimOrAlone(r, pl, '9 tys. robotników'), claimOrAlone(r, it_, '7.000 operai'));
    assert.equal(diagnosticAt(r, pl, '9 tys. robotników')?.code, 'conflict');
  });
});

describe('claims: today’s headcount against one to reach by a later year', () => {
  const es = doc(
    'n/es.txt',
    'es',
    '2023-03-24',
    'Contoso abre una fábrica en España\n24 de marzo de 2023\n\nContoso invertirá 3.000 millones de euros en España. Contoso tiene actualmente 15.000 trabajadores.',
    [money('3.000 millones de euros', 3e9, 'EUR'), count('15.000 trabajadores', 15000, 'worker')],
  );
  it('keeps "actualmente 15.000" apart from "by 2030 ... 17.000 staff" (Dutch and English)', () => {
    const nl = doc(
      'n/nl.txt',
      'nl',
      '2023-03-24',
      'Contoso bouwt fabriek in Spanje\n24 maart 2023\n\nContoso investeert 3 miljard euro in Spanje. Contoso wil tegen 2030 zes fabrieken hebben met samen 17.000 medewerkers.',
      [
        money('3 miljard euro', 3e9, 'EUR'),
        { text: '2030', kind: 'date', value: 2030, unit: 'year', deadline: true },
        count('17.000 medewerkers', 17000, 'employee'),
      ],
    );
    const en = doc(
      'n/en.txt',
      'en',
      '2023-03-24',
      'Contoso builds a plant in Spain\nMarch 24, 2023\n\nContoso will invest €3bn in Spain. By 2030 Contoso aims to have 17,000 staff.',
      [
        money('€3bn', 3e9, 'EUR'),
        { text: '2030', kind: 'date', value: 2030, unit: 'year', deadline: true },
        count('17,000 staff', 17000, 'employee'),
      ],
    );
    const r = formClaims([es, nl, en]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.equal(claimOrAlone(r, nl, '17.000 medewerkers'), claimOrAlone(r, en, '17,000 staff'));
  });
  it('still flags two different headcounts of today', () => {
    const de = doc(
      'n/de.txt',
      'de',
      '2023-03-24',
      'Contoso baut Fabrik in Spanien\n24. März 2023\n\nContoso investiert 3 Milliarden Euro in Spanien. Contoso beschäftigt derzeit 17.000 Mitarbeiter.',
      [money('3 Milliarden Euro', 3e9, 'EUR'), count('17.000 Mitarbeiter', 17000, 'employee')],
    );
    const r = formClaims([es, de]);
    assert.ok(conflictsOf(r.diagnostics).length >= 2);
  });
});

describe('claims: a deadline of another clause', () => {
  it('dates the figure of its own clause, not the count before the semicolon', () => {
    const da = doc(
      'k/da.txt',
      'da',
      '2024-06-25',
      'Contoso bygger i Danmark\n25. juni 2024\n\nContoso investerer 4 mia. kr. i Danmark. Contoso har 4.500 ansatte i byen; kommunen planlægger 2.000 nye boliger frem mod 2030.',
      [
        money('4 mia. kr.', 4e9, 'DKK'),
        count('4.500 ansatte', 4500, 'employee'),
        count('2.000 nye boliger', 2000, 'home'),
        { text: '2030', kind: 'date', value: 2030, unit: 'year', deadline: true },
      ],
    );
    const fr = doc(
      'k/fr.txt',
      'fr',
      '2024-06-25',
      'Contoso investit au Danemark\n25 juin 2024\n\nContoso investit 4 milliards de couronnes au Danemark. Contoso emploie 4 500 salariés dans la ville.',
      [money('4 milliards de couronnes', 4e9, 'DKK'), count('4 500 salariés', 4500, 'employee')],
    );
    const r = formClaims([da, fr]);
    assert.deepEqual(conflictsOf(r.diagnostics), []);
    assert.equal(claimOrAlone(r, da, '4.500 ansatte'), claimOrAlone(r, fr, '4 500 salariés'));
    assert.doesNotMatch(r.claims.find((c) => c.id === claimOrAlone(r, da, '4.500 ansatte'))!.label, /2030/);
  });
});
