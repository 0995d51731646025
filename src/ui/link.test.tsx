import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { Link, NavLink } from "./link";

afterEach(cleanup);

function Where() {
  const { pathname, search } = useLocation();
  return <output aria-label="where">{pathname + search}</output>;
}

function renderAt(path: string, ui: React.ReactNode, basename?: string) {
  return render(
    <MemoryRouter initialEntries={[path]} basename={basename}>
      <Routes>
        <Route path="*" element={ui} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

const where = () => screen.getByRole("status", { name: "where" }).textContent;

describe("Link", () => {
  it("is a real link under the router's base, and a plain click navigates in the app", () => {
    renderAt("/portal/", <Link to="/activity?status=failed">Activity</Link>, "/portal");
    const link = screen.getByRole("link", { name: "Activity" });
    expect(link.getAttribute("href")).toBe("/portal/activity?status=failed");
    fireEvent.click(link);
    expect(where()).toBe("/activity?status=failed");
  });

  it("leaves modified clicks (new tab) and handled clicks to the browser", () => {
    let handled = 0;
    renderAt(
      "/",
      <>
        <Link to="/tenant">Tenant</Link>
        <Link to="/activity" onClick={(event) => (handled++, event.preventDefault())}>
          Activity
        </Link>
      </>,
    );
    fireEvent.click(screen.getByRole("link", { name: "Tenant" }), { ctrlKey: true });
    expect(where()).toBe("/");
    fireEvent.click(screen.getByRole("link", { name: "Activity" }));
    expect(handled).toBe(1);
    expect(where()).toBe("/");
  });
});

describe("NavLink", () => {
  const tabs = (
    <nav>
      <NavLink to="/destinations/d1" end className={({ isActive }) => (isActive ? "on" : "off")}>
        Overview
      </NavLink>
      <NavLink
        to="/destinations/d1/deliveries"
        className={({ isActive }) => (isActive ? "on" : "off")}
      >
        Deliveries
      </NavLink>
    </nav>
  );

  it("marks the current page, below it too unless `end`", () => {
    renderAt("/destinations/d1/deliveries/att_1", tabs);
    const overview = screen.getByRole("link", { name: "Overview" });
    const deliveries = screen.getByRole("link", { name: "Deliveries" });
    expect(deliveries.getAttribute("aria-current")).toBe("page");
    expect(deliveries.className).toBe("on");
    expect(overview.hasAttribute("aria-current")).toBe(false);
    expect(overview.className).toBe("off");

    fireEvent.click(overview);
    expect(overview.getAttribute("aria-current")).toBe("page");
    expect(deliveries.hasAttribute("aria-current")).toBe(false);
  });

  it("does not count a path that only starts with the same letters", () => {
    renderAt("/destinations/d10", tabs);
    expect(screen.getByRole("link", { name: "Overview" }).hasAttribute("aria-current")).toBe(false);
  });
});
