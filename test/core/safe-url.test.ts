import { expect } from '@open-wc/testing';
import { mailtoUrl, safeUrl } from '../../src/core/safe-url.js';

describe('safeUrl', () => {
  it('passes http, https and mailto links', () => {
    expect(safeUrl('https://www.kamenz.de/jobs?id=1')).to.equal('https://www.kamenz.de/jobs?id=1');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('mailto:info@kamenz.de')).to.equal('mailto:info@kamenz.de');
  });

  it('refuses script, data and other schemes however they are spelled', () => {
    for (const hostile of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd']) {
      expect(safeUrl(hostile), hostile).to.equal(undefined);
    }
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('')).to.equal(undefined);
  });

  it('builds mailto links only from addresses', () => {
    expect(mailtoUrl('bewerbung@firma.de')).to.equal('mailto:bewerbung@firma.de');
    expect(mailtoUrl('a@b.de?subject=x&body=<script>')).to.equal(undefined);
    expect(mailtoUrl('javascript:alert(1)')).to.equal(undefined);
  });
});
