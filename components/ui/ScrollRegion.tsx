// A table that scrolls sideways on a narrow screen: a named region that takes the keyboard's focus, so the part
// out of view can be reached without a mouse (axe: scrollable-region-focusable).
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
