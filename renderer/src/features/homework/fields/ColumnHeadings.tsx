/** The visible headings over a worksheet's row grid; hidden from screen readers, which hear each field's own name. The last column (Remove) has none. */
export function ColumnHeadings({ names }: { names: string[] }) {
  return (
    <>
      {names.map((name) => (
        <span key={name} aria-hidden="true" className="homework-heading">
          {name}
        </span>
      ))}
      <span />
    </>
  );
}
