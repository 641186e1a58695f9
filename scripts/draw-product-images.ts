/**
 * Draws every catalog image referenced by the seed (product, category and review photos)
 * as a flat vector illustration and writes it to /public as an 800×800 WebP.
 *
 *   npx tsx scripts/draw-product-images.ts
 *
 * No downloads, no randomness: the same catalog always produces the same bytes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { seedCategories, seedProducts } from "../db/seed/catalog";
import type { SeedProduct } from "../db/seed/types";
import { colors, isColor, type Color } from "../lib/catalog/options";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PUBLIC_DIR = path.join(ROOT, "public");
const SIZE = 800;
const QUALITY = 78;

// ---------------------------------------------------------------------------
// Colour + randomness helpers (deterministic)
// ---------------------------------------------------------------------------

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0")).join("")}`;
}

/** Mix `a` towards `b` by `t` (0 = a, 1 = b). */
function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  return toHex([r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t]);
}

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Rand = () => number;

function rng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

interface Pal {
  base: string;
  /** Lighter face / highlight. */
  hi: string;
  /** Slightly shaded face (inside of a garment, side of a bag). */
  lo: string;
  /** Deep shadow: openings, insides. */
  deep: string;
  /** Seams, ribbing, stitched details: always visible against `base`. */
  seam: string;
  /** Outline. */
  line: string;
  /** Soft background tint. */
  bg: string;
  bgDeep: string;
}

function palette(hex: string): Pal {
  const l = luminance(hex);
  const dark = l < 0.22;
  return {
    base: hex,
    hi: mix(hex, "#ffffff", dark ? 0.14 : 0.22),
    lo: dark ? mix(hex, "#ffffff", 0.07) : mix(hex, "#000000", 0.1),
    deep: dark ? mix(hex, "#000000", 0.45) : mix(hex, "#000000", 0.38),
    seam: dark ? mix(hex, "#ffffff", 0.22) : mix(hex, "#000000", 0.2),
    line: dark ? mix(hex, "#000000", 0.55) : mix(hex, "#000000", 0.32),
    bg: l > 0.8 ? "#e2e6ea" : mix(hex, "#ffffff", dark ? 0.86 : 0.82),
    bgDeep: l > 0.8 ? "#ccd4db" : mix(hex, "#ffffff", dark ? 0.72 : 0.66),
  };
}

// Fixed material colours.
const LEATHER = "#7b4a2b";
const LEATHER_HI = "#9a6340";
const BRASS = "#c9a24a";
const BRASS_HI = "#ead08a";
const STEEL = "#aab1b8";
const STEEL_HI = "#dde2e6";
const WOOD = "#c49560";
const WOOD_DARK = "#8d6238";
const KRAFT = "#c8a678";
const CREAM = "#f3ecdd";
const LEAF = "#5f8a4e";
const LEAF_HI = "#7fa866";
const TERRACOTTA = "#c4693f";

const outline = (c: Pal, w = 3) =>
  `stroke="${c.line}" stroke-width="${w}" stroke-linejoin="round" stroke-linecap="round"`;
const seamLine = (c: Pal, w = 3, extra = "") =>
  `fill="none" stroke="${c.seam}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round" ${extra}`;
const dashed = (c: Pal, w = 2.5) => seamLine(c, w, `stroke-dasharray="7 6" opacity="0.8"`);

/** Soft contact shadow under a standing object. */
const contact = (cx: number, cy: number, rx: number) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${r1(rx * 0.09)}" fill="#000" opacity="0.14"/>`;

// ---------------------------------------------------------------------------
// Shapes. Each draws one object roughly inside (140..660, 110..680) of an 800² canvas.
// ---------------------------------------------------------------------------

type Material = "fabric" | "knit" | "ceramic" | "paper" | "wood" | "metal" | "leather" | "glass";

interface Shape {
  draw: (c: Pal, rand: Rand) => string;
  /** Point the detail shot zooms into. */
  focus: [number, number];
  zoom?: number;
  material: Material;
  /** Colour used when the product has no colour option. */
  color: Color;
}

// ---- Apparel ---------------------------------------------------------------

const BACK_NECK = "M335 186 Q400 204 465 186 Q400 242 335 186 Z";

function shortSleeveBody(c: Pal): string {
  return `<path d="M335 186 Q400 240 465 186 L548 212 L654 298 L604 368 L558 334 L560 620 Q400 634 240 620 L242 334 L196 368 L146 298 L252 212 Z" fill="${c.base}" ${outline(c)}/>`;
}

function longSleeves(c: Pal, cuff = true): string {
  const right = `M538 212 Q614 236 628 330 L664 542 L604 558 L572 352 L560 300 Z`;
  const left = `M262 212 Q186 236 172 330 L136 542 L196 558 L228 352 L240 300 Z`;
  const cuffs = cuff
    ? `<path d="M658 506 L664 542 L604 558 L598 521 Z" fill="${c.lo}" ${outline(c, 2.5)}/>
       <path d="M142 506 L136 542 L196 558 L202 521 Z" fill="${c.lo}" ${outline(c, 2.5)}/>`
    : "";
  return `<path d="${right}" fill="${c.lo}" ${outline(c)}/><path d="${left}" fill="${c.lo}" ${outline(c)}/>${cuffs}
    <path d="M614 300 Q600 420 622 520" ${seamLine(c, 2)} opacity="0.5"/><path d="M186 300 Q200 420 178 520" ${seamLine(c, 2)} opacity="0.5"/>`;
}

const LONG_BODY = "M335 186 Q400 238 465 186 L540 212 L562 340 L562 620 Q400 632 238 620 L238 340 L260 212 Z";

function crewNeck(c: Pal): string {
  return `<path d="${BACK_NECK}" fill="${c.deep}" ${outline(c, 2.5)}/>
    <path d="M335 186 Q400 240 465 186" fill="none" stroke="${c.lo}" stroke-width="13" stroke-linecap="round"/>
    <path d="M335 186 Q400 240 465 186" fill="none" stroke="${c.line}" stroke-width="2.5"/>
    <path d="M326 192 Q400 258 474 192" ${seamLine(c, 2)} opacity="0.6"/>`;
}

function hemBand(c: Pal, y = 588): string {
  const ribs = Array.from({ length: 27 }, (_, i) => 250 + i * 12)
    .map((x) => `M${x} ${y + 4}V${y + 30}`)
    .join("");
  return `<path d="M238 ${y} L562 ${y} L562 620 Q400 632 238 620 Z" fill="${c.lo}" ${outline(c, 2.5)}/>
    <path d="${ribs}" stroke="${c.seam}" stroke-width="1.5" opacity="0.35"/>`;
}

const tee =
  (pocket: boolean): Shape["draw"] =>
  (c) => `
  ${shortSleeveBody(c)}
  ${crewNeck(c)}
  <path d="M640 290 L590 356" ${seamLine(c, 2.5)} opacity="0.7"/><path d="M160 290 L210 356" ${seamLine(c, 2.5)} opacity="0.7"/>
  <path d="M242 600 Q400 614 560 600" ${dashed(c)}/>
  <path d="M548 212 Q560 280 556 334" ${seamLine(c, 2)} opacity="0.45"/><path d="M252 212 Q240 280 244 334" ${seamLine(c, 2)} opacity="0.45"/>
  ${
    pocket
      ? `<path d="M432 292 H506 V360 Q469 372 432 360 Z" fill="${c.base}" ${outline(c, 2.5)}/><path d="M432 302 H506" ${dashed(c, 2)}/>`
      : ""
  }
  <path d="M300 420 Q330 470 310 540" fill="none" stroke="${c.hi}" stroke-width="10" stroke-linecap="round" opacity="0.35"/>`;

const henley: Shape["draw"] = (c) => `
  ${longSleeves(c)}
  <path d="${LONG_BODY}" fill="${c.base}" ${outline(c)}/>
  ${waffle(c, "M238 340 L562 340 L562 620 Q400 632 238 620 Z", 14)}
  ${crewNeck(c)}
  <rect x="386" y="214" width="28" height="120" rx="4" fill="${c.lo}" ${outline(c, 2)}/>
  ${[246, 280, 314].map((y) => `<circle cx="400" cy="${y}" r="6.5" fill="${CREAM}" stroke="${c.line}" stroke-width="1.5"/>`).join("")}
  <path d="M242 600 Q400 614 558 600" ${dashed(c)}/>`;

function waffle(c: Pal, clip: string, step: number): string {
  const id = `w${hash(clip) % 9999}`;
  return `<clipPath id="${id}"><path d="${clip}"/></clipPath>
    <g clip-path="url(#${id})" opacity="0.22" stroke="${c.seam}" stroke-width="1.6">
      ${Array.from({ length: 40 }, (_, i) => `<path d="M${140 + i * step} 150V660M140 ${150 + i * step}H660"/>`).join("")}
    </g>`;
}

const sweatshirt: Shape["draw"] = (c) => `
  ${longSleeves(c)}
  <path d="${LONG_BODY}" fill="${c.base}" ${outline(c)}/>
  ${hemBand(c)}
  ${crewNeck(c)}
  <path d="M380 238 L400 262 L420 238 Z" fill="${c.lo}" ${outline(c, 1.5)}/>
  <path d="M300 380 Q330 450 312 540" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.3"/>`;

const hoodie: Shape["draw"] = (c) => `
  ${longSleeves(c)}
  <path d="M296 222 Q280 108 400 92 Q520 108 504 222 Z" fill="${c.lo}" ${outline(c)}/>
  <path d="${LONG_BODY}" fill="${c.base}" ${outline(c)}/>
  ${hemBand(c)}
  <path d="M332 214 Q330 138 400 128 Q470 138 468 214 Q400 252 332 214 Z" fill="${c.deep}" ${outline(c, 2.5)}/>
  <path d="M322 210 Q400 262 478 210" fill="none" stroke="${c.lo}" stroke-width="16" stroke-linecap="round"/>
  <path d="M322 210 Q400 262 478 210" fill="none" stroke="${c.line}" stroke-width="2.5"/>
  <path d="M378 240 Q372 290 370 336" fill="none" stroke="${CREAM}" stroke-width="6" stroke-linecap="round"/>
  <path d="M422 240 Q428 290 430 336" fill="none" stroke="${CREAM}" stroke-width="6" stroke-linecap="round"/>
  <path d="M300 452 L500 452 L536 566 L264 566 Z" fill="${c.base}" ${outline(c, 2.5)}/>
  <path d="M300 452 L264 566" stroke="${c.seam}" stroke-width="4" stroke-linecap="round"/><path d="M500 452 L536 566" stroke="${c.seam}" stroke-width="4" stroke-linecap="round"/>
  <path d="M306 462 L494 462" ${dashed(c, 2)}/>`;

const shirt =
  (long: boolean): Shape["draw"] =>
  (c) => {
    const buttonFill = luminance(c.base) > 0.8 ? "#d8d2c6" : CREAM;
    const hem = "L562 600 Q480 646 400 618 Q320 646 238 600";
    const body = long
      ? `M335 186 L400 214 L465 186 L540 212 L562 340 ${hem} L238 340 L260 212 Z`
      : `M335 186 L400 300 L465 186 L548 212 L654 298 L604 368 L558 334 ${hem} L242 334 L196 368 L146 298 L252 212 Z`;
    const collar = long
      ? `<path d="M338 184 Q370 170 400 176 Q430 170 462 184 L466 196 Q400 186 334 196 Z" fill="${c.lo}" ${outline(c, 2.5)}/>
         <path d="M336 192 Q368 186 398 214 L372 264 L326 214 Z" fill="${c.base}" ${outline(c, 2.5)}/>
         <path d="M464 192 Q432 186 402 214 L428 264 L474 214 Z" fill="${c.base}" ${outline(c, 2.5)}/>
         <circle cx="370" cy="250" r="4.5" fill="${buttonFill}" stroke="${c.line}" stroke-width="1.2"/>
         <circle cx="430" cy="250" r="4.5" fill="${buttonFill}" stroke="${c.line}" stroke-width="1.2"/>`
      : `<path d="M335 186 Q400 204 465 186 L400 300 Z" fill="${c.deep}" ${outline(c, 2.5)}/>
         <path d="M338 182 L298 236 L398 304 L360 214 Z" fill="${c.base}" ${outline(c, 2.5)}/>
         <path d="M462 182 L502 236 L402 304 L440 214 Z" fill="${c.base}" ${outline(c, 2.5)}/>`;
    const placketTop = long ? 214 : 304;
    const buttons = (long ? [300, 370, 440, 510, 580] : [350, 420, 490, 560])
      .map((y) => `<circle cx="400" cy="${y}" r="6.5" fill="${buttonFill}" stroke="${c.line}" stroke-width="1.5"/>`)
      .join("");
    return `
    ${long ? longSleeves(c) : ""}
    <path d="${body}" fill="${c.base}" ${outline(c)}/>
    ${collar}
    <path d="M392 ${placketTop} L392 622 M408 ${placketTop} L408 622" ${seamLine(c, 2)} opacity="0.7"/>
    ${buttons}
    ${
      long
        ? `<path d="M442 290 H504 V352 L473 364 L442 352 Z" fill="${c.base}" ${outline(c, 2.5)}/>`
        : `<path d="M640 290 L590 356" ${seamLine(c, 2.5)} opacity="0.7"/><path d="M160 290 L210 356" ${seamLine(c, 2.5)} opacity="0.7"/>
           <path d="M296 320 Q318 420 302 540" fill="none" stroke="${c.seam}" stroke-width="2" opacity="0.35"/>
           <path d="M500 300 Q486 380 508 470" fill="none" stroke="${c.seam}" stroke-width="2" opacity="0.35"/>`
    }
    <path d="M290 380 Q320 450 302 560" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.3"/>`;
  };

const SOCK =
  "M290 150 L392 150 L398 410 Q404 468 468 490 L566 522 Q618 542 602 590 Q586 632 532 616 L392 578 Q298 550 296 468 Z";

const sock = (c: Pal, dx: number, dy: number, tone: string) => {
  const ribs = Array.from({ length: 8 }, (_, i) => 300 + i * 12)
    .map((x) => `M${x} 160V208`)
    .join("");
  return `<g transform="translate(${dx} ${dy})">
    <path d="${SOCK}" fill="${tone}" ${outline(c)}/>
    <path d="M290 150 L392 150 L393 212 L291 212 Z" fill="${c.lo}" ${outline(c, 2.5)}/>
    <path d="${ribs}" stroke="${c.seam}" stroke-width="2" opacity="0.5"/>
    <path d="M296 468 Q298 550 392 578 L398 532 Q346 520 340 462 Z" fill="${c.lo}" ${outline(c, 2)}/>
    <path d="M566 522 Q618 542 602 590 Q586 632 532 616 Q552 572 566 522 Z" fill="${c.lo}" ${outline(c, 2)}/>
    <path d="M320 240 L322 440" stroke="${c.hi}" stroke-width="9" stroke-linecap="round" opacity="0.35"/>
  </g>`;
};

const socks: Shape["draw"] = (c) => `${sock(c, -60, -10, c.lo)}${sock(c, 40, 30, c.base)}`;

const beanie: Shape["draw"] = (c) => {
  const ribs = Array.from({ length: 11 }, (_, i) => 250 + i * 30)
    .map((x) => `<path d="M400 206 Q${r1(400 + (x - 400) * 1.08)} 300 ${x} 476" ${seamLine(c, 3)} opacity="0.45"/>`)
    .join("");
  const cuffRibs = Array.from({ length: 17 }, (_, i) => 236 + i * 21)
    .map((x) => `M${x} 486V590`)
    .join("");
  return `
  <path d="M232 500 Q226 208 400 196 Q574 208 568 500 Z" fill="${c.base}" ${outline(c)}/>
  ${ribs}
  <path d="M300 280 Q272 360 276 450" fill="none" stroke="${c.hi}" stroke-width="14" stroke-linecap="round" opacity="0.35"/>
  <rect x="214" y="470" width="372" height="132" rx="30" fill="${c.lo}" ${outline(c)}/>
  <path d="${cuffRibs}" stroke="${c.seam}" stroke-width="4" stroke-linecap="round" opacity="0.45"/>
  <rect x="372" y="500" width="56" height="36" rx="4" fill="${CREAM}" stroke="${c.line}" stroke-width="1.5"/>
  <path d="M382 512H418M382 522H410" stroke="#9a8f7d" stroke-width="2.5" stroke-linecap="round"/>`;
};

const bucketHat: Shape["draw"] = (c) => `
  <path d="M294 436 L304 306 Q310 262 400 258 Q490 262 496 306 L506 436 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M306 300 Q400 322 494 300" fill="none" stroke="${c.seam}" stroke-width="2.5" opacity="0.5"/>
  <path d="M302 320 Q400 342 498 320" ${dashed(c, 2)}/>
  <path d="M298 392 L502 392 L506 434 L294 434 Z" fill="${c.lo}" ${outline(c, 2)}/>
  <circle cx="334" cy="350" r="7" fill="${BRASS}" stroke="${c.line}" stroke-width="1.5"/>
  <circle cx="466" cy="350" r="7" fill="${BRASS}" stroke="${c.line}" stroke-width="1.5"/>
  <path d="M294 428 L506 428 Q566 468 620 548 Q400 600 180 548 Q234 468 294 428 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M294 428 Q400 446 506 428" fill="none" stroke="${c.line}" stroke-width="2.5"/>
  <path d="M244 484 Q400 518 556 484" ${dashed(c)}/><path d="M212 516 Q400 556 588 516" ${dashed(c)}/>
  <path d="M322 300 Q312 350 312 410" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.35"/>`;

// ---- Bags ------------------------------------------------------------------

const tote =
  (leatherHandles: boolean): Shape["draw"] =>
  (c) => {
    const handle = leatherHandles ? LEATHER : c.lo;
    const handleHi = leatherHandles ? LEATHER_HI : c.base;
    const tabs = leatherHandles
      ? [290, 480]
          .map(
            (x) =>
              `<rect x="${x}" y="318" width="30" height="54" rx="5" fill="${LEATHER}" stroke="#4d2d18" stroke-width="2"/><circle cx="${x + 15}" cy="334" r="4" fill="${BRASS}"/><circle cx="${x + 15}" cy="356" r="4" fill="${BRASS}"/>`,
          )
          .join("")
      : [280, 470]
          .map(
            (x) =>
              `<rect x="${x}" y="336" width="50" height="50" fill="${c.base}" stroke="${c.seam}" stroke-width="2.5"/><path d="M${x} 336 L${x + 50} 386 M${x + 50} 336 L${x} 386" stroke="${c.seam}" stroke-width="2"/>`,
          )
          .join("");
    const top = leatherHandles ? 150 : 110;
    return `
    <path d="M290 340 Q290 ${top - 14} 400 ${top - 14} Q510 ${top - 14} 510 340" fill="none" stroke="${c.line}" stroke-width="26" opacity="0.9"/>
    <path d="M290 340 Q290 ${top - 14} 400 ${top - 14} Q510 ${top - 14} 510 340" fill="none" stroke="${handle}" stroke-width="20" opacity="0.85"/>
    <path d="M228 330 L572 330 L604 628 Q604 644 588 644 L212 644 Q196 644 196 628 Z" fill="${c.base}" ${outline(c)}/>
    <path d="M228 330 L572 330 L575 362 L225 362 Z" fill="${c.lo}" ${outline(c, 2)}/>
    <path d="M233 376 L567 376" ${dashed(c)}/>
    <path d="M572 330 L604 628" stroke="${c.lo}" stroke-width="22" opacity="0.6"/>
    <path d="M258 420 Q270 520 250 610" fill="none" stroke="${c.hi}" stroke-width="14" stroke-linecap="round" opacity="0.3"/>
    <path d="M305 345 Q305 ${top} 400 ${top} Q495 ${top} 495 345" fill="none" stroke="${c.line}" stroke-width="26"/>
    <path d="M305 345 Q305 ${top} 400 ${top} Q495 ${top} 495 345" fill="none" stroke="${handle}" stroke-width="20"/>
    <path d="M312 330 Q314 ${top + 10} 400 ${top + 8}" fill="none" stroke="${handleHi}" stroke-width="4" opacity="0.6"/>
    ${tabs}`;
  };

const backpack =
  (trail: boolean): Shape["draw"] =>
  (c) => `
  <path d="M262 262 Q210 420 236 612" fill="none" stroke="${c.deep}" stroke-width="30" stroke-linecap="round"/>
  <path d="M538 262 Q590 420 564 612" fill="none" stroke="${c.deep}" stroke-width="30" stroke-linecap="round"/>
  <path d="M366 214 Q366 160 400 160 Q434 160 434 214" fill="none" stroke="${c.deep}" stroke-width="16"/>
  ${
    trail
      ? `<path d="M256 560 L186 590 Q172 612 190 626 L264 622 Z" fill="${c.lo}" ${outline(c, 2.5)}/><path d="M544 560 L614 590 Q628 612 610 626 L536 622 Z" fill="${c.lo}" ${outline(c, 2.5)}/>`
      : ""
  }
  <path d="M254 300 Q254 206 400 204 Q546 206 546 300 L548 602 Q548 646 504 646 L296 646 Q252 646 252 602 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M270 430 L270 300 Q270 226 400 222 Q530 226 530 300 L530 430" ${dashed(c, 3)}/>
  <rect x="516" y="296" width="16" height="30" rx="5" fill="${c.deep}"/>
  <path d="M290 452 Q290 420 322 420 L478 420 Q510 420 510 452 L510 584 Q510 620 474 620 L326 620 Q290 620 290 584 Z" fill="${trail ? c.lo : c.base}" ${outline(c, 2.5)}/>
  <path d="M300 442 L500 442" stroke="${c.seam}" stroke-width="4" stroke-linecap="round"/>
  <rect x="484" y="436" width="12" height="26" rx="4" fill="${c.deep}"/>
  ${
    trail
      ? `<clipPath id="meshclip"><path d="M290 452 Q290 420 322 420 L478 420 Q510 420 510 452 L510 584 Q510 620 474 620 L326 620 Q290 620 290 584 Z"/></clipPath>
         <g clip-path="url(#meshclip)" fill="${c.deep}" opacity="0.45">${Array.from({ length: 14 }, (_, i) =>
           Array.from({ length: 18 }, (_, j) => `<circle cx="${296 + j * 12 + (i % 2) * 6}" cy="${462 + i * 12}" r="3"/>`).join(""),
         ).join("")}</g>
         <path d="M250 470 L290 470 M250 560 L290 560 M510 470 L550 470 M510 560 L550 560" stroke="${c.deep}" stroke-width="8" stroke-linecap="round"/>
         <rect x="300" y="372" width="200" height="12" rx="6" fill="#dfe3e6" opacity="0.9"/>`
      : `<rect x="374" y="350" width="52" height="34" rx="5" fill="${LEATHER}" stroke="#4d2d18" stroke-width="2"/>`
  }
  <path d="M276 320 Q268 420 276 560" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.3"/>`;

const duffel: Shape["draw"] = (c) => `
  <path d="M172 420 Q400 40 628 420" fill="none" stroke="${c.deep}" stroke-width="12"/>
  <path d="M202 604 L598 604 Q652 604 652 544 L642 402 Q632 330 562 330 L238 330 Q168 330 158 402 L148 544 Q148 604 202 604 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M238 330 Q168 330 158 402 L148 544 Q148 604 202 604 Q226 466 238 330 Z" fill="${c.lo}" ${outline(c, 2.5)}/>
  <path d="M562 330 Q632 330 642 402 L652 544 Q652 604 598 604 Q574 466 562 330 Z" fill="${c.lo}" ${outline(c, 2.5)}/>
  <path d="M208 604 L592 604 L596 570 L204 570 Z" fill="${LEATHER}" stroke="#4d2d18" stroke-width="2"/>
  <path d="M246 352 L554 352" stroke="${c.deep}" stroke-width="7" stroke-linecap="round"/>
  <path d="M246 352 L554 352" stroke="${STEEL}" stroke-width="2" stroke-dasharray="3 3"/>
  <rect x="532" y="344" width="14" height="30" rx="4" fill="${LEATHER}"/>
  <path d="M292 372 Q310 220 400 222 Q490 220 508 372" fill="none" stroke="#4d2d18" stroke-width="24"/>
  <path d="M292 372 Q310 220 400 222 Q490 220 508 372" fill="none" stroke="${LEATHER}" stroke-width="18"/>
  <rect x="362" y="208" width="76" height="30" rx="8" fill="${LEATHER_HI}" stroke="#4d2d18" stroke-width="2"/>
  ${[300, 500].map((x) => `<rect x="${x - 16}" y="352" width="32" height="44" rx="5" fill="${LEATHER}" stroke="#4d2d18" stroke-width="2"/><circle cx="${x}" cy="382" r="4" fill="${BRASS}"/>`).join("")}
  <path d="M252 420 Q400 440 548 420" ${dashed(c)}/>
  <path d="M270 460 Q400 476 530 460" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.3"/>`;

const pouch: Shape["draw"] = (c) => `
  <rect x="190" y="270" width="380" height="290" rx="34" fill="${c.base}" ${outline(c)}/>
  <path d="M210 304 L550 304" stroke="${c.deep}" stroke-width="8" stroke-linecap="round"/>
  <path d="M210 304 L550 304" stroke="${STEEL_HI}" stroke-width="3" stroke-dasharray="3 3"/>
  <path d="M548 296 L600 278 L606 296 L556 314 Z" fill="${LEATHER}" stroke="#4d2d18" stroke-width="2"/>
  <path d="M212 330 Q220 430 212 530" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.3"/>
  <rect x="372" y="420" width="260" height="196" rx="26" fill="${c.hi}" ${outline(c)}/>
  <path d="M390 450 L614 450" stroke="${c.deep}" stroke-width="7" stroke-linecap="round"/>
  <path d="M390 450 L614 450" stroke="${STEEL_HI}" stroke-width="2.5" stroke-dasharray="3 3"/>
  <path d="M612 444 L650 432 L655 448 L618 460 Z" fill="${LEATHER}" stroke="#4d2d18" stroke-width="2"/>
  <rect x="388" y="590" width="46" height="14" rx="3" fill="${CREAM}" opacity="0.9"/>`;

const sling: Shape["draw"] = (c) => `
  <path d="M232 420 Q196 130 400 116 Q604 130 568 420" fill="none" stroke="${c.deep}" stroke-width="26"/>
  <rect x="494" y="166" width="44" height="34" rx="6" fill="${STEEL}" stroke="${c.line}" stroke-width="2" transform="rotate(38 516 183)"/>
  <path d="M206 432 Q226 322 400 312 Q574 322 594 432 Q604 536 400 552 Q196 536 206 432 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M236 410 Q400 356 564 410" stroke="${c.deep}" stroke-width="7" fill="none" stroke-linecap="round"/>
  <path d="M236 410 Q400 356 564 410" stroke="${STEEL_HI}" stroke-width="2.5" fill="none" stroke-dasharray="3 3"/>
  <rect x="552" y="396" width="12" height="28" rx="4" fill="${c.deep}"/>
  <path d="M232 462 Q400 440 568 462" ${dashed(c)}/>
  <path d="M280 480 Q400 500 520 480" fill="none" stroke="${c.hi}" stroke-width="10" stroke-linecap="round" opacity="0.3"/>`;

const messenger: Shape["draw"] = (c) => `
  <path d="M214 340 Q400 40 586 340" fill="none" stroke="${c.deep}" stroke-width="18"/>
  <rect x="198" y="318" width="404" height="312" rx="20" fill="${c.base}" ${outline(c)}/>
  <rect x="206" y="236" width="388" height="96" rx="44" fill="${c.lo}" ${outline(c)}/>
  <path d="M226 266 Q400 256 574 266 M222 300 Q400 290 578 300" ${seamLine(c, 3)} opacity="0.55"/>
  <rect x="380" y="226" width="40" height="296" rx="6" fill="${c.deep}"/>
  <rect x="372" y="484" width="56" height="42" rx="8" fill="${STEEL}" stroke="${c.line}" stroke-width="2.5"/>
  <rect x="384" y="494" width="32" height="22" rx="4" fill="${STEEL_HI}"/>
  <rect x="198" y="586" width="404" height="14" fill="#e8ecef" opacity="0.85"/>
  <path d="M226 370 Q236 460 226 560" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.3"/>`;

const laptopSleeve: Shape["draw"] = (c) => `
  <rect x="212" y="214" width="376" height="80" rx="10" fill="#b9bdc2" stroke="#80868c" stroke-width="3"/>
  <rect x="224" y="224" width="352" height="6" rx="3" fill="#dfe2e5"/>
  <rect x="176" y="256" width="448" height="342" rx="28" fill="${c.base}" ${outline(c)}/>
  <rect x="192" y="272" width="416" height="310" rx="18" ${dashed(c)}/>
  <path d="M382 240 L418 240 L418 408 Q400 424 382 408 Z" fill="${LEATHER}" stroke="#4d2d18" stroke-width="2.5"/>
  <circle cx="400" cy="388" r="9" fill="${BRASS}" stroke="#7a5d1e" stroke-width="2"/>
  <path d="M220 320 Q232 430 220 560" fill="none" stroke="${c.hi}" stroke-width="14" stroke-linecap="round" opacity="0.3"/>`;

const bucketBag: Shape["draw"] = (c) => `
  <path d="M266 348 Q400 96 534 348" fill="none" stroke="${c.line}" stroke-width="18"/>
  <path d="M266 348 Q400 96 534 348" fill="none" stroke="${c.lo}" stroke-width="13"/>
  <path d="M266 330 L534 330 L560 598 Q562 634 526 634 L274 634 Q238 634 240 598 Z" fill="${c.base}" ${outline(c)}/>
  <ellipse cx="400" cy="330" rx="134" ry="24" fill="${c.deep}" ${outline(c, 2.5)}/>
  <path d="M268 354 ${Array.from({ length: 11 }, () => "q12 -9 24 0").join(" ")}" fill="none" stroke="${c.seam}" stroke-width="3"/>
  <path d="M400 362 Q392 420 378 450 M400 362 Q410 424 424 456" fill="none" stroke="${LEATHER}" stroke-width="5" stroke-linecap="round"/>
  <circle cx="378" cy="452" r="8" fill="${LEATHER_HI}"/><circle cx="424" cy="458" r="8" fill="${LEATHER_HI}"/>
  <path d="M244 600 Q400 616 556 600" ${dashed(c)}/>
  <path d="M276 400 Q276 500 266 590" fill="none" stroke="${c.hi}" stroke-width="14" stroke-linecap="round" opacity="0.3"/>`;

// ---- Home ------------------------------------------------------------------

const mug: Shape["draw"] = (c) => `
  ${contact(390, 632, 170)}
  <path d="M524 368 Q640 360 630 462 Q620 552 522 548" fill="none" stroke="${c.line}" stroke-width="40" stroke-linecap="round"/>
  <path d="M524 368 Q640 360 630 462 Q620 552 522 548" fill="none" stroke="${c.base}" stroke-width="33" stroke-linecap="round"/>
  <path d="M250 300 L530 300 L526 590 Q526 630 486 630 L294 630 Q254 630 254 590 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M255 566 ${Array.from({ length: 7 }, (_, i) => `Q${r1(274 + i * 38)} ${i % 2 ? 590 : 582} ${r1(293 + i * 38)} 578`).join(" ")} L525 574 L526 590 Q526 630 486 630 L294 630 Q254 630 254 590 Z" fill="#dcc8a8" ${outline(c, 2)}/>
  <ellipse cx="390" cy="300" rx="140" ry="26" fill="${c.hi}" ${outline(c)}/>
  <ellipse cx="390" cy="304" rx="124" ry="18" fill="${c.deep}" opacity="0.55"/>
  <path d="M282 340 Q274 440 286 540" fill="none" stroke="#ffffff" stroke-width="16" stroke-linecap="round" opacity="0.25"/>`;

const campMug: Shape["draw"] = (c, rand) => {
  const dots = Array.from({ length: 70 }, () => {
    const x = 268 + rand() * 264;
    const y = 350 + rand() * 250;
    return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(1.2 + rand() * 2.2)}"/>`;
  }).join("");
  return `
  ${contact(400, 624, 160)}
  <path d="M532 390 Q618 392 614 470 Q610 540 532 540" fill="none" stroke="${c.line}" stroke-width="24" stroke-linecap="round"/>
  <path d="M532 390 Q618 392 614 470 Q610 540 532 540" fill="none" stroke="${c.base}" stroke-width="17" stroke-linecap="round"/>
  <path d="M262 340 L538 340 L538 596 Q538 624 510 624 L290 624 Q262 624 262 596 Z" fill="${c.base}" ${outline(c)}/>
  <g fill="${luminance(c.base) > 0.6 ? "#4a4e54" : "#f4f2ee"}" opacity="0.55">${dots}</g>
  <ellipse cx="400" cy="340" rx="138" ry="24" fill="${c.deep}" stroke="${STEEL}" stroke-width="9"/>
  <path d="M264 598 Q400 612 536 598" fill="none" stroke="${c.deep}" stroke-width="5" opacity="0.6"/>
  <path d="M290 380 Q282 460 292 560" fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.25"/>`;
};

const vase: Shape["draw"] = (c) => `
  ${contact(400, 616, 140)}
  <path d="M404 250 Q412 180 446 128" fill="none" stroke="${LEAF}" stroke-width="5" stroke-linecap="round"/>
  <path d="M408 200 Q360 190 342 156 Q388 156 408 200 Z" fill="${LEAF_HI}" stroke="${LEAF}" stroke-width="2"/>
  ${[0, 72, 144, 216, 288].map((a) => `<ellipse cx="446" cy="104" rx="13" ry="24" fill="#f2e6d0" stroke="#c9b48e" stroke-width="1.5" transform="rotate(${a} 446 122)"/>`).join("")}
  <circle cx="446" cy="122" r="9" fill="${colors.mustard}"/>
  <path d="M372 250 L428 250 L430 304 Q532 340 532 470 Q532 612 400 616 Q268 612 268 470 Q268 340 370 304 Z" fill="${c.base}" ${outline(c)}/>
  <ellipse cx="400" cy="250" rx="28" ry="8" fill="${c.deep}" ${outline(c, 2)}/>
  <path d="M272 520 Q400 540 528 520 Q520 610 400 616 Q280 610 272 520 Z" fill="${c.lo}" opacity="0.6"/>
  <path d="M306 392 Q290 450 306 520" fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.3"/>`;

const candle: Shape["draw"] = () => `
  ${contact(400, 624, 130)}
  <path d="M400 246 Q420 276 412 298 Q400 312 388 298 Q380 276 400 246 Z" fill="#f6b24a"/>
  <path d="M400 266 Q408 284 404 296 Q400 302 396 296 Q392 284 400 266 Z" fill="#fde7a6"/>
  <path d="M400 300 L400 326" stroke="#3b2e25" stroke-width="3"/>
  <rect x="284" y="320" width="232" height="304" rx="24" fill="#9c5b26" stroke="#5e3413" stroke-width="3"/>
  <ellipse cx="400" cy="334" rx="108" ry="16" fill="${CREAM}" stroke="#b89a6a" stroke-width="2"/>
  <rect x="316" y="420" width="168" height="128" rx="6" fill="${CREAM}" stroke="#b89a6a" stroke-width="2"/>
  <path d="M400 446 Q380 466 400 496 Q420 466 400 446 Z" fill="${LEAF}"/>
  <path d="M346 514 H454 M362 530 H438" stroke="#8c7b62" stroke-width="4" stroke-linecap="round"/>
  <path d="M302 360 Q296 470 304 600" fill="none" stroke="#ffffff" stroke-width="12" stroke-linecap="round" opacity="0.25"/>`;

const throwBlanket: Shape["draw"] = (c) => {
  const fringe = Array.from({ length: 34 }, (_, i) => 206 + i * 11.6)
    .map((x) => `M${r1(x)} 612 Q${r1(x + 3)} 630 ${r1(x - 1)} 646`)
    .join("");
  return `
  ${contact(400, 650, 230)}
  <path d="${fringe}" fill="none" stroke="${c.lo}" stroke-width="4" stroke-linecap="round"/>
  <path d="M236 232 L564 232 Q612 232 612 280 L612 612 L188 612 L188 280 Q188 232 236 232 Z" fill="${c.base}" ${outline(c)}/>
  ${waffle(c, "M236 232 L564 232 Q612 232 612 280 L612 612 L188 612 L188 280 Q188 232 236 232 Z", 22)}
  <path d="M188 352 L612 352 M188 482 L612 482" stroke="${c.deep}" stroke-width="5" opacity="0.45"/>
  <path d="M188 362 Q400 378 612 362 L612 352 L188 352 Z M188 492 Q400 508 612 492 L612 482 L188 482 Z" fill="${c.deep}" opacity="0.18"/>
  <path d="M188 280 Q176 296 188 352 M188 352 Q176 410 188 482 M188 482 Q176 540 188 612" fill="none" stroke="${c.line}" stroke-width="3"/>
  <path d="M230 250 Q400 240 570 250" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.35"/>`;
};

const teaTowel: Shape["draw"] = (c) => {
  const towel = (x: number, w: number, h: number, tone: string) => `
    <path d="M${x} 214 L${x + w} 214 L${x + w} ${214 + h} L${x} ${214 + h} Z" fill="${tone}" ${outline(c)}/>
    <rect x="${x}" y="${214 + h - 84}" width="${w}" height="16" fill="${c.deep}" opacity="0.55"/>
    <rect x="${x}" y="${214 + h - 58}" width="${w}" height="6" fill="${c.deep}" opacity="0.55"/>
    <path d="M${x + 8} ${214 + h - 14} L${x + w - 8} ${214 + h - 14}" ${dashed(c, 2)}/>
    <path d="M${x + 24} 250 Q${x + 30} 360 ${x + 22} ${214 + h - 110}" fill="none" stroke="#ffffff" stroke-width="10" stroke-linecap="round" opacity="0.22"/>`;
  return `
  <rect x="160" y="196" width="480" height="18" rx="9" fill="${WOOD}" stroke="${WOOD_DARK}" stroke-width="3"/>
  <circle cx="160" cy="205" r="16" fill="${WOOD_DARK}"/><circle cx="640" cy="205" r="16" fill="${WOOD_DARK}"/>
  ${towel(372, 210, 370, c.lo)}
  ${towel(232, 220, 410, c.base)}
  <path d="M330 214 Q342 170 354 214" fill="none" stroke="${c.deep}" stroke-width="5"/>`;
};

const planter: Shape["draw"] = () => `
  ${contact(400, 646, 170)}
  ${[
    [-70, 300, 38],
    [-20, 250, 44],
    [40, 268, 40],
    [90, 320, 34],
    [-110, 356, 30],
    [10, 330, 36],
    [120, 376, 28],
  ]
    .map(
      ([dx, y, r]) =>
        `<path d="M400 392 Q${400 + dx! / 2} ${y! + 60} ${400 + dx!} ${y! + r! - 6}" fill="none" stroke="${LEAF}" stroke-width="4"/>
         <circle cx="${400 + dx!}" cy="${y}" r="${r}" fill="${LEAF_HI}" stroke="${LEAF}" stroke-width="3"/>
         <circle cx="${400 + dx!}" cy="${y}" r="4" fill="${LEAF}"/>`,
    )
    .join("")}
  <path d="M248 612 L552 612 L538 646 L262 646 Z" fill="#a9552f" stroke="#6f3519" stroke-width="3"/>
  <path d="M274 430 L526 430 L494 612 L306 612 Z" fill="${TERRACOTTA}" stroke="#6f3519" stroke-width="3"/>
  <rect x="256" y="384" width="288" height="52" rx="6" fill="#cf7a50" stroke="#6f3519" stroke-width="3"/>
  <path d="M298 450 Q300 530 318 600" fill="none" stroke="#ffffff" stroke-width="12" stroke-linecap="round" opacity="0.22"/>`;

const dripper: Shape["draw"] = (c) => `
  ${contact(400, 640, 130)}
  <path d="M318 488 L482 488 L474 610 Q472 636 446 636 L354 636 Q328 636 326 610 Z" fill="#e8f1f4" fill-opacity="0.6" stroke="#9fb3bd" stroke-width="3"/>
  <path d="M324 560 L476 560 L474 610 Q472 636 446 636 L354 636 Q328 636 326 610 Z" fill="#6b4630" opacity="0.85"/>
  <ellipse cx="400" cy="488" rx="98" ry="14" fill="${c.lo}" ${outline(c, 2.5)}/>
  <path d="M286 262 L514 262 L442 468 L358 468 Z" fill="${c.base}" ${outline(c)}/>
  ${[-80, -48, -16, 16, 48, 80].map((dx) => `<path d="M${400 + dx} 280 L${400 + dx * 0.4} 460" ${seamLine(c, 2.5)} opacity="0.35"/>`).join("")}
  <path d="M512 300 Q566 300 560 352 Q554 396 492 392" fill="none" stroke="${c.line}" stroke-width="22"/>
  <path d="M512 300 Q566 300 560 352 Q554 396 492 392" fill="none" stroke="${c.base}" stroke-width="15"/>
  <ellipse cx="400" cy="262" rx="114" ry="20" fill="${c.hi}" ${outline(c)}/>
  <ellipse cx="400" cy="266" rx="98" ry="13" fill="${c.deep}" opacity="0.6"/>
  <rect x="352" y="466" width="96" height="22" rx="4" fill="${c.lo}" ${outline(c, 2.5)}/>
  <path d="M318 290 Q334 360 364 440" fill="none" stroke="#ffffff" stroke-width="10" stroke-linecap="round" opacity="0.3"/>`;

const cushion: Shape["draw"] = (c) => `
  <radialGradient id="puff" cx="0.45" cy="0.42" r="0.6"><stop offset="0" stop-color="#fff" stop-opacity="0.16"/><stop offset="0.7" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.14"/></radialGradient>
  <path d="M196 214 Q400 254 604 214 Q568 410 604 606 Q400 566 196 606 Q232 410 196 214 Z" fill="${c.base}" ${outline(c, 4)}/>
  <path d="M196 214 Q400 254 604 214 Q568 410 604 606 Q400 566 196 606 Q232 410 196 214 Z" fill="none" stroke="${c.lo}" stroke-width="10" opacity="0.6"/>
  <path d="M214 236 Q270 280 300 300 M586 236 Q530 280 500 300 M214 584 Q270 540 300 520 M586 584 Q530 540 500 520" fill="none" stroke="${c.seam}" stroke-width="3" stroke-linecap="round" opacity="0.45"/>
  <path d="M320 380 Q400 360 480 400 M340 470 Q410 450 470 480" fill="none" stroke="${c.seam}" stroke-width="2.5" stroke-linecap="round" opacity="0.25"/>
  <path d="M196 214 Q400 254 604 214 Q568 410 604 606 Q400 566 196 606 Q232 410 196 214 Z" fill="url(#puff)"/>
  <circle cx="400" cy="410" r="7" fill="${c.lo}" stroke="${c.line}" stroke-width="1.5" opacity="0.8"/>`;

const carafe: Shape["draw"] = () => `
  ${contact(400, 632, 160)}
  <path d="M352 226 L448 226 L448 330 Q562 378 562 500 Q562 632 400 632 Q238 632 238 500 Q238 378 352 330 Z" fill="#e6f1f6" fill-opacity="0.75" stroke="#8fb0c2" stroke-width="4"/>
  <path d="M246 446 Q400 462 554 446 Q562 474 562 500 Q562 632 400 632 Q238 632 238 500 Q238 474 246 446 Z" fill="${colors.sky}" opacity="0.45"/>
  <path d="M246 446 Q400 462 554 446" fill="none" stroke="#ffffff" stroke-width="3" opacity="0.8"/>
  <path d="M340 148 L460 148 L448 236 L352 236 Z" fill="#eef6fa" fill-opacity="0.85" stroke="#8fb0c2" stroke-width="4"/>
  <path d="M272 420 Q256 500 282 580" fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.7"/>
  <path d="M366 250 L366 320" stroke="#ffffff" stroke-width="8" stroke-linecap="round" opacity="0.7"/>
  <path d="M356 164 L352 222" stroke="#ffffff" stroke-width="7" stroke-linecap="round" opacity="0.7"/>`;

const board: Shape["draw"] = (_c, rand) => {
  const grain = Array.from({ length: 9 }, (_, i) => {
    const y = 300 + i * 24;
    const w = 10 + rand() * 14;
    return `<path d="M190 ${y} C280 ${r1(y - w)} 360 ${r1(y + w)} 450 ${y} S580 ${r1(y - w)} 620 ${y}" fill="none" stroke="${WOOD_DARK}" stroke-width="${r1(1.5 + rand() * 2)}" opacity="0.45"/>`;
  }).join("");
  return `
  <g transform="rotate(-10 400 400)">
    ${contact(420, 540, 260)}
    <path d="M624 356 L706 366 Q742 400 706 434 L624 444 Z" fill="${WOOD}" stroke="${WOOD_DARK}" stroke-width="3"/>
    <circle cx="700" cy="400" r="11" fill="#e9dcc7" stroke="${WOOD_DARK}" stroke-width="2"/>
    <path d="M176 330 Q176 280 236 280 L566 280 Q626 280 628 330 L628 470 Q626 520 566 520 L236 520 Q176 520 176 470 Z" fill="${WOOD}" stroke="${WOOD_DARK}" stroke-width="3"/>
    <clipPath id="boardclip"><path d="M176 330 Q176 280 236 280 L566 280 Q626 280 628 330 L628 470 Q626 520 566 520 L236 520 Q176 520 176 470 Z"/></clipPath>
    <g clip-path="url(#boardclip)">${grain}<ellipse cx="520" cy="340" rx="16" ry="8" fill="none" stroke="${WOOD_DARK}" stroke-width="3" opacity="0.5"/></g>
    <path d="M250 470 L372 370 L392 470 Z" fill="#f0cf6a" stroke="#b8922e" stroke-width="3"/>
    <circle cx="300" cy="440" r="6" fill="#e0b74c"/><circle cx="340" cy="452" r="4" fill="#e0b74c"/>
    ${[
      [470, 420],
      [500, 440],
      [486, 400],
      [520, 416],
    ]
      .map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="15" ry="12" fill="#5b6b3a" stroke="#3c4826" stroke-width="2"/>`)
      .join("")}
  </g>`;
};

// ---- Stationery --------------------------------------------------------------

const notebook: Shape["draw"] = (c) => `
  <g transform="rotate(-6 400 400)">
    <rect x="262" y="186" width="300" height="444" rx="10" fill="${CREAM}" stroke="#bfb39c" stroke-width="3"/>
    <path d="M556 200 V616" stroke="#d9cfbb" stroke-width="2"/><path d="M550 200 V616" stroke="#d9cfbb" stroke-width="2"/>
    <path d="M428 620 L428 690 L416 676 L404 690 L404 620 Z" fill="${colors.rust}" stroke="#7d3519" stroke-width="2"/>
    <rect x="246" y="176" width="306" height="450" rx="12" fill="${c.base}" ${outline(c)}/>
    <rect x="246" y="176" width="40" height="450" rx="10" fill="${c.lo}" ${outline(c, 2)}/>
    <rect x="500" y="176" width="14" height="450" fill="${c.deep}"/>
    <rect x="336" y="246" width="124" height="56" rx="5" fill="none" stroke="${c.seam}" stroke-width="3"/>
    <path d="M356 266 H440 M366 282 H430" stroke="${c.seam}" stroke-width="3" stroke-linecap="round" opacity="0.7"/>
    <path d="M306 340 Q300 460 308 590" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.3"/>
  </g>`;

const openNotebook: Shape["draw"] = (c) => {
  const dots = (x0: number) =>
    Array.from({ length: 13 }, (_, i) =>
      Array.from({ length: 10 }, (_, j) => `<circle cx="${x0 + j * 22}" cy="${226 + i * 28}" r="1.8"/>`).join(""),
    ).join("");
  return `
  ${contact(400, 620, 270)}
  <path d="M140 220 Q270 196 400 224 L400 612 Q270 586 140 606 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M660 220 Q530 196 400 224 L400 612 Q530 586 660 606 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M152 208 Q276 184 400 212 L400 600 Q276 574 152 594 Z" fill="${CREAM}" stroke="#bfb39c" stroke-width="2.5"/>
  <path d="M648 208 Q524 184 400 212 L400 600 Q524 574 648 594 Z" fill="${CREAM}" stroke="#bfb39c" stroke-width="2.5"/>
  <g fill="#a69c88">${dots(180)}${dots(424)}</g>
  <path d="M400 212 L400 600" stroke="#cdbf9f" stroke-width="5"/>
  <path d="M412 212 L418 660 L408 648 L398 662 L396 212 Z" fill="${colors.rust}"/>
  <path d="M470 420 Q520 380 560 430 T620 420" fill="none" stroke="${colors.navy}" stroke-width="3" stroke-linecap="round"/>`;
};

const pocketNotebooks: Shape["draw"] = (c) => {
  const book = (angle: number, tone: string) => `
    <g transform="rotate(${angle} 400 640)">
      <rect x="310" y="226" width="180" height="280" rx="14" fill="${tone}" ${outline(c, 2.5)}/>
      <path d="M318 226 V506" stroke="${c.seam}" stroke-width="2" opacity="0.5"/>
      <path d="M312 300 H324 M312 430 H324" stroke="${STEEL}" stroke-width="3"/>
      <rect x="356" y="270" width="96" height="32" rx="3" fill="${CREAM}" opacity="0.85"/>
    </g>`;
  return `${book(-16, c.lo)}${book(0, c.base)}${book(15, c.hi)}`;
};

const planner: Shape["draw"] = (c) => `
  <g transform="rotate(5 400 400)">
    <rect x="256" y="196" width="310" height="430" rx="20" fill="${CREAM}" stroke="#bfb39c" stroke-width="3"/>
    <rect x="238" y="184" width="316" height="436" rx="22" fill="${c.base}" ${outline(c)}/>
    <rect x="276" y="236" width="240" height="170" rx="6" fill="none" stroke="${c.seam}" stroke-width="3"/>
    ${[0, 1, 2, 3]
      .map((row) =>
        [0, 1, 2, 3, 4, 5, 6]
          .map((col) => `<rect x="${292 + col * 31}" y="${262 + row * 34}" width="20" height="20" rx="3" fill="${c.hi}" opacity="0.7"/>`)
          .join(""),
      )
      .join("")}
    <path d="M300 450 H492 M300 478 H452" stroke="${c.seam}" stroke-width="4" stroke-linecap="round" opacity="0.6"/>
    <rect x="508" y="184" width="16" height="436" fill="${c.deep}"/>
    <path d="M276 520 Q270 560 280 600" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.3"/>
  </g>`;

const brassPen: Shape["draw"] = () => `
  <g transform="rotate(-32 400 400)">
    <path d="M150 378 L84 403 L150 428 Z" fill="${BRASS}" stroke="#7a5d1e" stroke-width="3"/>
    <path d="M100 397 L84 403 L100 409 Z" fill="#6d5520"/>
    <circle cx="84" cy="403" r="4" fill="#2b2b2b"/>
    <rect x="142" y="374" width="540" height="58" rx="29" fill="${BRASS}" stroke="#7a5d1e" stroke-width="3"/>
    <rect x="162" y="384" width="500" height="12" rx="6" fill="${BRASS_HI}" opacity="0.9"/>
    <path d="M196 376 V430 M212 376 V430 M228 376 V430" stroke="#a6822f" stroke-width="2.5"/>
    <path d="M530 374 L640 374" stroke="#6d5520" stroke-width="8"/>
    <path d="M530 374 L530 350 M640 374 L640 356" stroke="#7a5d1e" stroke-width="5"/>
    <rect x="608" y="338" width="30" height="38" rx="8" fill="${BRASS}" stroke="#7a5d1e" stroke-width="3"/>
    <circle cx="623" cy="336" r="17" fill="${BRASS_HI}" stroke="#7a5d1e" stroke-width="3"/>
    <circle cx="617" cy="330" r="5" fill="#fff6d8" opacity="0.8"/>
  </g>`;

const gelPens: Shape["draw"] = () => {
  const inks = [colors.black, colors.navy, "#8a5a3b", colors.sage, colors.plum];
  return `<g transform="rotate(-28 400 400)">${inks
    .map((ink, i) => {
      const y = 300 + i * 50;
      return `<path d="M190 ${y} L146 ${y + 13} L190 ${y + 26} Z" fill="#d4d7da" stroke="#7d848a" stroke-width="2"/>
        <circle cx="147" cy="${y + 13}" r="3" fill="${ink}"/>
        <rect x="186" y="${y - 2}" width="440" height="30" rx="12" fill="#f4f2ee" stroke="#8e9499" stroke-width="2.5"/>
        <rect x="196" y="${y - 2}" width="110" height="30" rx="10" fill="${ink}" opacity="0.85"/>
        <rect x="560" y="${y - 6}" width="70" height="38" rx="10" fill="${ink}" stroke="#2d3135" stroke-width="2"/>
        <rect x="470" y="${y - 12}" width="120" height="10" rx="5" fill="${ink}"/>`;
    })
    .join("")}</g>`;
};

const fountainPen: Shape["draw"] = (c) => `
  <g transform="rotate(-24 400 400)">
    <path d="M214 352 L126 368 L214 384 Z" fill="${STEEL_HI}" stroke="#7d848a" stroke-width="2.5"/>
    <path d="M214 368 L150 368" stroke="#7d848a" stroke-width="2"/>
    <rect x="206" y="350" width="56" height="36" rx="8" fill="#2b2e33"/>
    <rect x="256" y="342" width="300" height="52" rx="24" fill="${c.base}" ${outline(c)}/>
    <rect x="270" y="350" width="270" height="9" rx="4" fill="${c.hi}" opacity="0.6"/>
    <rect x="250" y="448" width="340" height="58" rx="27" fill="${c.base}" ${outline(c)}/>
    <rect x="266" y="456" width="310" height="10" rx="5" fill="${c.hi}" opacity="0.6"/>
    <rect x="268" y="446" width="22" height="62" fill="${STEEL}" stroke="#7d848a" stroke-width="2"/>
    <path d="M300 438 L560 438 Q578 440 576 452 L560 452 L300 452 Z" fill="${STEEL_HI}" stroke="#7d848a" stroke-width="2"/>
  </g>`;

const pencilCase: Shape["draw"] = (c) => `
  <g transform="rotate(-4 400 400)">
    <g transform="rotate(-18 350 350)"><rect x="330" y="180" width="26" height="220" fill="${colors.mustard}" stroke="#8c6b12" stroke-width="2"/><path d="M330 180 L343 140 L356 180 Z" fill="#e8cfa3"/><path d="M338 156 L343 140 L348 156 Z" fill="#333"/></g>
    <g transform="rotate(12 450 350)"><rect x="440" y="170" width="22" height="230" rx="10" fill="${colors.navy}"/><rect x="444" y="170" width="5" height="90" rx="2" fill="${STEEL_HI}"/></g>
    <g transform="rotate(-4 400 350)"><rect x="392" y="200" width="26" height="200" fill="${colors.sage}" stroke="#56624a" stroke-width="2"/><path d="M392 200 L405 162 L418 200 Z" fill="#e8cfa3"/><path d="M400 176 L405 162 L410 176 Z" fill="#333"/></g>
    <path d="M188 352 Q188 316 226 316 L574 316 Q612 316 612 352 L612 540 Q612 580 572 580 L228 580 Q188 580 188 540 Z" fill="${c.base}" ${outline(c)}/>
    <path d="M206 336 L594 336" stroke="${c.deep}" stroke-width="8" stroke-linecap="round"/>
    <path d="M206 336 L594 336" stroke="${BRASS_HI}" stroke-width="3" stroke-dasharray="3 3"/>
    <path d="M590 330 L640 352 L632 368 L584 346 Z" fill="${LEATHER}" stroke="#4d2d18" stroke-width="2"/>
    <path d="M214 560 L586 560" ${dashed(c)}/>
    <path d="M222 380 Q214 460 226 530" fill="none" stroke="${c.hi}" stroke-width="12" stroke-linecap="round" opacity="0.3"/>
  </g>`;

const cards: Shape["draw"] = (c) => `
  <g transform="rotate(-5 400 400)">
    <path d="M196 360 L604 360 L400 230 Z" fill="${mix(KRAFT, "#000000", 0.08)}" stroke="#8a6c44" stroke-width="3"/>
    <rect x="196" y="360" width="408" height="266" fill="${mix(KRAFT, "#000000", 0.12)}" stroke="#8a6c44" stroke-width="3"/>
    <rect x="236" y="180" width="328" height="330" rx="4" fill="${CREAM}" stroke="#bfb39c" stroke-width="3"/>
    <path d="M400 470 Q396 370 420 262" fill="none" stroke="${c.base}" stroke-width="5" stroke-linecap="round"/>
    ${[
      [408, 420, -30],
      [404, 380, 30],
      [410, 340, -34],
      [414, 300, 28],
    ]
      .map(
        ([x, y, a]) =>
          `<ellipse cx="${x! + (a! < 0 ? -26 : 26)}" cy="${y}" rx="30" ry="12" fill="${c.hi}" stroke="${c.base}" stroke-width="3" transform="rotate(${a} ${x} ${y})"/>`,
      )
      .join("")}
    <path d="M196 360 L400 500 L604 360 L604 626 L196 626 Z" fill="${KRAFT}" stroke="#8a6c44" stroke-width="3"/>
    <path d="M196 626 L360 480 M604 626 L440 480" stroke="#8a6c44" stroke-width="2.5" opacity="0.7"/>
  </g>`;

const washi: Shape["draw"] = (_c, rand) => {
  const roll = (cx: number, cy: number, r: number, tone: string, stripes: boolean) => {
    const id = `roll${cx}`;
    const pattern = stripes
      ? Array.from({ length: 11 }, (_, i) => `<path d="M${cx - r + i * (r / 5)} ${cy - r} l${r * 0.6} ${r * 2}" stroke="#ffffff" stroke-width="${r / 12}" opacity="0.55"/>`).join("")
      : Array.from({ length: 16 }, () => `<circle cx="${r1(cx - r + rand() * 2 * r)}" cy="${r1(cy - r + rand() * 2 * r)}" r="${r1(r / 18)}" fill="#ffffff" opacity="0.7"/>`).join("");
    return `<clipPath id="${id}"><circle cx="${cx}" cy="${cy}" r="${r}"/></clipPath>
      <circle cx="${cx}" cy="${cy}" r="${r}" fill="${tone}" stroke="${mix(tone, "#000000", 0.3)}" stroke-width="3"/>
      <g clip-path="url(#${id})">${pattern}</g>
      <circle cx="${cx}" cy="${cy}" r="${r * 0.56}" fill="${KRAFT}" stroke="${mix(KRAFT, "#000000", 0.3)}" stroke-width="3"/>
      <circle cx="${cx}" cy="${cy}" r="${r * 0.46}" fill="#f6f1e7"/>`;
  };
  return `
  <path d="M372 560 L560 620 L548 654 L362 592 Z" fill="${colors.sage}" opacity="0.85"/>
  ${roll(290, 430, 130, colors.sage, true)}
  ${roll(500, 330, 110, colors.rust, false)}
  ${roll(510, 540, 100, colors.sky, true)}`;
};

// ---- Outdoor -----------------------------------------------------------------

const bottle: Shape["draw"] = (c) => `
  ${contact(400, 646, 110)}
  <path d="M376 138 Q376 92 400 92 Q424 92 424 138" fill="none" stroke="${STEEL}" stroke-width="10"/>
  <rect x="344" y="128" width="112" height="74" rx="12" fill="#c9a36b" stroke="#8c6a3a" stroke-width="3"/>
  <path d="M352 150 H448 M352 170 Q400 166 448 172 M352 188 H448" stroke="#a7834e" stroke-width="2" opacity="0.7"/>
  <rect x="354" y="198" width="92" height="36" fill="${STEEL}" stroke="#7d848a" stroke-width="2.5"/>
  <path d="M336 646 Q316 646 316 624 L316 292 Q316 238 366 230 L434 230 Q484 238 484 292 L484 624 Q484 646 464 646 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M318 610 L482 610" stroke="${c.deep}" stroke-width="3" opacity="0.5"/>
  <path d="M344 290 Q336 440 344 590" fill="none" stroke="#ffffff" stroke-width="16" stroke-linecap="round" opacity="0.28"/>
  <rect x="382" y="420" width="36" height="36" rx="4" fill="none" stroke="${c.hi}" stroke-width="3" opacity="0.8"/>`;

const picnicBlanket: Shape["draw"] = (c) => {
  const plaidV = [250, 330, 410, 490]
    .map((x) => `<rect x="${x}" y="360" width="14" height="200" fill="${c.hi}" opacity="0.45"/>`)
    .join("");
  const plaidH = [400, 470, 530]
    .map((y) => `<rect x="200" y="${y}" width="360" height="10" fill="${c.deep}" opacity="0.35"/>`)
    .join("");
  return `
  ${contact(400, 572, 220)}
  <path d="M300 372 Q300 250 400 250 Q500 250 500 372" fill="none" stroke="#4d2d18" stroke-width="18"/>
  <path d="M300 372 Q300 250 400 250 Q500 250 500 372" fill="none" stroke="${LEATHER}" stroke-width="13"/>
  <ellipse cx="200" cy="460" rx="46" ry="100" fill="${c.lo}" ${outline(c)}/>
  <rect x="200" y="360" width="360" height="200" fill="${c.base}"/>
  ${plaidV}${plaidH}
  <path d="M200 360 L560 360 M200 560 L560 560" stroke="${c.line}" stroke-width="3"/>
  <ellipse cx="560" cy="460" rx="46" ry="100" fill="${c.base}" ${outline(c)}/>
  <path d="M560 460 m-6 0 a10 20 0 1 1 20 0 a20 42 0 1 1 -38 0 a30 62 0 1 1 56 0 a38 84 0 1 1 -74 0" fill="none" stroke="${c.deep}" stroke-width="3" opacity="0.6"/>
  ${[284, 476].map((x) => `<rect x="${x}" y="354" width="32" height="212" rx="4" fill="${LEATHER}" stroke="#4d2d18" stroke-width="2.5"/><rect x="${x + 6}" y="520" width="20" height="18" rx="3" fill="none" stroke="${BRASS}" stroke-width="4"/>`).join("")}`;
};

const lantern: Shape["draw"] = (c) => `
  <circle cx="400" cy="390" r="230" fill="url(#glow)"/>
  ${contact(400, 612, 120)}
  <path d="M336 228 Q336 118 400 118 Q464 118 464 228" fill="none" stroke="${c.line}" stroke-width="9"/>
  <path d="M336 228 Q336 118 400 118 Q464 118 464 228" fill="none" stroke="${c.base}" stroke-width="5"/>
  <path d="M322 258 L478 258 L462 214 L338 214 Z" fill="${c.base}" ${outline(c)}/>
  <rect x="384" y="196" width="32" height="22" rx="5" fill="${c.lo}" ${outline(c, 2)}/>
  <path d="M336 258 Q300 380 336 520 L464 520 Q500 380 464 258 Z" fill="#fff2cc" stroke="#d9c08a" stroke-width="3"/>
  <path d="M346 268 Q318 380 346 510 L454 510 Q482 380 454 268 Z" fill="#ffe49a" opacity="0.7"/>
  <rect x="390" y="300" width="20" height="160" rx="10" fill="#fff9e6"/>
  <path d="M350 262 Q330 390 350 518 M450 262 Q470 390 450 518" stroke="${c.base}" stroke-width="6" fill="none"/>
  <path d="M400 258 L400 520" stroke="${c.base}" stroke-width="4" opacity="0.7"/>
  <path d="M316 520 L484 520 L494 596 Q494 612 478 612 L322 612 Q306 612 306 596 Z" fill="${c.base}" ${outline(c)}/>
  <circle cx="440" cy="566" r="12" fill="${c.lo}" ${outline(c, 2)}/>
  <path d="M330 540 Q326 570 332 596" fill="none" stroke="${c.hi}" stroke-width="8" stroke-linecap="round" opacity="0.4"/>`;

const hammock: Shape["draw"] = (c) => {
  const trunk = (x: number) => `<rect x="${x - 24}" y="90" width="48" height="560" fill="#8a6240" stroke="#5b3d24" stroke-width="3"/>
    <path d="M${x - 8} 140 Q${x - 14} 240 ${x - 6} 330 M${x + 10} 380 Q${x + 4} 480 ${x + 12} 600" stroke="#5b3d24" stroke-width="3" fill="none" opacity="0.6"/>`;
  return `
  <ellipse cx="400" cy="650" rx="340" ry="30" fill="${LEAF}" opacity="0.35"/>
  ${trunk(112)}${trunk(688)}
  <path d="M136 250 L214 316 M664 250 L586 316" stroke="${c.deep}" stroke-width="8" stroke-linecap="round"/>
  <circle cx="214" cy="316" r="10" fill="none" stroke="${STEEL}" stroke-width="5"/><circle cx="586" cy="316" r="10" fill="none" stroke="${STEEL}" stroke-width="5"/>
  <path d="M214 318 Q400 690 586 318 Q400 520 214 318 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M214 318 Q400 520 586 318 Q400 560 214 318 Z" fill="${c.lo}" opacity="0.8"/>
  <path d="M240 360 Q400 600 560 360 M226 338 Q400 640 574 338" fill="none" stroke="${c.seam}" stroke-width="2.5" opacity="0.4"/>
  <path d="M300 470 Q400 560 500 470" fill="none" stroke="${c.hi}" stroke-width="10" stroke-linecap="round" opacity="0.35"/>`;
};

const stool: Shape["draw"] = (c) => `
  ${contact(400, 650, 200)}
  <path d="M400 300 L400 652" stroke="${WOOD_DARK}" stroke-width="26" stroke-linecap="round"/>
  <path d="M400 300 L400 652" stroke="${mix(WOOD, "#000000", 0.15)}" stroke-width="20" stroke-linecap="round"/>
  <path d="M256 330 L548 646" stroke="${WOOD_DARK}" stroke-width="30" stroke-linecap="round"/>
  <path d="M256 330 L548 646" stroke="${WOOD}" stroke-width="24" stroke-linecap="round"/>
  <path d="M544 330 L252 646" stroke="${WOOD_DARK}" stroke-width="30" stroke-linecap="round"/>
  <path d="M544 330 L252 646" stroke="${WOOD}" stroke-width="24" stroke-linecap="round"/>
  <circle cx="400" cy="488" r="15" fill="${STEEL}" stroke="#6d747a" stroke-width="3"/>
  <path d="M226 336 Q400 374 574 336 Q488 282 400 268 Q312 282 226 336 Z" fill="${c.base}" ${outline(c)}/>
  <path d="M250 334 Q400 362 550 334" ${dashed(c)}/>
  <path d="M298 316 Q400 296 470 300" fill="none" stroke="${c.hi}" stroke-width="8" stroke-linecap="round" opacity="0.4"/>`;

const foodJar: Shape["draw"] = (c) => `
  ${contact(400, 626, 140)}
  <rect x="284" y="344" width="232" height="282" rx="34" fill="${c.base}" ${outline(c)}/>
  <rect x="292" y="326" width="216" height="24" fill="${STEEL}" stroke="#7d848a" stroke-width="2.5"/>
  <rect x="276" y="262" width="248" height="70" rx="16" fill="${c.lo}" ${outline(c)}/>
  ${Array.from({ length: 15 }, (_, i) => `<path d="M${296 + i * 15} 272 V322" stroke="${c.seam}" stroke-width="3" opacity="0.5"/>`).join("")}
  <path d="M312 380 Q304 480 312 590" fill="none" stroke="#ffffff" stroke-width="16" stroke-linecap="round" opacity="0.25"/>
  <path d="M286 600 L514 600" stroke="${c.deep}" stroke-width="3" opacity="0.5"/>`;

// ---------------------------------------------------------------------------
// Shape registry
// ---------------------------------------------------------------------------

const SHAPES: Record<string, Shape> = {
  tee: { draw: tee(false), focus: [400, 240], material: "fabric", color: "white" },
  pocketTee: { draw: tee(true), focus: [450, 300], material: "fabric", color: "sand" },
  henley: { draw: henley, focus: [400, 280], zoom: 1.9, material: "knit", color: "sand" },
  sweatshirt: { draw: sweatshirt, focus: [400, 250], material: "knit", color: "sky" },
  hoodie: { draw: hoodie, focus: [400, 240], material: "knit", color: "charcoal" },
  campShirt: { draw: shirt(false), focus: [400, 260], material: "fabric", color: "sand" },
  oxford: { draw: shirt(true), focus: [420, 250], material: "fabric", color: "sky" },
  socks: { draw: socks, focus: [560, 580], zoom: 1.9, material: "knit", color: "charcoal" },
  beanie: { draw: beanie, focus: [400, 470], zoom: 1.7, material: "knit", color: "mustard" },
  bucketHat: { draw: bucketHat, focus: [400, 420], material: "fabric", color: "sand" },
  tote: { draw: tote(true), focus: [320, 340], material: "fabric", color: "sand" },
  marketTote: { draw: tote(false), focus: [320, 360], material: "fabric", color: "sand" },
  backpack: { draw: backpack(false), focus: [400, 400], material: "fabric", color: "black" },
  daypack: { draw: backpack(true), focus: [400, 500], material: "fabric", color: "rust" },
  duffel: { draw: duffel, focus: [400, 300], material: "fabric", color: "charcoal" },
  pouch: { draw: pouch, focus: [560, 320], material: "fabric", color: "mustard" },
  sling: { draw: sling, focus: [520, 330], material: "fabric", color: "black" },
  messenger: { draw: messenger, focus: [400, 460], material: "fabric", color: "navy" },
  laptopSleeve: { draw: laptopSleeve, focus: [400, 340], material: "knit", color: "charcoal" },
  bucketBag: { draw: bucketBag, focus: [400, 380], material: "leather", color: "rust" },
  mug: { draw: mug, focus: [520, 420], material: "ceramic", color: "sage" },
  campMug: { draw: campMug, focus: [400, 400], material: "ceramic", color: "white" },
  vase: { draw: vase, focus: [400, 300], material: "ceramic", color: "sage" },
  candle: { draw: candle, focus: [400, 380], material: "glass", color: "sand" },
  throw: { draw: throwBlanket, focus: [560, 560], material: "fabric", color: "sand" },
  towel: { draw: teaTowel, focus: [330, 520], material: "fabric", color: "sand" },
  planter: { draw: planter, focus: [400, 380], material: "ceramic", color: "sage" },
  dripper: { draw: dripper, focus: [400, 330], material: "ceramic", color: "white" },
  cushion: { draw: cushion, focus: [560, 240], material: "fabric", color: "sand" },
  carafe: { draw: carafe, focus: [400, 260], material: "glass", color: "sky" },
  board: { draw: board, focus: [460, 420], material: "wood", color: "sand" },
  notebook: { draw: notebook, focus: [460, 560], material: "fabric", color: "sage" },
  pocketNotebooks: { draw: pocketNotebooks, focus: [400, 300], material: "paper", color: "sand" },
  planner: { draw: planner, focus: [380, 300], material: "fabric", color: "plum" },
  brassPen: { draw: brassPen, focus: [520, 300], material: "metal", color: "mustard" },
  gelPens: { draw: gelPens, focus: [300, 420], material: "metal", color: "sage" },
  fountainPen: { draw: fountainPen, focus: [250, 430], material: "metal", color: "navy" },
  pencilCase: { draw: pencilCase, focus: [560, 330], material: "fabric", color: "sand" },
  cards: { draw: cards, focus: [400, 340], material: "paper", color: "sage" },
  washi: { draw: washi, focus: [420, 400], zoom: 1.7, material: "glass", color: "sky" },
  bottle: { draw: bottle, focus: [400, 200], material: "metal", color: "sage" },
  picnicBlanket: { draw: picnicBlanket, focus: [500, 420], material: "fabric", color: "rust" },
  lantern: { draw: lantern, focus: [400, 300], material: "metal", color: "sage" },
  hammock: { draw: hammock, focus: [400, 440], material: "fabric", color: "sage" },
  stool: { draw: stool, focus: [400, 360], material: "wood", color: "sand" },
  foodJar: { draw: foodJar, focus: [400, 320], material: "metal", color: "charcoal" },
};

/** Keyword (matched against whole dash-separated words of the slug) → shape, first match wins. */
const KEYWORDS: [string, keyof typeof SHAPES][] = [
  ["hoodie", "hoodie"],
  ["sweatshirt", "sweatshirt"],
  ["henley", "henley"],
  ["pocket-tee", "pocketTee"],
  ["tee", "tee"],
  ["oxford", "oxford"],
  ["button-down", "oxford"],
  ["shirt", "campShirt"],
  ["socks", "socks"],
  ["beanie", "beanie"],
  ["hat", "bucketHat"],
  ["bucket-bag", "bucketBag"],
  ["market", "marketTote"],
  ["tote", "tote"],
  ["daypack", "daypack"],
  ["backpack", "backpack"],
  ["duffel", "duffel"],
  ["pouch", "pouch"],
  ["sling", "sling"],
  ["messenger", "messenger"],
  ["sleeve", "laptopSleeve"],
  ["camp-mug", "campMug"],
  ["mug", "mug"],
  ["vase", "vase"],
  ["candle", "candle"],
  ["throw", "throw"],
  ["towel", "towel"],
  ["towels", "towel"],
  ["planter", "planter"],
  ["dripper", "dripper"],
  ["cushion", "cushion"],
  ["carafe", "carafe"],
  ["board", "board"],
  ["notebooks", "pocketNotebooks"],
  ["notebook", "notebook"],
  ["planner", "planner"],
  ["gel", "gelPens"],
  ["fountain", "fountainPen"],
  ["pencil", "pencilCase"],
  ["pen", "brassPen"],
  ["card", "cards"],
  ["washi", "washi"],
  ["bottle", "bottle"],
  ["blanket", "picnicBlanket"],
  ["lantern", "lantern"],
  ["hammock", "hammock"],
  ["stool", "stool"],
  ["jar", "foodJar"],
];

const CATEGORY_DEFAULT: Record<string, keyof typeof SHAPES> = {
  apparel: "tee",
  bags: "tote",
  home: "mug",
  stationery: "notebook",
  outdoor: "bottle",
};

function shapeKeyFor(product: Pick<SeedProduct, "slug" | "category">): keyof typeof SHAPES {
  const words = `-${product.slug}-`;
  for (const [keyword, key] of KEYWORDS) {
    if (words.includes(`-${keyword}-`)) return key;
  }
  return CATEGORY_DEFAULT[product.category] ?? "tee";
}

// ---------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------

const DROP_SHADOW = `<filter id="ds" x="-25%" y="-25%" width="150%" height="150%">
  <feGaussianBlur in="SourceAlpha" stdDeviation="9"/>
  <feOffset dx="6" dy="14" result="b"/>
  <feComponentTransfer><feFuncA type="linear" slope="0.22"/></feComponentTransfer>
  <feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge>
</filter>
<radialGradient id="glow" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#ffd66b" stop-opacity="0.55"/><stop offset="1" stop-color="#ffd66b" stop-opacity="0"/></radialGradient>`;

function svgDoc(defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}"><defs>${DROP_SHADOW}${defs}</defs>${body}</svg>`;
}

function studioBackground(c: Pal, seed: number): string {
  const rand = rng(seed);
  const blobX = r1(200 + rand() * 400);
  return `<radialGradient id="bgg" cx="0.5" cy="0.42" r="0.75"><stop offset="0" stop-color="${mix(c.bg, "#ffffff", 0.45)}"/><stop offset="1" stop-color="${c.bg}"/></radialGradient>
    <rect width="800" height="800" fill="url(#bgg)"/>
    <circle cx="${blobX}" cy="150" r="230" fill="${c.bgDeep}" opacity="0.28"/>
    <rect y="640" width="800" height="160" fill="${c.bgDeep}" opacity="0.35"/>`;
}

/** Main product shot: object centred on a soft tint of its colour. */
function productScene(shape: Shape, hex: string, seed: number): string {
  const c = palette(hex);
  return svgDoc(
    "",
    `${studioBackground(c, seed)}<g filter="url(#ds)" transform="translate(400 410) scale(1.12) translate(-400 -410)">${shape.draw(c, rng(seed))}</g>`,
  );
}

const TEXTURES: Record<Material, string> = {
  fabric: `<pattern id="tx" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0 3H6M3 0V6" stroke="#000" stroke-opacity="0.09" stroke-width="1"/><path d="M0 0.5H6" stroke="#fff" stroke-opacity="0.08"/></pattern>`,
  knit: `<pattern id="tx" width="18" height="16" patternUnits="userSpaceOnUse"><path d="M0 2L9 13L18 2" fill="none" stroke="#000" stroke-opacity="0.09" stroke-width="2"/></pattern>`,
  ceramic: `<pattern id="tx" width="23" height="19" patternUnits="userSpaceOnUse"><circle cx="4" cy="5" r="1.3" fill="#000" fill-opacity="0.18"/><circle cx="16" cy="13" r="0.9" fill="#000" fill-opacity="0.14"/><circle cx="11" cy="3" r="0.7" fill="#fff" fill-opacity="0.3"/></pattern>`,
  paper: `<pattern id="tx" width="14" height="14" patternUnits="userSpaceOnUse"><circle cx="7" cy="7" r="0.9" fill="#000" fill-opacity="0.12"/></pattern>`,
  wood: `<pattern id="tx" width="200" height="16" patternUnits="userSpaceOnUse"><path d="M0 8C50 4 100 12 200 8" fill="none" stroke="#000" stroke-opacity="0.1" stroke-width="1.4"/></pattern>`,
  metal: `<pattern id="tx" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(30)"><path d="M0 4H8" stroke="#fff" stroke-opacity="0.12" stroke-width="1"/></pattern>`,
  leather: `<pattern id="tx" width="10" height="9" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="2.2" fill="none" stroke="#000" stroke-opacity="0.1"/><circle cx="8" cy="7" r="1.8" fill="none" stroke="#000" stroke-opacity="0.08"/></pattern>`,
  glass: `<pattern id="tx" width="40" height="40" patternUnits="userSpaceOnUse" patternTransform="rotate(-35)"><rect width="6" height="40" fill="#fff" fill-opacity="0.12"/></pattern>`,
};

/** Detail shot: a zoomed crop around the shape's focus point with a material texture. */
function detailScene(shape: Shape, hex: string, seed: number): string {
  const c = palette(hex);
  const zoom = shape.zoom ?? 2.2;
  const [fx, fy] = shape.focus;
  const transform = `translate(400 400) scale(${zoom}) translate(${-fx} ${-fy})`;
  const object = `<g transform="${transform}">${shape.draw(c, rng(seed))}</g>`;
  const defs = `${TEXTURES[shape.material]}
    <filter id="sil"><feColorMatrix type="matrix" values="0 0 0 0 1  0 0 0 0 1  0 0 0 0 1  0 0 0 1 0"/></filter>
    <mask id="objmask"><g filter="url(#sil)">${object}</g></mask>
    <radialGradient id="vig" cx="0.5" cy="0.5" r="0.72"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.18"/></radialGradient>`;
  return svgDoc(
    defs,
    `<rect width="800" height="800" fill="${c.bg}"/>
     <g filter="url(#ds)">${object}</g>
     <rect width="800" height="800" fill="url(#tx)" mask="url(#objmask)"/>
     <rect width="800" height="800" fill="url(#vig)"/>`,
  );
}

/** Alternate shot for colour-less products: the object smaller, tilted, on a contrasting shelf. */
function altScene(shapeKey: keyof typeof SHAPES, hex: string, seed: number): string {
  const shape = SHAPES[shapeKey]!;
  const c = palette(hex);
  if (shapeKey === "notebook") {
    return svgDoc("", `${studioBackground(c, seed)}<g filter="url(#ds)">${openNotebook(c, rng(seed))}</g>`);
  }
  const wall = mix(c.bg, "#f7f1e6", 0.5);
  return svgDoc(
    "",
    `<rect width="800" height="800" fill="${wall}"/>
     <rect y="560" width="800" height="240" fill="${mix(c.bgDeep, "#8f7a60", 0.35)}"/>
     <rect y="552" width="800" height="14" fill="${mix(c.bgDeep, "#5e4b36", 0.35)}"/>
     <g transform="translate(120 160) rotate(-6)"><rect width="120" height="160" rx="6" fill="${c.bgDeep}" opacity="0.6"/></g>
     <g filter="url(#ds)" transform="translate(400 430) scale(0.92) rotate(${(seed % 9) - 4}) translate(-400 -410)">${shape.draw(c, rng(seed))}</g>`,
  );
}

type Surface = "wood" | "linen" | "grass";

/** Objects that stand on their base: they only lean a little in shopper photos. */
const STANDING = new Set<string>(["mug", "campMug", "vase", "candle", "planter", "dripper", "carafe", "bottle", "lantern", "stool", "foodJar", "backpack", "daypack", "bucketBag", "tote", "marketTote"]);

const WALLS = ["#ece4d6", "#e3e8df", "#e4e6ea", "#efe1d6"];
const WOODS = ["#b88a5a", "#a9784a", "#c59b6b"];

function surfaceDefs(surface: Surface, rand: Rand): string {
  const wall = WALLS[Math.floor(rand() * WALLS.length)]!;
  const wood = WOODS[Math.floor(rand() * WOODS.length)]!;
  if (surface === "wood") {
    const planks = [560, 640, 720]
      .map((y) => `<path d="M0 ${y} H800" stroke="#7d5634" stroke-width="3" opacity="0.6"/>`)
      .join("");
    const grain = Array.from({ length: 14 }, () => {
      const y = r1(480 + rand() * 320);
      const a = r1(rand() * 16 - 8);
      return `<path d="M0 ${y} C200 ${r1(y + a)} 400 ${r1(y - a)} 800 ${y}" fill="none" stroke="#8a6140" stroke-width="1.6" opacity="0.35"/>`;
    }).join("");
    return `<rect width="800" height="470" fill="${wall}"/><rect y="470" width="800" height="330" fill="${wood}"/>
      <rect y="470" width="800" height="10" fill="${mix(wood, "#000000", 0.15)}"/>${planks}${grain}`;
  }
  if (surface === "linen") {
    return `<rect width="800" height="800" fill="#e9e3d8"/>
      <path d="M0 200 Q300 260 800 180 M0 520 Q420 470 800 560 M120 0 Q180 400 90 800" fill="none" stroke="#cfc6b6" stroke-width="14" opacity="0.55"/>
      <path d="M0 206 Q300 266 800 186 M0 526 Q420 476 800 566" fill="none" stroke="#ffffff" stroke-width="6" opacity="0.5"/>`;
  }
  const blades = Array.from({ length: 120 }, () => {
    const x = r1(rand() * 800);
    const y = r1(460 + rand() * 340);
    return `<path d="M${x} ${y} q${r1(rand() * 8 - 4)} -14 ${r1(rand() * 10 - 5)} -22" stroke="#5f7f3f" stroke-width="2.5" fill="none" opacity="0.6"/>`;
  }).join("");
  return `<rect width="800" height="470" fill="#cfe0e8"/><circle cx="640" cy="120" r="60" fill="#f6e7b0" opacity="0.8"/>
    <path d="M0 470 Q200 430 420 462 T800 450 V800 H0 Z" fill="#8fae6a"/>${blades}`;
}

/** Shopper photo: the product on a table / cloth / lawn, tilted, with a warm cast and vignette. */
function reviewScene(product: SeedProduct, n: number): string {
  const key = shapeKeyFor(product);
  const shape = SHAPES[key]!;
  const seed = hash(`${product.slug}#review${n}`);
  const rand = rng(seed);
  const colorOption = product.variants.map((v) => v.options.color).filter((x): x is Color => Boolean(x));
  const color: Color = colorOption.length ? colorOption[(seed >>> 3) % colorOption.length]! : shape.color;
  const c = palette(colors[color]);
  const surface: Surface = product.category === "outdoor" ? (n % 2 ? "grass" : "wood") : n % 2 ? "wood" : "linen";
  const angle = r1((rand() * 20 - 10) * (STANDING.has(key) ? 0.25 : 1));
  const scale = r1(0.8 + rand() * 0.1);
  const dx = r1(rand() * 60 - 30);
  const propX = rand() > 0.5 ? 90 : 710;
  const prop =
    surface === "wood"
      ? `<g transform="translate(${propX} 600)"><ellipse cx="0" cy="56" rx="62" ry="10" fill="#000" opacity="0.15"/><path d="M-40 0 H40 L34 56 H-34 Z" fill="#e9e4da" stroke="#b9b0a0" stroke-width="3"/><path d="M0 0 Q-30 -60 -10 -110 M0 0 Q24 -50 36 -90 M0 0 Q0 -40 6 -70" stroke="${LEAF}" stroke-width="5" fill="none"/><ellipse cx="-12" cy="-112" rx="12" ry="22" fill="${LEAF_HI}" transform="rotate(-20 -12 -112)"/><ellipse cx="38" cy="-92" rx="11" ry="20" fill="${LEAF_HI}" transform="rotate(30 38 -92)"/></g>`
      : surface === "linen"
        ? `<g transform="translate(${propX} 130)"><circle r="70" fill="#f4f2ee" stroke="#d6d0c4" stroke-width="4"/><circle r="46" fill="#6b4630"/><ellipse cx="-14" cy="-14" rx="14" ry="8" fill="#8a6046" opacity="0.8"/></g>`
        : "";
  const defs = `<radialGradient id="vig" cx="0.5" cy="0.5" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.32"/></radialGradient>`;
  return svgDoc(
    defs,
    `${surfaceDefs(surface, rand)}
     ${prop}
     <g filter="url(#ds)" transform="translate(${400 + dx} ${surface === "linen" ? 420 : 450}) rotate(${angle}) scale(${scale}) translate(-400 -420)">${shape.draw(c, rng(seed))}</g>
     <rect width="800" height="800" fill="#ffb45e" opacity="0.07"/>
     <rect width="800" height="800" fill="url(#vig)"/>`,
  );
}

/** Shapes too alike to share a category tile. */
const FAMILY: Record<string, string> = {
  pocketTee: "tee",
  marketTote: "tote",
  daypack: "backpack",
  pocketNotebooks: "notebook",
  planner: "notebook",
  campMug: "mug",
};

/** Category tile: three of the category's products arranged together. */
function categoryScene(slug: string): string {
  const inCategory = seedProducts.filter((p) => p.category === slug);
  const products = [...inCategory.filter((p) => p.featured), ...inCategory.filter((p) => !p.featured)];
  const picks: { key: keyof typeof SHAPES; color: Color }[] = [];
  const family = (key: string) => FAMILY[key] ?? key;
  for (const product of products) {
    const key = shapeKeyFor(product);
    if (picks.some((p) => family(p.key) === family(key))) continue;
    const productColors = product.variants.map((v) => v.options.color).filter((x): x is Color => Boolean(x));
    const color = productColors.find((x) => !picks.some((p) => p.color === x)) ?? productColors[0] ?? SHAPES[key]!.color;
    picks.push({ key, color });
    if (picks.length === 3) break;
  }
  const tint = palette(colors[picks[0]?.color ?? "sand"]);
  const slots = [
    { x: 245, y: 300, s: 0.56, a: -6 },
    { x: 560, y: 300, s: 0.56, a: 5 },
    { x: 400, y: 575, s: 0.6, a: 0 },
  ];
  const items = picks
    .map((pick, i) => {
      const slot = slots[i]!;
      const shape = SHAPES[pick.key]!;
      return `<g filter="url(#ds)" transform="translate(${slot.x} ${slot.y}) rotate(${slot.a}) scale(${slot.s}) translate(-400 -400)">${shape.draw(palette(colors[pick.color]), rng(hash(slug) + i))}</g>`;
    })
    .join("");
  return svgDoc(
    "",
    `<rect width="800" height="800" fill="${tint.bg}"/>
     <circle cx="400" cy="420" r="330" fill="${mix(tint.bg, "#ffffff", 0.5)}"/>
     <circle cx="660" cy="110" r="120" fill="${tint.bgDeep}" opacity="0.35"/>
     <circle cx="120" cy="700" r="150" fill="${tint.bgDeep}" opacity="0.3"/>
     ${items}`,
  );
}

// ---------------------------------------------------------------------------
// Jobs
// ---------------------------------------------------------------------------

interface Job {
  src: string;
  svg: () => string;
}

function jobs(): Job[] {
  const list: Job[] = [];
  for (const category of seedCategories) {
    list.push({ src: category.image, svg: () => categoryScene(category.slug) });
  }
  for (const product of seedProducts) {
    const key = shapeKeyFor(product);
    const shape = SHAPES[key]!;
    const productColors = product.variants.map((v) => v.options.color).filter((x): x is Color => Boolean(x));
    const mainColor: Color = productColors[0] ?? shape.color;
    for (const image of product.images) {
      const seed = hash(image.src);
      const numbered = /-(\d+)\.webp$/.exec(image.src);
      if (image.color && isColor(image.color)) {
        const hex = colors[image.color];
        list.push({ src: image.src, svg: () => productScene(shape, hex, seed) });
      } else if (image.src.endsWith("-detail.webp") || numbered?.[1] === "2") {
        list.push({ src: image.src, svg: () => detailScene(shape, colors[mainColor], seed) });
      } else if (numbered && numbered[1] !== "1") {
        list.push({ src: image.src, svg: () => altScene(key, colors[mainColor], seed) });
      } else {
        list.push({ src: image.src, svg: () => productScene(shape, colors[mainColor], seed) });
      }
    }
    const reviewPhotos = product.reviews.flatMap((r) => r.photos ?? []);
    for (const photo of reviewPhotos) {
      const n = Number(/-(\d+)\.webp$/.exec(photo)?.[1] ?? 1);
      list.push({ src: photo, svg: () => reviewScene(product, n) });
    }
  }
  // The same path may be referenced twice (it shouldn't, but stay idempotent).
  const seen = new Set<string>();
  return list.filter((job) => (seen.has(job.src) ? false : (seen.add(job.src), true)));
}

async function render(job: Job): Promise<number> {
  const out = path.join(PUBLIC_DIR, job.src.replace(/^\//, ""));
  await mkdir(path.dirname(out), { recursive: true });
  const buffer = await sharp(Buffer.from(job.svg()), { density: 72 })
    .resize(SIZE, SIZE)
    .webp({ quality: QUALITY, effort: 6, smartSubsample: true })
    .toBuffer();
  await writeFile(out, buffer);
  return buffer.length;
}

async function main(): Promise<void> {
  const all = jobs();
  let total = 0;
  let largest = { src: "", bytes: 0 };
  const concurrency = 6;
  let next = 0;
  async function worker(): Promise<void> {
    while (next < all.length) {
      const job = all[next++]!;
      const bytes = await render(job);
      total += bytes;
      if (bytes > largest.bytes) largest = { src: job.src, bytes };
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `Wrote ${all.length} images to public/ — total ${(total / 1024 / 1024).toFixed(2)} MB, ` +
      `average ${kb(total / all.length)}, largest ${kb(largest.bytes)} (${largest.src}).`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
