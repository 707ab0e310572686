import type { Me } from '../app';
import { Link, useTitle } from '../router';

export function HomePage({ me }: { me: Me }) {
  useTitle('Home');
  return (
    <div className="page">
      <h1>Hello, {me.displayName}</h1>
      <div className="cards">
        <Link to="/assets" className="card">Search assets</Link>
        <Link to="/plans" className="card">Floor plans and pins</Link>
        <Link to="/work-orders" className="card">Work orders</Link>
        <Link to="/me" className="card">Who am I</Link>
      </div>
    </div>
  );
}
