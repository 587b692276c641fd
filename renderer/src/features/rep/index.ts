export { RepPage } from './RepPage';
