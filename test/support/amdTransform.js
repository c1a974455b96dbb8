// SPFx loc files are AMD modules (define([], () => strings)); jest loads CommonJS.
module.exports = {
  process(source) {
    return { code: `var define = function (_deps, factory) { module.exports = factory(); };\n${source}` };
  }
};
