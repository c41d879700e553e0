import { describe, expect, it } from 'vitest';
import { escapeXml, parseXml } from '../../../shared/formats/xml';

describe('parseXml', () => {
  it.each([
    ['<a><b/></a>', 'a'],
    ['<?xml version="1.0"?>\n<w:doc xmlns:w="u"><w:p w:val="x &amp; y"/></w:doc>', 'doc'],
    ['<a><![CDATA[<not a tag>]]><!-- note --></a>', 'a'],
  ])('reads %j', (xml, root) => {
    expect(parseXml(xml).name).toBe(root);
  });

  it.each([
    ['<a><b></a>', /does not match/],
    ['<a>', /never closed/],
    ['<a>x & y</a>', /bare "&"/],
    ['<a x="1" x="2"/>', /appears twice/],
    ['<a/><b/>', /one root/],
    ['<!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>', /DOCTYPE/],
    ['<a>&unknown;</a>', /Unknown entity/],
    ['<a b="<"/>', /not allowed/],
  ])('refuses %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('decodes entities and keeps attribute values by local name', () => {
    const root = parseXml('<w:p xmlns:w="u" w:val="&lt;&#65;&#x42;&gt;">t&apos;s</w:p>');
    expect(root.attrs['val']).toBe('<AB>');
    expect(root.children).toEqual(["t's"]);
  });
});

describe('escapeXml', () => {
  it.each([
    ['a < b & "c"', 'a &lt; b &amp; &quot;c&quot;'],
    ['bell\u0007 gone', 'bell gone'],
  ])('escapes %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});
