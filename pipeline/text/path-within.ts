// Whether one path lies inside another (or is it), by their resolved relative path: the output must
// not be inside the input, nor a listed file outside the folder it was listed in.
import { isAbsolute, relative, sep } from "node:path";

export function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}
