// Headers are recognised by their words: ≥ 80 variants as Salesforce, HubSpot, Pipedrive, Zoho,
// Dynamics, Close and hand-made sheets write them. Each variant is matched alone (so no other
// header helps it) and whole real-looking sheets are checked for the kind and the full mapping.
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '@shared/schemas/imports';
import type { CanonicalField } from './mapping';
import { headerConcepts, proposeMapping } from './mapping';

type Variant = [source: string, kind: ImportKind, header: string, field: CanonicalField];

const VARIANTS: Variant[] = [
  // Salesforce reports
  ['Salesforce', 'deals', 'Opportunity Owner', 'rep'],
  ['Salesforce', 'deals', 'Opportunity Owner: Full Name', 'rep'],
  ['Salesforce', 'deals', 'Stage', 'stage'],
  ['Salesforce', 'deals', 'Opportunity Stage Name', 'stage'],
  ['Salesforce', 'deals', 'Amount (converted)', 'amount'],
  ['Salesforce', 'deals', 'Close Date', 'closeDate'],
  ['Salesforce', 'deals', 'Created Date', 'createdDate'],
  ['Salesforce', 'deals', 'Opportunity ID', 'dealId'],
  ['Salesforce', 'activities', 'Assigned', 'rep'],
  ['Salesforce', 'activities', 'Task Subtype', 'activityType'],
  ['Salesforce', 'activities', 'Due Date', 'activityDate'],
  ['Salesforce', 'period-sheet', 'Closed Won Amount', 'revenueWon'],
  // HubSpot
  ['HubSpot', 'deals', 'Deal owner', 'rep'],
  ['HubSpot', 'deals', 'Deal Stage', 'stage'],
  ['HubSpot', 'deals', 'Amount in company currency', 'amount'],
  ['HubSpot', 'deals', 'Create Date', 'createdDate'],
  ['HubSpot', 'deals', 'Close date', 'closeDate'],
  ['HubSpot', 'deals', 'Record ID', 'dealId'],
  ['HubSpot', 'activities', 'Activity assigned to', 'rep'],
  ['HubSpot', 'activities', 'Activity type', 'activityType'],
  ['HubSpot', 'activities', 'Activity date', 'activityDate'],
  ['HubSpot', 'period-sheet', 'Meetings Booked', 'meetingsBooked'],
  ['HubSpot', 'period-sheet', 'Calls Logged', 'calls'],
  ['HubSpot', 'period-sheet', 'Emails Sent', 'emails'],
  // Pipedrive
  ['Pipedrive', 'deals', 'Deal - Owner', 'rep'],
  ['Pipedrive', 'deals', 'Deal - Stage', 'stage'],
  ['Pipedrive', 'deals', 'Deal - Value', 'amount'],
  ['Pipedrive', 'deals', 'Deal - Deal created', 'createdDate'],
  ['Pipedrive', 'deals', 'Deal - Won time', 'closeDate'],
  ['Pipedrive', 'deals', 'Deal - ID', 'dealId'],
  ['Pipedrive', 'deals', 'Deal - Status', 'stage'],
  ['Pipedrive', 'period-sheet', 'Deals won', 'dealsWon'],
  ['Pipedrive', 'period-sheet', 'Deals lost', 'dealsLost'],
  ['Pipedrive', 'period-sheet', 'Deals started', 'opportunitiesCreated'],
  // Zoho
  ['Zoho', 'deals', 'Deal Owner', 'rep'],
  ['Zoho', 'deals', 'Closing Date', 'closeDate'],
  ['Zoho', 'deals', 'Created Time', 'createdDate'],
  ['Zoho', 'deals', 'Deal Name', 'dealId'],
  ['Zoho', 'activities', 'Activity Owner', 'rep'],
  ['Zoho', 'period-sheet', 'Number of Calls', 'calls'],
  ['Zoho', 'period-sheet', 'Sales Target', 'quota'],
  // Dynamics 365
  ['Dynamics', 'deals', 'Owner', 'rep'],
  ['Dynamics', 'deals', 'Status Reason', 'stage'],
  ['Dynamics', 'deals', 'Est. Revenue', 'amount'],
  ['Dynamics', 'deals', 'Actual Close Date', 'closeDate'],
  ['Dynamics', 'deals', 'Created On', 'createdDate'],
  ['Dynamics', 'activities', 'Activity Type', 'activityType'],
  ['Dynamics', 'activities', 'Owner', 'rep'],
  ['Dynamics', 'period-sheet', 'Won Opportunities', 'dealsWon'],
  ['Dynamics', 'period-sheet', 'Lost Opportunities', 'dealsLost'],
  // Close
  ['Close', 'deals', 'user_name', 'rep'],
  ['Close', 'deals', 'status_label', 'stage'],
  ['Close', 'deals', 'value_formatted', 'amount'],
  ['Close', 'deals', 'date_won', 'closeDate'],
  ['Close', 'deals', 'date_created', 'createdDate'],
  ['Close', 'activities', '_type', 'activityType'],
  ['Close', 'period-sheet', 'Opportunities Won', 'dealsWon'],
  ['Close', 'period-sheet', 'Calls (outbound)', 'calls'],
  // Hand-made monthly sheets
  ['sheet', 'period-sheet', 'Sales Rep', 'rep'],
  ['sheet', 'period-sheet', 'AE', 'rep'],
  ['sheet', 'period-sheet', 'Agent Name', 'rep'],
  ['sheet', 'period-sheet', 'Employee Name', 'rep'],
  ['sheet', 'period-sheet', 'Month', 'period'],
  ['sheet', 'period-sheet', 'Reporting Month', 'period'],
  ['sheet', 'period-sheet', 'Monthly Quota ($)', 'quota'],
  ['sheet', 'period-sheet', 'Revenue ($)', 'revenueWon'],
  ['sheet', 'period-sheet', 'Bookings', 'revenueWon'],
  ['sheet', 'period-sheet', 'Won Revenue (EUR)', 'revenueWon'],
  ['sheet', 'period-sheet', '# Dials', 'calls'],
  ['sheet', 'period-sheet', 'Total Calls', 'calls'],
  ['sheet', 'period-sheet', 'CallsMade', 'calls'],
  ['sheet', 'period-sheet', 'E-mails', 'emails'],
  ['sheet', 'period-sheet', 'Meetings Set', 'meetingsBooked'],
  ['sheet', 'period-sheet', 'Scheduled Meetings', 'meetingsBooked'],
  ['sheet', 'period-sheet', 'Appointments Booked', 'meetingsBooked'],
  ['sheet', 'period-sheet', 'Meetings Held', 'meetingsHeld'],
  ['sheet', 'period-sheet', 'Demos Completed', 'meetingsHeld'],
  ['sheet', 'period-sheet', 'New Opps', 'opportunitiesCreated'],
  ['sheet', 'period-sheet', 'Opportunities Created', 'opportunitiesCreated'],
  ['sheet', 'period-sheet', '# of Closed Deals', 'dealsWon'],
  ['sheet', 'period-sheet', 'Closed Deals', 'dealsWon'],
  ['sheet', 'period-sheet', 'Wins', 'dealsWon'],
  ['sheet', 'period-sheet', 'deals_closed', 'dealsWon'],
  ['sheet', 'period-sheet', 'Closed-Lost Deals', 'dealsLost'],
  ['sheet', 'period-sheet', 'Losses', 'dealsLost'],
  ['sheet', 'period-sheet', 'Win Rate (%)', 'winRate'],
  ['sheet', 'period-sheet', 'Win %', 'winRate'],
  ['sheet', 'period-sheet', 'Close Rate', 'winRate'],
  ['sheet', 'period-sheet', 'Avg. Deal Size ($)', 'avgDealSize'],
  ['sheet', 'period-sheet', 'Average Deal Value', 'avgDealSize'],
  ['sheet', 'period-sheet', 'Sales Cycle (days)', 'cycleDaysMedian'],
  ['sheet', 'period-sheet', 'Days to Close', 'cycleDaysMedian'],
  ['sheet', 'period-sheet', 'Median Cycle Days', 'cycleDaysMedian'],
  ['sheet', 'period-sheet', 'Open Pipeline ($)', 'pipeline'],
  ['sheet', 'period-sheet', 'Pipeline Value', 'pipeline'],
  ['sheet', 'period-sheet', 'Customer Complaints', 'complaints'],
  ['sheet', 'period-sheet', 'CSAT Score', 'csat'],
  ['sheet', 'period-sheet', 'Hire Date', 'startDate'],
  ['sheet', 'period-sheet', 'Job Title', 'role'],
  ['sheet', 'period-sheet', 'closedWonDeals', 'dealsWon'],
];

describe('headers by their words', () => {
  it(`has at least 80 variants from real exports (${VARIANTS.length})`, () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(VARIANTS.map((v) => v[0]))).toEqual(new Set(['Salesforce', 'HubSpot', 'Pipedrive', 'Zoho', 'Dynamics', 'Close', 'sheet']));
  });

  it.each(VARIANTS)('%s %s: “%s” → %s', (_source, kind, header, field) => {
    expect(proposeMapping([header], kind).mapping[field]).toBe(header);
  });

  it('reads case, separators, plurals, symbols and word order alike', () => {
    const same = ['Deals Won', 'deals_won', 'WON-DEALS', 'wonDeals', 'Won deal', '# deals won', 'Number of won deals'];
    const key = [...headerConcepts(same[0] as string)]
      .filter((c) => c !== 'NUM' && c !== 'of')
      .sort()
      .join(' ');
    for (const h of same)
      expect(
        [...headerConcepts(h)]
          .filter((c) => c !== 'NUM' && c !== 'of')
          .sort()
          .join(' '),
      ).toBe(key);
  });

  it('does not take a count of people, a rate or an amount for a count field', () => {
    expect(proposeMapping(['Employees'], 'period-sheet').mapping.rep).toBeUndefined();
    expect(proposeMapping(['Calls (%)'], 'period-sheet').mapping.calls).toBeUndefined();
    expect(proposeMapping(['Deals won ($)'], 'period-sheet').mapping.dealsWon).toBeUndefined();
    expect(proposeMapping(['Deals won ($)'], 'period-sheet').mapping.revenueWon).toBe('Deals won ($)');
  });

  it('recognises whole sheets: kind and every field', () => {
    const monthly = proposeMapping([
      'Sales Rep',
      'Month',
      'Quota ($)',
      'Bookings',
      '# Dials',
      'Meetings Set',
      'Demos Completed',
      'New Opps',
      'Closed Deals',
      'Lost Deals',
      'Win %',
      'Sales Cycle (days)',
    ]);
    expect(monthly.kind).toBe('period-sheet');
    expect(monthly.mapping).toEqual({
      rep: 'Sales Rep',
      period: 'Month',
      quota: 'Quota ($)',
      revenueWon: 'Bookings',
      calls: '# Dials',
      meetingsBooked: 'Meetings Set',
      meetingsHeld: 'Demos Completed',
      opportunitiesCreated: 'New Opps',
      dealsWon: 'Closed Deals',
      dealsLost: 'Lost Deals',
      winRate: 'Win %',
      cycleDaysMedian: 'Sales Cycle (days)',
    });
    const pipedrive = proposeMapping([
      'Deal - ID',
      'Deal - Title',
      'Deal - Owner',
      'Deal - Value',
      'Deal - Stage',
      'Deal - Deal created',
      'Deal - Won time',
    ]);
    expect(pipedrive.kind).toBe('deals');
    expect(pipedrive.mapping).toMatchObject({
      rep: 'Deal - Owner',
      amount: 'Deal - Value',
      stage: 'Deal - Stage',
      createdDate: 'Deal - Deal created',
      closeDate: 'Deal - Won time',
    });
    const accounts = proposeMapping(['account', 'sector', 'year_established', 'revenue', 'employees', 'office_location', 'subsidiary_of']);
    expect(accounts.mapping.rep).toBeUndefined();
  });
});
