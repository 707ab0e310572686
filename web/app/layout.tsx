import type { ReactNode } from 'react';
import type { Me } from './app';
import { LiveStatus } from './live-status';
import { Link, useLocation } from './router';

const NAV = [
  ['/assets', 'Assets'],
  ['/plans', 'Floor plans'],
  ['/work-orders', 'Work orders'],
] as const;

export function Layout({ me, children }: { me: Me; children: ReactNode }) {
  const { path } = useLocation();
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">Energy CMMS</Link>
        <nav>
          {NAV.map(([to, label]) => (
            <Link key={to} to={to} className={path.startsWith(to) ? 'active' : ''}>
              {label}
            </Link>
          ))}
        </nav>
        <LiveStatus />
        <Link to="/me" className="user" data-testid="current-user">{me.username}</Link>
        <Link to="/logout">Log out</Link>
      </header>
      <main>{children}</main>
    </div>
  );
}
