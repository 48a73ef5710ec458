import { decodeEntities } from './html-text.js';

/** An element of a parsed XML document: its name, attributes, child elements and its own text (CDATA included). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five entities and numeric references; any other named entity is an error (XML defines no others). */
function decodeXml(text: string, at: number): string {
  return text.replace(/&([^;&\s<]{0,32});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`a bare "&" in text`, at);
    if (ref in xmlEntities) return xmlEntities[ref]!;
    if (/^#([0-9]+|x[0-9a-fA-F]+)$/.test(ref)) {
      const decoded = decodeEntities(whole);
      if (decoded === whole) throw new XmlError(`an invalid character reference ${whole}`, at);
      return decoded;
    }
    throw new XmlError(`an unknown entity ${whole}`, at);
  });
}

export class XmlError extends Error {
  constructor(problem: string, offset: number) {
    super(`Not well-formed XML: ${problem} at offset ${offset}.`);
  }
}

const namePattern = /^[A-Za-z_:][\w.:-]*/;

/**
 * A small, strict XML reader for flat feeds such as Personio's: elements, attributes, text, CDATA sections,
 * comments, processing instructions, the five predefined entities and character references. A DOCTYPE is
 * refused (no entity expansion, so no entity bombs), and so is anything not well-formed: mismatched or
 * unclosed tags, a stray `<` or `&`, text after the root. Namespaces are kept as part of names.
 */
export function parseXml(source: string): XmlElement {
  const xml = source.replace(/^\uFEFF/, '');
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const addText = (text: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
    else if (text.trim()) throw new XmlError('text outside the root element', pos);
  };

  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1) {
      addText(decodeXml(xml.slice(pos), pos));
      break;
    }
    if (lt > pos) addText(decodeXml(xml.slice(pos, lt), pos));
    pos = lt;
    if (xml.startsWith('<!--', pos)) {
      const end = xml.indexOf('-->', pos + 4);
      if (end === -1) throw new XmlError('an unclosed comment', pos);
      pos = end + 3;
    } else if (xml.startsWith('<![CDATA[', pos)) {
      const end = xml.indexOf(']]>', pos + 9);
      if (end === -1) throw new XmlError('an unclosed CDATA section', pos);
      if (!stack.length) throw new XmlError('CDATA outside the root element', pos);
      addText(xml.slice(pos + 9, end));
      pos = end + 3;
    } else if (xml.startsWith('<?', pos)) {
      const end = xml.indexOf('?>', pos + 2);
      if (end === -1) throw new XmlError('an unclosed processing instruction', pos);
      pos = end + 2;
    } else if (xml.startsWith('<!', pos)) {
      throw new XmlError('a DOCTYPE or declaration (not accepted in a feed)', pos);
    } else if (xml.startsWith('</', pos)) {
      const match = /^<\/([A-Za-z_:][\w.:-]*)\s*>/.exec(xml.slice(pos, pos + 300));
      if (!match) throw new XmlError('a malformed end tag', pos);
      const open = stack.pop();
      if (!open || open.name !== match[1]) throw new XmlError(`</${match[1]}> does not close <${open?.name ?? 'nothing'}>`, pos);
      pos += match[0].length;
    } else {
      const name = namePattern.exec(xml.slice(pos + 1, pos + 257))?.[0];
      if (!name) throw new XmlError('a "<" that starts no tag', pos);
      if (root && !stack.length) throw new XmlError('a second root element', pos);
      let cursor = pos + 1 + name.length;
      const attributes: Record<string, string> = {};
      for (;;) {
        const space = /^\s*/.exec(xml.slice(cursor))![0].length;
        cursor += space;
        if (xml.startsWith('/>', cursor) || xml.startsWith('>', cursor)) break;
        if (!space) throw new XmlError(`a malformed start tag <${name}>`, cursor);
        const attribute = /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(cursor, cursor + 65536));
        if (!attribute) throw new XmlError(`a malformed attribute in <${name}>`, cursor);
        if (attribute[1]! in attributes) throw new XmlError(`a repeated attribute ${attribute[1]}`, cursor);
        attributes[attribute[1]!] = decodeXml(attribute[3] ?? attribute[4] ?? '', cursor);
        cursor += attribute[0].length;
      }
      const element: XmlElement = { name, attributes, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else root = element;
      if (xml.startsWith('/>', cursor)) {
        pos = cursor + 2;
      } else {
        stack.push(element);
        pos = cursor + 1;
      }
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1]!.name}> is never closed`, xml.length);
  if (!root) throw new XmlError('no root element', 0);
  return root;
}

/** The first child element of that name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

/** The trimmed text of the first child of that name; empty when absent. */
export function childText(element: XmlElement, name: string): string {
  return child(element, name)?.text.trim() ?? '';
}
