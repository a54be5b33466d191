import { useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { rolesAllow, type Action } from '../auth/roles';

/** GraphiQL is its own page (a second entry, served by the server at /graphql/ui). */
export const graphiqlHref = import.meta.env.DEV ? '/graphiql.html' : '/graphql/ui';

/** Each section shows when the role allows any of its actions. */
const sections: { to: string; label: string; actions: Action[] }[] = [
  { to: '/', label: 'Dashboard', actions: ['graph:read'] },
  { to: '/vendors', label: 'Vendors', actions: ['graph:read'] },
  { to: '/upload', label: 'Upload', actions: ['evidence:review'] },
  { to: '/review', label: 'Review', actions: ['evidence:review'] },
  { to: '/frameworks', label: 'Frameworks', actions: ['frameworks:write', 'catalogs:admin'] },
  { to: '/organization', label: 'Organization', actions: ['organization:admin'] },
];

function NavItem({ to, label, actions, onNavigate }: (typeof sections)[number] & { onNavigate: () => void }) {
  const { user } = useAuth();
  if (!user || !actions.some((action) => rolesAllow(user.roles, action))) return null;
  return (
    <li>
      <NavLink to={to} end={to === '/'} onClick={onNavigate}>
        {label}
      </NavLink>
    </li>
  );
}

export function AppLayout() {
  const { session, user } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="primary-nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <span className="brand">ArvexLab Graph</span>
        {user ? (
          <div className="user">
            <span>
              <span>{user.name}</span> <span className="muted small">{user.roles.join(', ').toLowerCase() || 'no role'}</span>
            </span>
            <button type="button" onClick={() => void session.signOut()}>
              Sign out
            </button>
          </div>
        ) : null}
      </header>
      <nav id="primary-nav" className={menuOpen ? 'sidebar open' : 'sidebar'} aria-label="Primary">
        <ul>
          {sections.map((section) => (
            <NavItem key={section.to} {...section} onNavigate={() => setMenuOpen(false)} />
          ))}
          <li>
            <a href={graphiqlHref}>GraphiQL</a>
          </li>
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
