export { contentWidth, documentOptions, renderDocx, toDocxDocument } from './render';
export { estimatePages } from './pages';
export { docxPartNames, readDocxParts, xmlText } from './inspect';
export { wordDocumentXml } from './form-read';
