import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { CandorDB } from '@renderer/db/db';
import { PlatformContext } from '@renderer/platform';
import { fakePlatform } from '@renderer/platform/fake';
import { DbContext } from './db';

/** A page or part of one on the given database, with the fake platform (component tests). */
export function renderWithDb(ui: ReactElement, db: CandorDB) {
  return render(
    <PlatformContext.Provider value={fakePlatform()}>
      <DbContext.Provider value={db}>{ui}</DbContext.Provider>
    </PlatformContext.Provider>,
  );
}
