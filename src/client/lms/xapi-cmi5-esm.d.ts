// @xapi/cmi5 names its ES module only in `module`, and a UMD build in `browser`, which Vite takes for the browser
// (larger, and through CommonJS interop); Vitest's resolver reads neither. cmi5.ts imports the ES module by its path,
// typed as the package.
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  export { default } from '@xapi/cmi5';
}
