import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getDb } from './db/db';
import { detectPlatform } from './platform';
import './ui/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={getDb()} platform={detectPlatform()} />
    </StrictMode>,
  );
}
if (navigator.storage?.persist) void navigator.storage.persist().catch(() => undefined);
