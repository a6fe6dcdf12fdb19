/**
 * A link to another view: a real href (open in a new tab, copy, bookmark), followed inside
 * the page on a plain click so the explorer does not reload.
 */
import type { MouseEvent, ReactNode } from "react";
import { hrefOf, navigate, type View } from "./url-state.js";

export function ViewLink({
  to,
  children,
  className,
}: {
  to: View;
  children: ReactNode;
  className?: string;
}) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={hrefOf(to)} onClick={follow} className={className}>
      {children}
    </a>
  );
}
