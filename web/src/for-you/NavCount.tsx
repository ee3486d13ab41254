/** A count beside a navigation link; read as "(3 waiting)" by screen readers. Nothing for zero. */
export function NavCount({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="nav-count" data-testid="nav-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden"> ({count} waiting)</span>
    </span>
  );
}
