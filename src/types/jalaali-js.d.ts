// jalaali-js ships no types: the one function Sitrep uses.
declare module 'jalaali-js' {
  export function toGregorian(jy: number, jm: number, jd: number): { gy: number; gm: number; gd: number };
}
