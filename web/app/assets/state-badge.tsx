export function Badge({ value }: { value: string }) {
  return <span className={`badge b-${value.toLowerCase()}`}>{value.replace(/_/g, ' ').toLowerCase()}</span>;
}
