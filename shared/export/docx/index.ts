export { renderDocx, toDocxDocument } from './render';
export { estimatePages } from './pages';
