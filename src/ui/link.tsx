import { forwardRef, type AnchorHTMLAttributes } from "react";
import { useHref, useLinkClickHandler, useLocation, useResolvedPath, type To } from "react-router";

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  to: To;
  replace?: boolean;
}

/**
 * An in-app link: a real `<a href>` (open in new tab, copy link) whose plain
 * click navigates through the router. Built on React Router's own hooks for
 * custom links, so its framework-mode Link (prefetching, discovery) and
 * everything it pulls in stay out of the first download.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { to, replace, onClick, target, ...props },
  ref,
) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, target });
  return (
    <a
      {...props}
      ref={ref}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    />
  );
});

interface NavLinkProps extends Omit<LinkProps, "className"> {
  /** Current only on this exact path, not on paths below it. */
  end?: boolean;
  className?: (state: { isActive: boolean }) => string;
}

/** A Link that knows whether it is the current page (`aria-current="page"`). */
export function NavLink({ to, end = false, className, ...props }: NavLinkProps) {
  const { pathname } = useLocation();
  const target = useResolvedPath(to).pathname;
  const isActive =
    pathname === target ||
    (!end && pathname.startsWith(target.endsWith("/") ? target : `${target}/`));
  return (
    <Link
      {...props}
      to={to}
      aria-current={isActive ? "page" : undefined}
      className={className?.({ isActive })}
    />
  );
}
