import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the Team page and its rep dialogs. */
export class TeamPageObject {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/team');
  }

  async skipWelcomeIfShown(): Promise<void> {
    const skip = this.page.getByRole('button', { name: 'Skip for now' });
    if (await skip.isVisible().catch(() => false)) await skip.click();
  }

  repsTable(): Locator {
    return this.page.getByRole('table', { name: 'Reps' });
  }

  async addRep(rep: { name: string; role: string; startDate: string; email?: string }): Promise<void> {
    await this.page
      .getByRole('button', { name: /^Add (your first )?rep$/ })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a rep' });
    await dialog.getByLabel('Name').fill(rep.name);
    await dialog.getByLabel('Role').selectOption(rep.role);
    await dialog.getByLabel('Start date').fill(rep.startDate);
    if (rep.email) await dialog.getByLabel(/Email/).fill(rep.email);
    await dialog.getByRole('button', { name: 'Add rep' }).click();
    await expect(dialog).toBeHidden();
  }
}
