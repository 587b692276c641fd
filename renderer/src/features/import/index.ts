export { ImportPage } from './ImportPage';
export { SampleDataButton } from './SampleDataButton';
export { ImportEngineContext, portEngine, type ImportEngine } from './engine';
