import type { z } from 'zod';

// Validation problems of a script in the words of the script form: "step 2, branch 1",
// "rubric criterion 3, what a 5 looks like", never a validator path.

const FIELDS: Record<string, string> = {
  id: 'the id',
  title: 'the title',
  skill: 'the skill',
  stage: 'the funnel stage',
  difficulty: 'the difficulty',
  minutes: 'the length in minutes',
  scenario: 'the scenario',
  context: 'what the rep knows',
  persona: 'the buyer',
  repObjective: 'the rep’s objective',
  steps: 'the steps',
  observerPrompts: 'the observer’s prompts',
  rubric: 'the rubric',
  passMark: 'the pass mark',
  criteria: 'the criteria',
  name: 'the name',
  role: 'the role',
  company: 'the company',
  goals: 'the goals',
  temperament: 'the temperament',
  buyer: 'the buyer’s line',
  repAim: 'what the rep aims for',
  coachNote: 'the note for the observer',
  branches: 'the other lines',
  when: 'when the line is used',
  assumes: 'what the line assumes',
  sets: 'what the line settles',
  next: 'where the line leads',
  format: 'the file format',
  version: 'the file version',
};

const ORDINAL_PARENTS: Record<string, string> = {
  steps: 'step',
  branches: 'other line',
  criteria: 'rubric criterion',
  goals: 'goal',
  observerPrompts: 'observer prompt',
};

/** "step 2, other line 1, the buyer’s line" for ['script', 'steps', 1, 'branches', 0, 'buyer']. */
export function placeOf(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let parent = '';
  for (const key of path) {
    if (key === 'script' && parts.length === 0 && parent === '') continue;
    if (typeof key === 'number') {
      parts.pop();
      if (parent === 'criteria' && parts[parts.length - 1] === FIELDS.rubric) parts.pop();
      parts.push(`${ORDINAL_PARENTS[parent] ?? 'item'} ${key + 1}`);
    } else if (parent === 'anchors') {
      parts.pop();
      parts.push(`what a ${String(key)} looks like`);
    } else {
      const k = String(key);
      if (k !== 'anchors') parts.push(FIELDS[k] ?? `“${k}”`);
      else parts.push('the anchors');
    }
    parent = String(key);
  }
  return parts.join(', ');
}

/** The validator's message, or a plain one where the validator only says "Invalid input". */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (/received undefined/.test(issue.message)) return 'is missing';
    return issue.expected === 'number'
      ? 'should be a number'
      : issue.expected === 'string'
        ? 'should be text'
        : `should be ${issue.expected === 'array' ? 'a list' : 'a group of fields'}`;
  }
  if (issue.code === 'invalid_value') return `should be one of ${issue.values.map((v) => `“${String(v)}”`).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `has fields Candor does not know (${issue.keys.join(', ')})`;
  return issue.message.replace(/^Invalid input:?\s*/i, '') || 'is not valid';
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
