import { expect } from '@open-wc/testing';
import { foldForSearch, searchWords } from '@wachstumsregion/domain/search';

describe('foldForSearch', () => {
  it('makes umlauts, their ae/oe/ue spellings, ß and case compare equal', () => {
    expect(foldForSearch('Bäcker')).to.equal(foldForSearch('BAECKER'));
    expect(foldForSearch('Bäcker')).to.equal(foldForSearch('backer'));
    expect(foldForSearch('Straße')).to.equal(foldForSearch('strasse'));
    expect(foldForSearch('Großröhrsdorf')).to.equal(foldForSearch('grossroehrsdorf'));
  });

  it('splits a query into distinct folded words', () => {
    expect(searchWords('  Pflege,  Kamenz pflege!')).to.deep.equal(['pflege', 'kamenz']);
  });
});
