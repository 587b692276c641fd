import { describe, expect, it } from 'vitest';
import { FLOW_STATS, LOWER_IS_BETTER, STAT_KEYS } from '../diagnosis/statistics';
import { STAT_LABELS } from '../diagnosis/vocabulary';
import { CATALOGUE_KEYS, METRIC_CATALOGUE, familyMembers, isFlow, stageMetrics, unitOfMetric } from './catalogue';

describe('the metric catalogue', () => {
  it('knows every stat the diagnosis computes, and the window sums exactly the flows it marks', () => {
    for (const k of STAT_KEYS) {
      expect(CATALOGUE_KEYS).toContain(k);
      expect(isFlow(k), k).toBe(FLOW_STATS.has(k));
    }
  });

  it('gives the diagnosis its directions and labels', () => {
    expect([...LOWER_IS_BETTER].sort()).toEqual(['complaints', 'cycleDaysMedian', 'dealsLost']);
    expect(STAT_LABELS.closedWinRate).toBe('Win rate (won ÷ closed)');
  });

  it('writes money, rates and days in their units, and an unknown key as a count', () => {
    expect(unitOfMetric('dealSize')).toBe('money');
    expect(unitOfMetric('closedWinRate')).toBe('rate');
    expect(unitOfMetric('cycleDaysMedian')).toBe('days');
    expect(unitOfMetric('somethingElse')).toBe('count');
  });

  it('lists a family with its preferred member first', () => {
    expect(familyMembers('win-rate')).toEqual(['closedWinRate', 'winPerOpportunity', 'winRate']);
    expect(familyMembers('deal-size')).toEqual(['dealSize', 'avgDealSize']);
  });

  it('names the step of the sale each metric shows', () => {
    expect(stageMetrics('opportunity-to-win')).toEqual(['closedWinRate', 'winPerOpportunity', 'winRate']);
    expect(stageMetrics('prospecting')).toEqual(['calls', 'emails', 'activities', 'meetingsHeld', 'meetingsBooked']);
    expect(stageMetrics('meeting-to-opportunity')).toEqual(['opportunitiesCreated', 'conversionHeld', 'conversionBooked', 'conversionActivities']);
    expect(METRIC_CATALOGUE.revenue.stage).toBeNull();
  });

  it('has a one-line definition for every metric', () => {
    for (const k of CATALOGUE_KEYS) expect(METRIC_CATALOGUE[k].definition).toMatch(/^[A-Z].+\.$/u);
  });
});
