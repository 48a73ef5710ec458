import assert from 'node:assert/strict';
import { test } from 'node:test';
import { categorise } from '../src/import/categories.js';
import { htmlToText } from '../src/import/html-text.js';
import { distanceKm, matchPartner, normaliseTown } from '../src/import/partner-match.js';
import { childText, parseXml } from '../src/import/xml.js';
import { importDb } from './import-helpers.js';

test('the XML reader: CDATA, entities, attributes, comments, self-closing tags', async () => {
  const root = parseXml('\uFEFF<?xml version="1.0"?>\n<!-- c --><a x="1 &amp; 2" y=\'&#x41;\'><b>x &lt; y &amp;&#228;&#xFC;</b><c><![CDATA[<p>a]] & b</p>]]></c><d/><e>one<![CDATA[ two ]]>three</e></a>\n');
  assert.deepEqual(root.attributes, { x: '1 & 2', y: 'A' });
  assert.equal(childText(root, 'b'), 'x < y &äü');
  assert.equal(childText(root, 'c'), '<p>a]] & b</p>');
  assert.equal(childText(root, 'd'), '');
  assert.equal(childText(root, 'e'), 'one two three');
  assert.equal(childText(root, 'missing'), '');
});

test('the XML reader refuses what is not well-formed, and any DOCTYPE', async () => {
  for (const bad of [
    '<a><b></a></b>',
    '<a>',
    '<a></a><b></b>',
    'text<a></a>',
    '<a>AT&T</a>',
    '<a>&nbsp;</a>',
    '<a>&#0;</a>',
    '<a><![CDATA[x</a>',
    '<a><!-- x</a>',
    '<a x="1" x="2"></a>',
    '<a x=1></a>',
    '<a>< b</a>',
    '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
    '',
  ]) {
    assert.throws(() => parseXml(bad), /Not well-formed XML/, bad);
  }
});

test('HTML to plain text: blocks as paragraphs, lists, breaks, entities, scripts dropped', async () => {
  assert.equal(htmlToText('<h2>Wir&nbsp;bieten</h2><p>Gute  Arbeit<br/>und &bdquo;mehr&ldquo;</p><ul><li>A</li><li>B &amp; C</li></ul><script>alert(1)</script><p>Ende &#8211; &unknown;</p>'),
    'Wir bieten\n\nGute Arbeit\nund „mehr“\n\n• A\n• B & C\n\nEnde – &unknown;');
  assert.equal(htmlToText('Zeile eins\r\nZeile  zwei\n\n\n\nAbsatz'), 'Zeile eins\nZeile zwei\n\nAbsatz', 'plain text keeps its lines');
  assert.equal(htmlToText('<div><p>x</p></div><table><tr><td>a</td><td>b</td></tr></table>'), 'x\n\na b');
  assert.equal(htmlToText(''), '');
});

test('places map to partners: postcode, town name, nearest town within 25 km, else none', async () => {
  const { region, close } = await importDb();
  try {
    const partners = region.partners;
    assert.equal(matchPartner({ postalCode: '01917', city: 'Wiesa' }, partners), 'kamenz');
    assert.equal(matchPartner({ postalCode: '01099' }, partners), 'dresden');
    assert.equal(matchPartner({ city: 'Großröhrsdorf' }, partners), 'grossroehrsdorf');
    assert.equal(matchPartner({ city: 'GROSSENHAIN, Sachsen' }, partners), 'grossenhain');
    assert.equal(matchPartner({ city: 'Landkreis Bautzen' }, partners), undefined, 'a district is never matched by name');
    assert.equal(matchPartner({ city: 'Elstra', lat: 51.2215, lon: 14.1322 }, partners), 'kamenz');
    assert.equal(matchPartner({ city: 'Görlitz', lat: 51.1528, lon: 14.9872 }, partners), undefined);
    assert.equal(matchPartner({ city: 'Elstra', lat: 51.2215, lon: 14.1322 }, partners, { maxKm: 2 }), undefined);
    assert.equal(matchPartner({ postalCode: '01917' }, partners.filter((partner) => partner.id !== 'kamenz')), undefined, 'a postcode of a partner not (yet) stored');
    assert.equal(normaliseTown('Großröhrsdorf (Sachsen)'), 'grossroehrsdorf');
    assert.ok(Math.abs(distanceKm({ lat: 51.05, lon: 13.737 }, { lat: 51.269, lon: 14.094 }) - 34.5) < 1);
  } finally {
    await close();
  }
});

test('occupations map to categories through the keyword table, with a fallback', async () => {
  const known = new Set(['it', 'health', 'crafts', 'office', 'logistics', 'hospitality', 'manufacturing']);
  assert.equal(categorise(['Pflegehelfer/in'], known, 'office'), 'health');
  assert.equal(categorise(['Fachinformatiker/in - Systemintegration'], known, 'office'), 'it');
  assert.equal(categorise(['Anlagenmechaniker/in - Sanitär-, Heizungs- u. Klimatechnik'], known, 'office'), 'crafts');
  assert.equal(categorise(['Florist/in', 'Florist (m/w/d)'], known, 'office'), 'office');
  assert.equal(categorise([undefined, 'Koch (m/w/d)'], known, 'office'), 'hospitality');
  assert.equal(categorise(['Erzieher/in'], known, 'office'), 'office', 'education is not a known category here');
});
