export { DocumentView, PrintView } from './DocumentView';
export { SignaturePad, type SignaturePadProps } from './SignaturePad';
