/**
 * Draws the neighbourhood with sigma in an element and keeps the renderer: a click on a node
 * opens its page. Gives back the renderer (for the zoom buttons) and why drawing failed.
 */
import { type RefObject, useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import type { Neighbourhood } from "./neighbourhood.js";
import { toGraph } from "./neighbourhood-layout.js";
import { navigate } from "./url-state.js";

export function useSigma(
  box: RefObject<HTMLDivElement | null>,
  neighbourhood: Neighbourhood,
  center: string,
): { sigma: RefObject<Sigma | null>; failure: string | null } {
  const sigma = useRef<Sigma | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the element is mounted once; the data decides.
  useEffect(() => {
    if (!box.current) return;
    try {
      const renderer = new Sigma(toGraph(neighbourhood, center), box.current, {
        labelRenderedSizeThreshold: 4,
      });
      renderer.on("clickNode", ({ node }) => navigate({ kind: "entity", id: node }));
      renderer.on("enterNode", () => box.current?.classList.add("pointing"));
      renderer.on("leaveNode", () => box.current?.classList.remove("pointing"));
      sigma.current = renderer;
      // the renderer on its element: where a test (or the console) finds a node on screen
      Object.assign(box.current, { sigma: renderer });
      box.current.dataset.rendered = "true";
    } catch (error) {
      setFailure((error as Error).message);
    }
    return () => {
      sigma.current?.kill();
      sigma.current = null;
    };
  }, [neighbourhood, center]);
  return { sigma, failure };
}

export function zoomPicture(sigma: Sigma | null, how: "in" | "out" | "reset"): void {
  const camera = sigma?.getCamera();
  if (how === "in") camera?.animatedZoom(1.5);
  else if (how === "out") camera?.animatedUnzoom(1.5);
  else camera?.animatedReset();
}
