/** js-yaml ships no types; electron-builder reads its config with it, and so does the fuses test. */
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
