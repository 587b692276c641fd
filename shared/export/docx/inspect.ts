// Reading a generated .docx back: its XML parts as text, and the visible text of a part.
// Used by the tests, and by anything that needs to check an exported file.
import { strFromU8, unzipSync } from 'fflate';

/** Every XML part of the package (`word/document.xml`, `word/header1.xml`…) as a string; binary parts are skipped. */
export function readDocxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The names of all parts, binary ones (images) included. */
export function docxPartNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** The text of a WordprocessingML part: `w:t` contents, a new line per paragraph, a line break per `w:br`. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>/gu, '\n')
    .replace(/<w:br\/>/gu, '\n')
    .replace(/<w:tab\/>/gu, '\t')
    .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/gu, (_, t: string | undefined) => t ?? '')
    .replace(/&(?:lt|gt|amp|quot|apos);/gu, (e) => ENTITIES[e]!);
}
