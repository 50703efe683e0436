// PNG icons for the web manifest and iOS home screens, rasterised from public/favicon.svg at build time, so
// a site owner who replaces the SVG gets every size from it.
import fs from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [180, 192, 512] as const;

export const getStaticPaths: GetStaticPaths = () => ICON_SIZES.map((size) => ({ params: { icon: `icon-${size}` }, props: { size } }));

export const GET: APIRoute = ({ props }) => {
  const { size } = props as { size: number };
  const svg = fs.readFileSync('public/favicon.svg', 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
