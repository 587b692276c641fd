export { TeamPage } from './TeamPage';
export { RepPage } from './RepPage';
