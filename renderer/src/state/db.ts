import { createContext, useContext } from 'react';
import type { CandorDB } from '../db/db';

export const DbContext = createContext<CandorDB | null>(null);

export function useDb(): CandorDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('DbContext is missing');
  return db;
}
