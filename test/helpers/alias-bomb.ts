/** A "billion laughs": `levels` anchors, each listing the previous one `fanOut` times. */
export function aliasBomb(fanOut: number, levels: number): string {
  const rows = [`a0: &a0 [${Array(fanOut).fill('lol').join(', ')}]`];
  for (let level = 1; level < levels; level++) {
    rows.push(
      `a${level}: &a${level} [${Array(fanOut)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  }
  return rows.join('\n');
}
