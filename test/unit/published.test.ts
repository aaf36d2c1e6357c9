import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findPublished } from '../../src/core/figures/published';
import { extractFigures } from '../../src/core/figures/extract';

describe('publication date', () => {
  it('reads a dateline on the second line', () => {
    assert.equal(
      findPublished('Brookfield vill investera 95 miljarder i Sverige\n4 juni 2025\n\nEtt datacenter...', 'sv'),
      '2025-06-04',
    );
    assert.equal(findPublished('Ørsted bekrefter\n11. august 2025\n\nØrsted, hvor Equinor...', 'nb'), '2025-08-11');
    assert.equal(
      findPublished('Microsoft investit 400 millions en Suisse\nJuin 2025\n\nMicrosoft a annoncé...', 'fr'),
      '2025-06',
    );
  });
  it('reads a dateline followed by a time, and a publication cue', () => {
    assert.equal(
      findPublished('KultureGeek\n\nMicrosoft investit\n\n13 Mai. 2024 • 12:55\n0\n\nC’est une bonne nouvelle', 'fr'),
      '2024-05-13',
    );
    assert.equal(
      findPublished('Investimenti\n\nMicrosoft investe 4 mld\n\nPubblicato il 17 mag 2024\n\nmicrosoft francia', 'it'),
      '2024-05-17',
    );
  });
  it('does not take a date inside a sentence, nor a day without its year', () => {
    assert.equal(findPublished('Titre\nLe programme a été déclaré lundi 13 mai, pour 2027.\n', 'fr'), null);
    assert.equal(findPublished('Titre\n\nMicrosoft a investi le 3 juillet 2024 à Madrid.', 'fr'), null);
  });
  it('gives the same answer from figures already extracted', () => {
    const text = 'Google investeert 5 miljard\n8 oktober 2025\n\nGoogle gaat 5 miljard euro investeren.';
    assert.equal(findPublished(text, 'nl', extractFigures(text, 'nl')), findPublished(text, 'nl'));
  });
});

describe('publication date after a place or weekday', () => {
  it('reads "PARIS, 13 mai 2024 (AFP)" and "Stockholm, den 4 juni 2025"', () => {
    assert.equal(findPublished('Titre\nPARIS, 13 mai 2024 (AFP) - Microsoft a annoncé...', 'fr'), '2024-05-13');
    assert.equal(findPublished('Rubrik\nStockholm, den 4 juni 2025\n\nBrödtext.', 'sv'), '2025-06-04');
    assert.equal(findPublished('Headline\nMonday, June 2, 2025\n\nBody text.', 'en'), '2025-06-02');
  });
  it('does not take a date from the first sentence of the body', () => {
    assert.equal(
      findPublished(
        'Titre\n\nLe groupe Bosch a annoncé le 24 janvier 2022 un investissement de 5,9 Md€ en France.',
        'fr',
      ),
      null,
    );
  });
});
