// Opening a .docx someone sends back: the text of its main part, or one sentence when the file
// is not a Word document at all (a text file renamed .docx, a damaged download).
import { strFromU8, unzipSync } from 'fflate';
import { err, ok, type Result } from '@shared/lib/result';

/** Larger than any form a rep fills in: refuse before unzipping. */
const MAX_BYTES = 20 * 1024 * 1024;

/** word/document.xml of a .docx, or why it cannot be read. */
export function wordDocumentXml(bytes: Uint8Array): Result<string> {
  const notWord = err('not-docx', 'This file is not a Word document (.docx): choose the form the rep filled in and saved from Word.');
  if (bytes.length > MAX_BYTES) return err('too-large', 'This file is over 20 MB: a filled form is much smaller. Choose the form the rep returned.');
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
    const part = files['word/document.xml'];
    return part ? ok(strFromU8(part)) : notWord;
  } catch {
    return notWord;
  }
}
