import { describe, expect, it } from 'vitest';
import { classifyActivity, COUNT_FIELDS, headerSignature, proposeMapping, proposeStageMap, proposeStageOutcome } from './mapping';

describe('proposeMapping', () => {
  it('recognises a Salesforce opportunity report', () => {
    const p = proposeMapping([
      'Opportunity Owner',
      'Account Name',
      'Opportunity Name',
      'Stage',
      'Amount',
      'Probability (%)',
      'Created Date',
      'Close Date',
    ]);
    expect(p.kind).toBe('deals');
    expect(p.mapping).toMatchObject({
      rep: 'Opportunity Owner',
      stage: 'Stage',
      amount: 'Amount',
      createdDate: 'Created Date',
      closeDate: 'Close Date',
    });
    expect(p.missing).toEqual([]);
  });
  it('recognises HubSpot deals, case- and punctuation-insensitively', () => {
    const p = proposeMapping(['Record ID', 'DEAL NAME', 'deal stage', 'Amount', 'Close date', 'Create Date', 'Deal owner']);
    expect(p).toMatchObject({
      kind: 'deals',
      mapping: { rep: 'Deal owner', stage: 'deal stage', createdDate: 'Create Date', closeDate: 'Close date' },
    });
  });
  it('recognises generic snake_case exports', () => {
    const p = proposeMapping(['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value']);
    expect(p.mapping).toEqual({
      dealId: 'opportunity_id',
      rep: 'sales_agent',
      stage: 'deal_stage',
      createdDate: 'engage_date',
      closeDate: 'close_date',
      amount: 'close_value',
    });
  });
  it('recognises activity exports', () => {
    expect(proposeMapping(['Assigned', 'Subject', 'Task Subtype', 'Date'])).toMatchObject({
      kind: 'activities',
      mapping: { rep: 'Assigned', activityType: 'Task Subtype', activityDate: 'Date' },
    });
    expect(proposeMapping(['Activity date', 'Activity assigned to', 'Activity type'])).toMatchObject({
      kind: 'activities',
      mapping: { rep: 'Activity assigned to', activityType: 'Activity type', activityDate: 'Activity date' },
    });
  });
  it('recognises per-period sheets with synonyms', () => {
    const p = proposeMapping([
      'Rep',
      'Role',
      'start_date',
      'Month',
      'Quota',
      'Bookings',
      'Calls',
      'Emails Sent',
      'Meetings Booked',
      'Meetings Held',
      'Opps Created',
      'Deals Won',
      'Deals Lost',
      'Avg Deal Size',
      'Cycle Days',
      'Pipeline',
      'Complaints',
      'CSAT',
    ]);
    expect(p.kind).toBe('period-sheet');
    expect(p.mapping).toMatchObject({
      rep: 'Rep',
      role: 'Role',
      startDate: 'start_date',
      period: 'Month',
      quota: 'Quota',
      revenueWon: 'Bookings',
      emails: 'Emails Sent',
      meetingsBooked: 'Meetings Booked',
      meetingsHeld: 'Meetings Held',
      opportunitiesCreated: 'Opps Created',
      avgDealSize: 'Avg Deal Size',
      cycleDaysMedian: 'Cycle Days',
      csat: 'CSAT',
    });
    expect(p.confidence.rep).toBe(1);
  });
  it('reports missing required fields instead of inventing them', () => {
    expect(proposeMapping(['Colour', 'Size']).missing.length).toBeGreaterThan(0);
  });
});

describe('stages, activities, signatures', () => {
  it.each([
    ['Closed Won', 'won'],
    ['Won', 'won'],
    ['closedwon', 'won'],
    ['Closed - Won', 'won'],
    ['Closed Lost', 'lost'],
    ['Lost', 'lost'],
    ['closedlost', 'lost'],
    ['Negotiation/Review', 'open'],
    ['Engaging', 'open'],
  ] as const)('%s → %s', (stage, outcome) => {
    expect(proposeStageOutcome(stage)).toBe(outcome);
  });
  it('keeps a user-edited stage map', () => {
    expect(proposeStageMap(['Won', 'Verbal yes', 'Won'], { 'Verbal yes': 'won' })).toEqual({ Won: 'won', 'Verbal yes': 'won' });
  });
  it('classifies activity types', () => {
    expect(['Call', 'Email', 'Event', 'Meeting Booked', 'Task'].map(classifyActivity)).toEqual([
      'call',
      'email',
      'meeting',
      'meetingBooked',
      'other',
    ]);
  });
  it('gives the same signature regardless of order, case and spacing', () => {
    expect(headerSignature(['Close Date', 'Stage', 'Opportunity Owner'])).toBe(headerSignature(['opportunity_owner', 'STAGE ', 'close-date']));
  });
});

describe('fields that cannot be below zero, read from the metric catalogue', () => {
  it('are the counts and the cycle days, not the satisfaction score (which may be an NPS below zero)', () => {
    expect([...COUNT_FIELDS].sort()).toEqual(
      ['calls', 'complaints', 'cycleDaysMedian', 'dealsLost', 'dealsWon', 'emails', 'meetingsBooked', 'meetingsHeld', 'opportunitiesCreated'].sort(),
    );
  });
});
