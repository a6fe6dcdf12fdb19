/**
 * The explorer's entry point, bundled by scripts/build-ide.mjs into dist/explorer/ and served
 * at GET / to browsers. Everything it shows comes from this server's /graphql and /export.
 */
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import "./styles.css";
import "uplot/dist/uPlot.min.css";

const root = document.getElementById("explorer");
if (root) createRoot(root).render(<App />);
