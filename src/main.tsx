import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { boot } from "./app/boot";
import "./index.css";

const { queryClient } = await boot();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
