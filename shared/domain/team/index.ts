export { activeOn, placementAt, type Placement } from './placement';
