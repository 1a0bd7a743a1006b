/** Terminal colours when writing to a terminal, plain text otherwise (pipes, files, NO_COLOR). */
export interface Style {
  added: (text: string) => string;
  removed: (text: string) => string;
  strong: (text: string) => string;
  dim: (text: string) => string;
}

export function styleFor(stream: NodeJS.WriteStream): Style {
  const color = stream.isTTY === true && !process.env.NO_COLOR;
  const wrap = (open: number, close: number) => (text: string) =>
    color ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  return color
    ? { added: wrap(32, 39), removed: wrap(31, 39), strong: wrap(1, 22), dim: wrap(2, 22) }
    : { added: (t) => `{+${t}+}`, removed: (t) => `[-${t}-]`, strong: (t) => t, dim: (t) => t };
}
