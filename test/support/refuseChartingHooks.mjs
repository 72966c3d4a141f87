// Module resolution hooks (see refuseCharting.mjs).
const refused = ["jsdom", "@observablehq/plot"];

export async function resolve(specifier, context, next) {
  if (refused.some((name) => specifier === name || specifier.startsWith(`${name}/`))) throw new Error(`refused to load ${specifier}`);
  return next(specifier, context);
}
