/** The intrinsic size of a standalone SVG document, so an <img> of it reserves its space before it loads. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) throw new Error('svgSize: no <svg> element in the document');
  const attribute = (name: string) => {
    const match = new RegExp(`\\s${name}="([\\d.]+)(px)?"`).exec(root);
    return match ? Number(match[1]) : undefined;
  };
  const viewBox = /\sviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(root);
  const width = attribute('width') ?? (viewBox ? Number(viewBox[1]) : undefined);
  const height = attribute('height') ?? (viewBox ? Number(viewBox[2]) : undefined);
  if (width === undefined || height === undefined)
    throw new Error('svgSize: the <svg> element has neither width/height nor a viewBox');
  return { width: Math.round(width), height: Math.round(height) };
}
