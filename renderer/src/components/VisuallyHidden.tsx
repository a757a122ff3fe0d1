import type { ReactNode } from 'react';

// Text a screen reader reads but the eye does not see: the lender a row's "打开" button is
// for, without widening the button. Part of the button's name, so the visible word stays
// the start of the name (WCAG 2.5.3, label in name).
const HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span style={HIDDEN}>{children}</span>;
}
