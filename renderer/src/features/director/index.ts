export { DirectorPage } from './DirectorPage';
