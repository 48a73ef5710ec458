import { expect } from '@open-wc/testing';
import { endOfRegionDay, regionDay } from '@wachstumsregion/domain/region-day';

// These hold in whatever time zone the browser runs (the suite is run in Berlin, Kiritimati and Los Angeles).
describe('the region’s day', () => {
  it('ends at 23:59:59 in Berlin, in winter and in summer time, on the days the clocks change and on a leap day', () => {
    expect(endOfRegionDay('2026-12-31').toISOString()).to.equal('2026-12-31T22:59:59.000Z');
    expect(endOfRegionDay('2026-07-01').toISOString()).to.equal('2026-07-01T21:59:59.000Z');
    expect(endOfRegionDay('2026-03-29').toISOString()).to.equal('2026-03-29T21:59:59.000Z');
    expect(endOfRegionDay('2026-10-25').toISOString()).to.equal('2026-10-25T22:59:59.000Z');
    expect(endOfRegionDay('2028-02-29').toISOString()).to.equal('2028-02-29T22:59:59.000Z');
  });

  it('is the day a moment falls on in Berlin, not where the machine is', () => {
    expect(regionDay('2026-12-31T22:59:59Z')).to.equal('2026-12-31');
    expect(regionDay('2026-12-31T23:00:00Z')).to.equal('2027-01-01');
    expect(regionDay('2026-06-30T22:30:00Z')).to.equal('2026-07-01');
    expect(regionDay('2028-02-29T12:00:00Z')).to.equal('2028-02-29');
    for (const day of ['2026-01-01', '2026-03-29', '2026-10-25', '2028-02-29']) expect(regionDay(endOfRegionDay(day))).to.equal(day);
  });
});
