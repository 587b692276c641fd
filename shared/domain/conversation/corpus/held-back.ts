// The held-back batches of issue 20, in the order they were written: statements by writers who
// never saw the coach's code, rules or any other statement, never trained or tuned on. One list
// for the test that guards their figures (held-back.test.ts) and the benchmark that prints them.
import five from './held-back-5.json';
import six from './held-back-6.json';
import seven from './held-back-7.json';
import eight from './held-back-8.json';
import nine from './held-back-9.json';
import ten from './held-back-10.json';
import eleven from './held-back-11.json';
import twelve from './held-back-12.json';
import thirteen from './held-back-13.json';
import fourteen from './held-back-14.json';
import fifteen from './held-back-15.json';
import sixteen from './held-back-16.json';
import seventeen from './held-back-17.json';
import eighteen from './held-back-18.json';
import nineteen from './held-back-19.json';
import twenty from './held-back-20.json';
import twentyOne from './held-back-21.json';
import twentyTwo from './held-back-22.json';
import twentyThree from './held-back-23.json';
import twentyFour from './held-back-24.json';
import twentyFive from './held-back-25.json';
import twentySix from './held-back-26.json';

export const HELD_BACK = [
  ['5', five],
  ['6', six],
  ['7', seven],
  ['8', eight],
  ['9', nine],
  ['10', ten],
  ['11', eleven],
  ['12', twelve],
  ['13', thirteen],
  ['14', fourteen],
  ['15', fifteen],
  ['16', sixteen],
  ['17', seventeen],
  ['18', eighteen],
  ['19', nineteen],
  ['20', twenty],
  ['21', twentyOne],
  ['22', twentyTwo],
  ['23', twentyThree],
  ['24', twentyFour],
  ['25', twentyFive],
  ['26', twentySix],
] as const;
