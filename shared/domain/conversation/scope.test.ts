// What a rule's words are about: the same words fire or not by what surrounds them. Each pair
// holds one line the rule must flag and one where the words are negated, about someone else, or
// outweighed by praise. The sentences are written for this test and are in none of the corpus files.
import { describe, expect, it } from 'vitest';
import { ruleCats as cats } from './testing';

describe('the rules read what their words are about', () => {
  it.each([
    ['blame', 'Losing Harlow was your fault.', 'The hiring freeze at Harlow is not your fault.'],
    ['blame', 'Honestly, this one is your fault.', "I know the outage wasn't your fault."],
    ['threat', "Miss June again and you'll be out the door.", 'You rescued Delmar when they were halfway out the door.'],
    ['comparison', 'Tomasz hit his number, so can you.', 'Okay so can you send the Verity pack to legal by four?'],
    ['absolute', 'You always leave early on Fridays.', 'You always leave notes so clean anyone could take over the account.'],
    ['absolute', 'You always blame the leads.', 'You always keep the stage honest even when it hurts your number.'],
    ['absolute', 'You keep forgetting the follow-up.', 'Two more late renewals and we will review whether you keep the Brandt book.'],
    ['praising-failure', 'Brilliant, not one meeting booked.', 'Brilliant month, Kasia, 131% and not one complaint.'],
    ['praising-failure', 'Great job, zero escalations and 41% of quota.', 'Great job, zero escalations from the Fenwick rollout.'],
    ['praising-failure', 'Superb work on Orsted: nobody booked a meeting.', 'Superb work on Orsted: you reached the CFO when nobody else could.'],
  ])('%s: "%s" is flagged, "%s" is not', (cat, flagged, clean) => {
    expect(cats(flagged)).toContain(cat);
    expect(cats(clean)).not.toContain(cat);
  });
});
