import { describe, it } from 'node:test';
import { expectAll, expectFigure, expectNone } from './figure-helpers';

describe('French figures', () => {
  it('reads French number forms, scales and currencies', () => {
    expectAll('fr', [
      [
        'Microsoft investira 4,3 milliards de dollars en France.',
        { kind: 'money', value: 4_300_000_000, unit: 'USD' },
        '4,3 milliards de dollars',
      ],
      [
        "Microsoft investit 3.2 milliards d'euros en Allemagne.",
        { value: 3_200_000_000, unit: 'EUR' },
        "3.2 milliards d'euros",
      ],
      [
        'soit 2,7 milliards de livres sterling',
        { value: 2_700_000_000, unit: 'GBP' },
        '2,7 milliards de livres sterling',
      ],
      ['Microsoft va investir 2 Md€ en Espagne.', { value: 2_000_000_000, unit: 'EUR' }, '2 Md€'],
      [
        'une contribution de 1,016 milliard d’euros au PIB',
        { value: 1_016_000_000, unit: 'EUR' },
        '1,016 milliard d’euros',
      ],
      [
        'la banque compte plus de 50’000 clients',
        { kind: 'quantity', value: 50_000, unit: 'customer', bound: 'at-least' },
        '50’000 clients',
      ],
      ['il y a 2\u00a0500 startups et 25\u202f000 GPU', { value: 2500, unit: 'startup' }, '2\u00a0500 startups'],
      ['le campus de 88 hectares', { value: 88, unit: 'ha' }, '88 hectares'],
      ['2.100 postes de travail sur la période', { value: 2100, unit: 'job' }, '2.100 postes de travail'],
    ]);
  });
  it('reads written-out numbers and counted nouns', () => {
    expectAll('fr', [
      ['il y a deux semaines', { kind: 'quantity', value: 2, unit: 'week' }, 'deux semaines'],
      ['former un million de personnes', { value: 1_000_000, unit: 'person' }, 'un million de personnes'],
      ['vingt-cinq mille emplois seront créés', { value: 25_000, unit: 'job' }, 'vingt-cinq mille emplois'],
      ['au cours des deux prochaines années', { value: 2, unit: 'year' }, 'deux prochaines années'],
      ['les quatre centres de données du groupe', { value: 4, unit: 'data center' }, 'quatre centres de données'],
    ]);
  });
  it('keeps bounds, ranges, percentages, dates and deadlines', () => {
    expectAll('fr', [
      ['près de 85 % d’énergie sans carbone', { kind: 'percent', value: 85, unit: '%', bound: 'nearly' }, '85 %'],
      ['vise 30 pour cent de plus', { kind: 'percent', value: 30 }, '30 pour cent'],
      [
        'entre 2 et 3 milliards d’euros',
        { value: 2_500_000_000, range: [2_000_000_000, 3_000_000_000], unit: 'EUR' },
        '2 et 3',
      ],
      ['Entre 2026 et 2029, Google injectera', { kind: 'date', value: 2026, range: [2026, 2029] }, '2026'],
      ['13 Mai. 2024 • 12:55', { kind: 'date', value: '2024-05-13', unit: 'day' }, '13 Mai. 2024'],
      ['Octobre 2025', { kind: 'date', value: '2025-10', unit: 'month' }],
      ['2 500 start-ups d’ici 2027', { kind: 'date', value: 2027, deadline: true }, '2027'],
      ["d'ici la fin de l'année 2027", { value: 2027, deadline: true }, '2027'],
    ]);
  });
  it('reports a garbled figure as unreadable and keeps non-figures out', () => {
    expectFigure('fr', 'au-delà de 3 XNUMX milliards de dollars', '3 XNUMX', {
      kind: 'money',
      value: null,
      unit: 'USD',
    });
    expectNone('fr', 'Bayer utilise le 365 Copilot de Microsoft', '365');
    expectNone('fr', 'la mise à jour de la Switch 2, la version 21.0.0', '21.0.0');
    expectNone('fr', 'Nintendo Switch 2 : la console', '2');
    expectNone('fr', 'publié à 12:55 hier', '12:55');
  });
  it('takes a currency the figure leaves out from the article', () => {
    const text =
      'Microsoft investit 400 millions en Suisse\nJuin 2025\n\nMicrosoft a annoncé un investissement de 400 millions de dollars.';
    expectFigure('fr', text, '400 millions', {
      kind: 'money',
      value: 400_000_000,
      unit: 'USD',
      currencyFromContext: true,
    });
  });
});
