// The page the export writes, in twentieths of a point (twips): A4 with 2.5 cm margins, header
// and footer 1.25 cm from the edge. The print layout draws its pages from the same numbers.
export const A4 = { width: 11906, height: 16838 };
export const MARGIN = 1417; // 2.5 cm
export const HEADER_DISTANCE = 709; // 1.25 cm

export const TWIPS_PER_MM = 1440 / 25.4;
