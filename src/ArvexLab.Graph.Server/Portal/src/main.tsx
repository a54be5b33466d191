import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { createOidcSession } from './auth/oidcSession';
import './styles.css';
import './pages.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <App session={createOidcSession()} />
    </BrowserRouter>
  </StrictMode>,
);
