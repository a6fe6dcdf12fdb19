/**
 * A quantity counts some goods: "7.92 million tonnes" of what? A fact with a quantity and no
 * commodity lost its goods (an unknown name, an elliptical subject), and its other figures are
 * as unmoored as the quantity.
 */
import type { FactCheck } from "./types.js";

export const quantityHasGoods: FactCheck = {
  name: "quantity-has-goods",
  check: (fact) =>
    fact.quantity !== null && fact.commodity === null
      ? { weight: 0, reason: `a quantity in ${fact.quantity.unit} names no goods` }
      : null,
};
