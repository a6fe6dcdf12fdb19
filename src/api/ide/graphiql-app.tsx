/**
 * The in-browser IDE's entry point, bundled by scripts/build-ide.mjs into dist/ide/ so that
 * the page works with no internet: GraphiQL, React and their CSS all come from npm at build
 * time, never from a CDN. The page is served at GET /graphql to browsers.
 */
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/graphiql.css";

const DEFAULT_QUERY = `# trade-kg: a knowledge graph of China's foreign trade and customs policy.
# Press the run button (or Ctrl-Enter) to send the query.
{
  health {
    ok
    database {
      version
      nodeCounts { label count }
    }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });
const root = document.getElementById("graphiql");
if (root) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: true,
    }),
  );
}
