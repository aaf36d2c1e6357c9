/**
 * An article's own conversion between two currencies, a long abbreviation before a lower-case word, and a part
 * introduced by "of them" ("de ellas"). Hand-made articles of an invented company ("Contoso").
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formClaims } from '../../src/core/claims/index';
import { tokenize } from '../../src/core/claims/text';
import { diagnosticAt, conflictsOf, count, doc, money } from './claims-helpers';

describe('claims: an article converts an amount into another currency itself', () => {
  it('takes "USD 4.6bn, i.e. about PLN 20bn" as the article’s own rate, not as a contradiction (no euro on either side)', () => {
    // at the ECB rates of that day USD 4.6bn is PLN 18.7bn: 6.9 % below the rounded "ok. 20 mld zł"
    const pl = doc(
      'x/pl.txt',
      'pl',
      '2023-06-20',
      'Contoso buduje zakład w Polsce\n20 czerwca 2023 r.\n\nContoso zbuduje zakład w Polsce za 4,6 mld dolarów, czyli ok. 20 mld zł.',
      [money('4,6 mld dolarów', 4.6e9, 'USD'), money('ok. 20 mld zł', 2e10, 'PLN', { bound: 'about' })],
    );
    assert.deepEqual(conflictsOf(formClaims([pl]).diagnostics), []);
  });
  it('still flags a scale slip in the article’s conversion ("42 millions de couronnes, soit environ 5,6 milliards")', () => {
    const fr = doc(
      'x/fr.txt',
      'fr',
      '2023-11-23',
      'Contoso investit au Danemark\n23 novembre 2023\n\nContoso investira 42 millions de couronnes au Danemark, soit environ 5,6 milliards d’euros.',
      [
        money('42 millions de couronnes', 4.2e7, 'DKK'),
        money('5,6 milliards d’euros', 5.6e9, 'EUR', { bound: 'about' }),
      ],
    );
    const da = doc(
      'x/da.txt',
      'da',
      '2023-11-23',
      'Contoso investerer i Danmark\n23. november 2023\n\nContoso vil investere 42 mia. kr. i Danmark.',
      [money('42 mia. kr.', 4.2e10, 'DKK')],
    );
    const slip = formClaims([fr, da]).diagnostics.find((d) => d.path === fr.path && d.start === fr.figures[0]!.start);
    assert.equal(slip?.code, 'conflict-scale');
  });
});

describe('claims text: a period before a lower-case word', () => {
  it('does not end the sentence after a long abbreviation ("36 proc. do 11,7 mld", "ca. die Hälfte")', () => {
    const { tokens } = tokenize(
      'Przychody spadły o 36 proc. do 11,7 mld dol. Der Umsatz fiel um ca. die Hälfte. Neuer Satz.',
    );
    const at = (w: string) => tokens.find((t) => t.folded === w)!;
    assert.equal(at('do').sentence, at('przychody').sentence);
    assert.equal(at('die').sentence, at('umsatz').sentence);
    assert.equal(at('umsatz').sentence, at('przychody').sentence + 1);
    assert.equal(at('neuer').sentence, at('umsatz').sentence + 1);
  });
});

describe('claims: a part introduced by "of them"', () => {
  it('keeps "unas 10.000 [de ellas] en Alemania" out of the comparison with another source’s count', () => {
    const es = doc(
      'e/es.txt',
      'es',
      '2023-06-19',
      'Contoso invierte en Alemania\n19 de junio de 2023\n\nContoso invertirá 30.000 millones de euros en Alemania. Contoso emplea a unas 130.000 personas, de ellas unas 10.000 en Alemania.',
      [
        money('30.000 millones de euros', 3e10, 'EUR'),
        count('130.000 personas', 130000, 'person', { bound: 'about' }),
        count('10.000', 10000, 'person', { bound: 'about' }),
      ],
    );
    const pt = doc(
      'e/pt.txt',
      'pt',
      '2023-06-20',
      'Contoso investe na Alemanha\n20 de junho de 2023\n\nA Contoso investe 30 mil milhões de euros na Alemanha. As obras vão mobilizar até 7.000 operários.',
      [
        money('30 mil milhões de euros', 3e10, 'EUR'),
        count('até 7.000 operários', 7000, 'worker', { bound: 'at-most' }),
      ],
    );
    assert.deepEqual(conflictsOf(formClaims([es, pt]).diagnostics), []);
  });
  it('the twin: "unos 10.000 obreros" said of the works themselves contradicts "até 7.000 operários"', () => {
    const es = doc(
      'e/es.txt',
      'es',
      '2023-06-19',
      'Contoso invierte en Alemania\n19 de junio de 2023\n\nContoso invertirá 30.000 millones de euros en Alemania. Las obras movilizarán a unos 10.000 obreros.',
      [money('30.000 millones de euros', 3e10, 'EUR'), count('10.000 obreros', 10000, 'worker', { bound: 'about' })],
    );
    const pt = doc(
      'e/pt.txt',
      'pt',
      '2023-06-20',
      'Contoso investe na Alemanha\n20 de junho de 2023\n\nA Contoso investe 30 mil milhões de euros na Alemanha. As obras vão mobilizar até 7.000 operários.',
      [
        money('30 mil milhões de euros', 3e10, 'EUR'),
        count('até 7.000 operários', 7000, 'worker', { bound: 'at-most' }),
      ],
    );
    const r = formClaims([es, pt]);
    // the conflict family, as the test above counts it (a day apart, a count that moves is conflict-update)
    assert.match(diagnosticAt(r, es, '10.000 obreros')?.code ?? 'none', /^conflict/);
  });
});
