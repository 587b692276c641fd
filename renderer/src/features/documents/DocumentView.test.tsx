import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildGuideDocument, buildPlanDocument, PLAN_SECTIONS } from '@shared/domain/document';
import { EN_GB, fullPlanInput, guideInput, planInput } from '@shared/domain/document/testing';
import { DocumentView, PrintView } from './DocumentView';

describe('DocumentView (print view of the plan)', () => {
  it('shows the plan as a document with its title, people and every section as a heading', () => {
    render(<DocumentView model={buildPlanDocument(planInput(), EN_GB)} />);
    const doc = screen.getByRole('article', { name: 'Action and development plan' });
    expect(within(doc).getByRole('heading', { level: 1, name: 'Action and development plan' })).toBeInTheDocument();
    expect(
      within(doc)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual([...PLAN_SECTIONS]);
    expect(within(doc).getByRole('rowheader', { name: 'Employee' }).nextElementSibling).toHaveTextContent('Jordan Reyes');
    expect(within(doc).getByText('Jordan Reyes · Action and development plan · 22 November 2026')).toBeInTheDocument();
    expect(doc).toHaveAttribute('lang', 'en-GB');
  });

  it('writes the facts as a table with column headers, numbers in the locale and unknown as not available', () => {
    render(<DocumentView model={buildPlanDocument(planInput(), EN_GB)} />);
    const facts = screen.getByRole('region', { name: 'Performance facts' });
    const table = within(facts).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Metric', 'Expectation', 'Actual', 'Gap']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Won revenue', '£60,000', '£41,250', '-£18,750']);
    expect(
      within(rows[5]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Customer satisfaction', '4.2', 'not available', 'not available']);
  });

  it('lists focus areas and keeps line breaks', () => {
    render(<DocumentView model={buildPlanDocument(planInput({ focusAreas: ['First\nsecond', 'Other'] }), EN_GB)} />);
    const list = within(screen.getByRole('region', { name: 'Focus areas' })).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('br')).not.toBeNull();
  });

  it('shows drawn signatures as images and blank lines for the rest', () => {
    render(<DocumentView model={buildPlanDocument(fullPlanInput(), EN_GB)} />);
    const ack = screen.getByRole('region', { name: 'Acknowledgement' });
    const employee = within(ack).getByRole('img', { name: 'Signature of the employee' });
    expect(employee.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/u);
    expect(within(ack).getByRole('img', { name: 'Signature of the manager' })).toBeInTheDocument();
    expect(within(ack).queryByRole('img', { name: 'Signature of the hr representative' })).toBeNull();
    expect(within(ack).getByText('HR representative')).toBeInTheDocument();
    expect(
      within(ack)
        .getAllByText(/^Date:/u)
        .map((d) => d.textContent),
    ).toEqual(['Date: 22 November 2026', 'Date: 22 November 2026', 'Date: ']);
  });

  it('isolates right-to-left names', () => {
    render(<DocumentView model={buildPlanDocument(planInput({ repName: 'مریم احمدی' }), EN_GB)} />);
    const names = screen.getAllByText('مریم احمدی');
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) expect(n.tagName).toBe('BDI');
  });

  it('shows the guide marked private', () => {
    render(<DocumentView model={buildGuideDocument(guideInput(), EN_GB)} />);
    const doc = screen.getByRole('article', { name: 'Conversation guide' });
    expect(within(doc).getByText('Private: manager only')).toBeInTheDocument();
    expect(within(doc).getByText(/not part of the employee’s plan/iu)).toBeInTheDocument();
    expect(within(within(doc).getByRole('region', { name: 'Talking points' })).getByRole('list').tagName).toBe('OL');
  });
});

describe('PrintView', () => {
  it('prints when the manager presses Print', async () => {
    const onPrint = vi.fn();
    render(<PrintView model={buildPlanDocument(planInput(), EN_GB)} onPrint={onPrint} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
    expect(onPrint).toHaveBeenCalledTimes(1);
  });
});
